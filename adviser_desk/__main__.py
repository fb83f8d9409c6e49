import sys
from pathlib import Path

from adviser_desk.cli import main

# The bundle has two executables from this one script: `adviser-desk` (the window, and the
# commands where a console is attached) and the console-only `adviser-desk-cli`.
console_only = Path(sys.executable).stem.endswith("-cli") and bool(getattr(sys, "frozen", False))
raise SystemExit(main(window=not console_only))
