"""Save record as PDF… and Print record…: the interview record, saved where the adviser
chooses and told where, or shown in the print preview and printed (beside the window).

Its strings keep the window's translation context, and each is a literal
``QCoreApplication.translate("InterviewWindow", ...)`` call: lupdate finds only those (a
wrapper such as ``_tr(text)`` hid them, and the Dutch window said "Record saved")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.ui.common.dialogs import proposed_pdf, save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.pdf_print import preview_and_print


def record_name(case_number: str) -> str:
    """The record's PDF file name, proposed to save it or to print it to a file."""
    return QCoreApplication.translate("InterviewWindow", "{number} interview record.pdf").format(
        number=case_number
    )


def save_record_pdf(parent: QWidget, case_number: str, save_to: Callable[[Path], object]) -> None:
    """Asks where (the name proposed with the case number), saves, says it is unencrypted."""
    chosen = save_pdf_name(
        parent,
        QCoreApplication.translate("InterviewWindow", "Save interview record"),
        record_name(case_number),
    )
    if chosen is None:
        return
    name = str(chosen)
    failed = QCoreApplication.translate("InterviewWindow", "The record was not saved")
    with known_errors(parent, failed) as attempt:
        save_to(Path(name))
    if attempt.failed:
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("InterviewWindow", "Record saved"),
        QCoreApplication.translate(
            "InterviewWindow", "The record was saved unencrypted as {path}."
        ).format(path=name),
    )


def print_record_pdf(
    parent: QWidget,
    case_number: str,
    make_pdf: Callable[[], bytes],
    printed: Callable[[bytes], object],
) -> bool:
    """Print preview of the record; ``printed`` records the exact PDF once it was printed.
    True once printed."""
    title = QCoreApplication.translate("InterviewWindow", "Interview record")
    failed = QCoreApplication.translate("InterviewWindow", "The record was not printed")
    done = False
    with known_errors(parent, failed) as attempt:
        pdf = make_pdf()
        done = preview_and_print(parent, pdf, title, proposed_pdf(record_name(case_number)))
        if done:
            printed(pdf)
    return done and not attempt.failed
