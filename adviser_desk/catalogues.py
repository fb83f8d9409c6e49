"""Reading our compiled translation catalogues (.qm), one way for the window and the commands.

A catalogue is read from bytes read once, never from its file: ``QTranslator.load(file name)``
maps the .qm into memory and keeps reading the file, and lrelease (make translations) rewrites
a .qm in place, so a rebuild while the app ran sent the translator into the new file's bytes
at the old offsets and the next translate() crashed (walker F24). Qt reads the bytes without
copying them, so a :class:`Catalogue` keeps them for as long as its translator lives.

In a source checkout the .qm files are built by make from the .ts beside them; started
without make (``python -m adviser_desk``) after a .ts changed, the app would speak from the
old .qm without a word. :func:`warn_if_stale` says so in the diagnostics log; compiling at run
time is make's job, not the app's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTranslator

from adviser_desk.resources import resources_dir


@dataclass(frozen=True)
class Catalogue:
    translator: QTranslator
    data: bytes  # what the translator reads; must live as long as it does

    def translate(self, context: str, text: str) -> str:
        return self.translator.translate(context, text) or text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ours(language: str) -> Path:
    """The path of our own catalogue for ``language`` ('nl', 'en')."""
    return translations_dir() / f"adviser_desk_{language}.qm"


def load(path: Path) -> Catalogue | None:
    """The catalogue at ``path``, read into memory; None when missing or not a catalogue."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    translator = QTranslator()
    if not translator.load(data, str(path.parent)):
        return None
    return Catalogue(translator, data)


def stale() -> list[str]:
    """The languages whose .qm is older than its .ts, or missing beside it. A bundle carries
    no .ts files, so there nothing is ever stale."""
    found = []
    for source in sorted(translations_dir().glob("adviser_desk_*.ts")):
        compiled = source.with_suffix(".qm")
        try:
            behind = compiled.stat().st_mtime < source.stat().st_mtime
        except FileNotFoundError:
            behind = True
        except OSError:
            continue
        if behind:
            found.append(source.stem.removeprefix("adviser_desk_"))
    return found


def warn_if_stale() -> list[str]:
    """A warning in the diagnostics log for each stale catalogue (the language code only, as
    the log holds no file names); returns those languages."""
    languages = stale()
    if languages:
        from adviser_desk import diagnostics

        for language in languages:
            diagnostics.log.warning(
                "translation catalogue %s is older than its .ts source (or missing): the "
                "texts shown may be out of date; run make translations",
                language,
            )
    return languages
