"""Small shared dialog helpers: error boxes and file choosers with our conventions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.i18n import error_text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), parent=parent)
    box.setObjectName("error_box")
    box.exec()


def _suffix() -> str:
    # Imported here: the first window must not load the case file's layers (issue 15).
    from adviser_desk.services.case_file_service import SUFFIX

    return SUFFIX


def case_file_filter() -> str:
    return QCoreApplication.translate("dialogs", "Adviser Desk case files (*{suffix})").format(
        suffix=_suffix()
    )


def choose_existing_case_file(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open a case file"),
        str(start),
        case_file_filter(),
    )
    return Path(name) if name else None


def choose_new_case_file(parent: QWidget, start: Path, title: str | None = None) -> Path | None:
    """A name for a new case file (``title`` says what it is for; by default creating one)."""
    # No "replace it?" question: an existing file is never overwritten, which the caller
    # says when it refuses the name.
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("dialogs", "Create a case file"),
        str(start),
        case_file_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path, suffix = Path(name), _suffix()
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


def choose_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    """A folder, starting at ``start`` (nothing remembered)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None


def choose_target_folder(parent: QWidget, title: str, which: prefs.Preference[str]) -> Path | None:
    """A folder for a backup (``BACKUP``) or a police export (``EXPORT``), starting where the
    last of either went (both go to a USB stick), else where the last one of that kind went;
    remembered apart from where documents are saved. Restore from backup starts where the
    last backup went (``BACKUP`` alone), never where an export went."""
    stick = prefs.Settings().get(prefs.LAST_STICK_FOLDER)
    start = Path(stick) if stick and Path(stick).is_dir() else last_folder(which)
    chosen = choose_folder(parent, title, start)
    if chosen is not None:
        remember_folder(which, chosen)
        remember_folder(prefs.LAST_STICK_FOLDER, chosen)
    return chosen


SAVE, OPEN = prefs.LAST_SAVE_FOLDER, prefs.LAST_OPEN_FOLDER
BACKUP, EXPORT = prefs.LAST_BACKUP_FOLDER, prefs.LAST_EXPORT_FOLDER


def documents_folder() -> Path:
    """The user's Documents folder where there is one, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def last_folder(which: prefs.Preference[str]) -> Path:
    """The folder last used for this kind of file, while it still exists; before the first,
    the Documents folder, for every kind alike, where the recovery sheet is proposed too
    (walks 4 and 5: the PDFs and the export folder started in home; walk 6, W6-5: backups,
    Restore and the first evidence files still did, so each chooser started elsewhere)."""
    remembered = prefs.Settings().get(which)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(which: prefs.Preference[str], folder: Path) -> None:
    prefs.Settings().set(which, str(folder))


def safe_file_name(name: str) -> str:
    """A proposed file name without characters file systems refuse (/ \\ : * ? " < > |)."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip() or "document"


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or the first of "stem 2", "stem 3", … that does not exist yet:
    a name that is proposed is one that can be used (an existing file is never overwritten)."""
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, number = folder / f"{stem} {number}{suffix}", number + 1
    return path


def proposed_pdf(proposed: str, folder: Path | None = None) -> Path:
    """Where a PDF named ``proposed`` is proposed: in ``folder``, else in the folder last
    saved to. Save as PDF… and the print dialog's "Print to file" propose the same."""
    return (folder or last_folder(SAVE)) / safe_file_name(proposed)


def save_pdf_name(
    parent: QWidget, title: str, proposed: str, folder: Path | None = None
) -> Path | None:
    """Asks where to save a PDF, proposing ``proposed`` (e.g. "2026-014 evidence log.pdf") in
    the folder last saved to, or in ``folder`` (then the choice is not remembered)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(proposed_pdf(proposed, folder)),
        QCoreApplication.translate("dialogs", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if folder is None:
        remember_folder(SAVE, path.parent)
    return path


def open_file_names(parent: QWidget, title: str) -> list[Path]:
    """Files to read (evidence), starting where files were last taken from."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder(OPEN)))
    paths = [Path(n) for n in names]
    if paths:
        remember_folder(OPEN, paths[0].parent)
    return paths
