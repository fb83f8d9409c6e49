"""The editor's list of a letter's saved versions, newest first, each saying when it was saved
and how often it was printed or saved as PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from adviser_desk.services.letter_service import LetterRow
from adviser_desk.ui.common import format as fmt


def fill_versions(
    versions: QListWidget, letter: LetterRow | None, times: Callable[[int], str]
) -> None:
    """``times``: "printed or saved as PDF n times", translated in the editor's own tr()
    (lupdate collects a plural only there)."""
    versions.clear()
    if letter is None:
        return
    for version in reversed(letter.versions):
        printed = [a for _at, a, _sha in version.outputs]
        label = QCoreApplication.translate("LetterEditor", "Version {number} — {when}").format(
            number=version.number,
            when=fmt.date_time_text(version.saved_at),
        )
        if printed:
            label += " — " + times(len(printed))
        item = QListWidgetItem(label, versions)
        item.setData(Qt.ItemDataRole.UserRole, version.version_id)
