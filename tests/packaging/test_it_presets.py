"""IT pre-sets options with a system-wide settings file, which each user's own choices override
(the README's "For IT staff" says where that file lives on each system)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

READ = """
from adviser_desk.ui.common import settings as prefs
s = prefs.Settings()
print(s.idle_lock_minutes(), s.get(prefs.LANGUAGE), s.evidence_max_bytes() // 2**20)
"""


def _settings_seen(home: Path, system: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "ADVISER_DESK_CONFIG_DIR"}
    env.update(
        XDG_CONFIG_HOME=str(home),
        XDG_CONFIG_DIRS=str(system),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", READ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_a_system_settings_file_presets_options_and_the_user_overrides_them(
    tmp_path: Path,
) -> None:
    home, system = tmp_path / "home", tmp_path / "etc-xdg"
    preset = system / "Adviser Desk" / "Adviser Desk.ini"
    preset.parent.mkdir(parents=True)
    preset.write_text(
        "[security]\nidle_lock_minutes=15\n\n[ui]\nlanguage=nl\n\n[evidence]\nmax_file_mb=500\n",
        encoding="utf-8",
    )
    assert _settings_seen(home, system) == "15 nl 500"
    mine = home / "Adviser Desk" / "Adviser Desk.ini"
    mine.parent.mkdir(parents=True)
    mine.write_text("[security]\nidle_lock_minutes=3\n", encoding="utf-8")
    assert _settings_seen(home, system) == "3 nl 500"
