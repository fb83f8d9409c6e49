"""The banners above the letter's text: the guidance and warnings for this kind of letter from
what the case records (no date when it started, no distributor, …), and while the details
taken from the case are not checked, that they are highlighted.

They follow the letter shown, drafted or opened from a saved version (walk 6, W6-2: they came
with a new draft only, so a letter opened from the Letters tab, or reopened after a lock,
showed none although the case still had no date and no distributor and the details were
never checked). Only a condition that holds is shown."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from adviser_desk.domain import letters as dl
from adviser_desk.domain.errors import KnownError
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.i18n import translate_report

if TYPE_CHECKING:
    from adviser_desk.ui.letters.letter_editor import LetterEditor


def read_case_notes(editor: LetterEditor) -> None:
    """What the case says about the letter shown (message ids), read again from the case for
    its kind, sender and language, then shown."""
    try:
        editor.case_notes = editor.letters.draft(
            editor.case_id,
            editor.current_kind(),
            editor.language.currentData(),
            dl.Sender(editor.sender_choice.currentData()),
        ).warnings
    except KnownError:  # the case is gone: the editor says so when the letter is saved
        editor.case_notes = []
    show_notes(editor)


def show_notes(editor: LetterEditor) -> None:
    """The banners as they hold now: the case's notes, then the highlighted details until
    they are checked, or after that the [fields] still open. A note asking for a prompt goes
    once the prompt is filled in (walk 7, W7-10); called as the text changes, it redraws the
    banner only when what it says changes."""
    text = editor.editor.toPlainText()
    applying = dl.warnings_for_text(editor.case_notes, text)
    notes = [translate_report("letters", note) for note in applying]
    if not editor.checked:
        notes.append(
            QCoreApplication.translate(
                "LetterEditor",
                "Details taken from the case are highlighted until you press “Details "
                "checked”. Bracketed words still need filling in.",
            )
        )
    else:
        left = dl.open_fields(text)
        if left:
            notes.append(
                QCoreApplication.translate("LetterEditor", "Still to fill in: {fields}.").format(
                    fields=html.escape(", ".join(left))
                )
            )
    shown = "<br/><br/>".join(notes)
    role = "danger_banner" if dl.SEXTORTION_WARNING in applying else "banner"
    if (shown, role) == (editor.notes.text(), editor.notes.property("role")):
        return
    editor.notes.setText(shown)
    editor.notes.setVisible(bool(notes))
    theme.set_role(editor.notes, role)


def fix_kind(combo: QComboBox, fixed: bool) -> None:
    """A saved letter keeps its kind (its versions are versions of that letter); the combo
    says why it is off and how to write another kind."""
    combo.setEnabled(not fixed)
    combo.setToolTip(
        QCoreApplication.translate(
            "LetterEditor",
            "A saved letter keeps its kind. For another kind, use New letter… on the Letters tab.",
        )
        if fixed
        else ""
    )
