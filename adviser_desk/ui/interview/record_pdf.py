"""Save record as PDF…: the interview record, chosen a name for, saved and told where
(beside the window; its strings keep the window's translation context)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.ui.common.dialogs import save_pdf_name
from adviser_desk.ui.common.errors import known_errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def save_record_pdf(parent: QWidget, case_number: str, save_to: Callable[[Path], object]) -> None:
    """Asks where (the name proposed with the case number), saves, says it is unencrypted."""
    chosen = save_pdf_name(
        parent,
        _tr("Save interview record"),
        _tr("{number} interview record.pdf").format(number=case_number),
    )
    if chosen is None:
        return
    name = str(chosen)
    with known_errors(parent, _tr("The record was not saved")) as attempt:
        save_to(Path(name))
    if attempt.failed:
        return
    QMessageBox.information(
        parent,
        _tr("Record saved"),
        _tr("The record was saved unencrypted as {path}.").format(path=name),
    )
