"""Where the data files in ``resources/`` are, for a source checkout and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def licence_file(name: str) -> Path:
    """``LICENSE`` or ``THIRD-PARTY-NOTICES.md``: beside ``resources/`` in a checkout and in the
    bundle, where Help > About reads them."""
    return resources_dir().parent / name
