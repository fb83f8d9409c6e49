"""The Overview's Save and Discard changes, below its scrolling form so they stay in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from adviser_desk.ui.common import mnemonics


def save_and_revert(
    tab: QWidget, save: Callable[[], None], revert: Callable[[], None]
) -> tuple[QPushButton, QAction, QPushButton, QHBoxLayout]:
    """Save (also Ctrl+S from every field of ``tab``) and Discard changes, in a row at the right.
    The strings keep the tab's translation context ("OverviewTab"), where they were written."""
    # Beside the case list the window has more texts than letters (walks 4, 11): every
    # letter of "Save" ("Opslaan") is taken by the menus, the tabs and the first section's
    # rows, so the button names its key instead (walk 15, W15-9: Save had no letter and
    # Ctrl+S was nowhere on screen).
    key = QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    save_button = QPushButton(
        QCoreApplication.translate("OverviewTab", "Save ({key})").format(key=key), tab
    )
    save_button.setObjectName("save_case")
    # Ctrl+S anywhere on the Overview (an action: it works from every field of the form).
    action = QAction(QCoreApplication.translate("OverviewTab", "Save"), tab)
    action.setShortcut(QKeySequence.StandardKey.Save)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(save)
    tab.addAction(action)
    save_button.setToolTip(
        QCoreApplication.translate("OverviewTab", "Save the changes to this case (Ctrl+S)")
    )
    # Ctrl+S reaches Save, so Discard changes and the first section's rows come first.
    mnemonics.last_in_line(save_button)
    revert_button = QPushButton(QCoreApplication.translate("OverviewTab", "Discard changes"), tab)
    revert_button.setObjectName("revert_case")
    save_button.clicked.connect(save)
    revert_button.clicked.connect(revert)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(revert_button)
    buttons.addWidget(save_button)
    return save_button, action, revert_button, buttons
