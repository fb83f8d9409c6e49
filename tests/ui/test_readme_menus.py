"""Every menu path the README names (*File → Make backup…*) is where the app has it: the
menu's title and the item's text as the English menu bar shows them (walk 14, W14-18: the
README sent advisers to *File → Case file details*, which is under Case). A third step (a
tab or button inside the dialog) is not a menu and is not checked here."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from adviser_desk.storage import kdf
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.keyboard import plain
from adviser_desk.ui.shell.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
# Paths in the README that are not this app's menus: the Windows Settings app.
NOT_OURS = {"Settings"}


def readme_paths() -> list[list[str]]:
    text = " ".join(README.read_text(encoding="utf-8").split())
    return [
        [part.strip() for part in found.split("→")]
        for found in re.findall(r"\*([^*]+?→[^*]+?)\*", text)
    ]


def test_every_menu_path_in_the_readme_is_in_the_menu_bar(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    menus = {
        plain(action.text()): [
            plain(item.text()) for item in action.menu().actions() if not item.isSeparator()
        ]
        for action in window.menuBar().actions()
        if action.menu() is not None
    }
    paths = readme_paths()
    assert ["Case", "Case file details…"] in [p[:2] for p in paths]
    wrong = [
        " → ".join(path)
        for path in paths
        if path[0] not in NOT_OURS and path[1] not in menus.get(path[0], [])
    ]
    assert not wrong, f"not in the menus {menus}: {wrong}"
