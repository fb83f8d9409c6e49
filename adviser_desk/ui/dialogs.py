"""Small shared dialog helpers: error boxes and file choosers with our conventions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from adviser_desk.services.case_file_service import SUFFIX
from adviser_desk.ui.i18n import error_text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), parent=parent)
    box.setObjectName("error_box")
    box.exec()


def case_file_filter() -> str:
    return QCoreApplication.translate("dialogs", "Adviser Desk case files (*{suffix})").format(
        suffix=SUFFIX
    )


def choose_existing_case_file(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open a case file"),
        str(start),
        case_file_filter(),
    )
    return Path(name) if name else None


def choose_new_case_file(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Create a case file"),
        str(start),
        case_file_filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def choose_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None
