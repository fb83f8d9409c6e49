"""Installing the Dutch or English translation and translating messages from lower layers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

from adviser_desk import catalogues
from adviser_desk.catalogues import Catalogue
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import Message
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.language import current_language as current_language
from adviser_desk.ui.common.language import set_current_language

# The installed catalogues, each the app's own copy of its bytes (adviser_desk/catalogues.py: a
# catalogue mapped from its file crashed when make rebuilt the .qm while the app ran, walker F24).
_installed: list[Catalogue] = []


def qt_catalogue_gaps() -> list[str]:
    """Strings Qt's own file dialog asks for that Qt's Dutch catalogue (qtbase_nl) lacks: it
    only has older wordings ("Look in:" without the mnemonic), so the dialog showed them in
    English. And one it has in the wrong voice: its "replace the file?" question says "u",
    where the app says "je" (walk 17, W17-2). Written as calls so lupdate puts them in our
    catalogue, which Qt asks before its own (see install); the function itself is only used
    by a test."""
    return [
        QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"
        ),
    ]


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """'nl' or 'en': the setting if it names one, else Dutch for a Dutch system."""
    if setting in ("nl", "en"):
        return setting
    locale = system or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install(language: str) -> bool:
    """Installs our and Qt's own translations; returns whether ours was found."""
    app = QCoreApplication.instance()
    assert app is not None
    set_current_language(language)
    for catalogue in _installed:
        app.removeTranslator(catalogue.translator)
    _installed.clear()  # no parent: the translators go with their bytes
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _install_file(app, qt_dir / f"qtbase_{language}.qm")
    # Ours last: Qt asks the last installed first, so where both have a string (Qt's own
    # dialogs' few strings in qt_catalogue_gaps), the app's wording wins.
    return _install_file(app, catalogues.ours(language))


def _install_file(app: QCoreApplication, path: Path) -> bool:
    catalogue = catalogues.load(path)
    if catalogue is None:
        return False
    _installed.append(catalogue)
    app.installTranslator(catalogue.translator)
    return True


def text(message: Message) -> str:
    """The message in the adviser's language: its template and string values translated, a
    date written as the rest of the window writes dates."""
    template = QCoreApplication.translate(message.context, message.template)
    args = {
        key: QCoreApplication.translate(message.context, value)
        if isinstance(value, str)
        else fmt.date_text(value)
        if isinstance(value, date)
        else value
        for key, value in message.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return message.english()  # a broken translation must not hide the message


def error_text(exc: BaseException) -> str:
    if isinstance(exc, KnownError):
        return text(exc.message)
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong ({kind}). Your case file was not changed after the "
        "last completed step. Please tell your IT staff what you were doing.",
    ).format(kind=type(exc).__name__)


def translate_report(context: str, source: str) -> str:
    """The translation hook the reports layer takes (it does not import Qt itself)."""
    return QCoreApplication.translate(context, source)
