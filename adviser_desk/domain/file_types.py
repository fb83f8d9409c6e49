"""What a file is, from its content, and whether it may hold a picture or a film.

The minor-image guard rests on one rule: a file passes without the adviser's answer only when
it is positively plain text (a typed note, a CSV, a saved web address). Everything else, every
image, video, audio, archive, document, and anything we cannot name, may hold a picture or a
film, so it waits for the question. The type libraries only name what a file is (for labels,
thumbnails and export names); if they fail to recognise a file, it is still held.

Types come from maintained libraries, not from signatures of our own: Pillow (with pillow-heif
for HEIC/HEIF photos) for images it can open, and ``filetype`` for video, audio, containers and
documents.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP


class FileCategory(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    ARCHIVE = "archive"
    DOCUMENT = "document"
    TEXT = "text"
    UNKNOWN = "unknown"


CATEGORY_LABELS = {
    FileCategory.IMAGE: QT_TRANSLATE_NOOP("evidence", "Photo or image"),
    FileCategory.VIDEO: QT_TRANSLATE_NOOP("evidence", "Video"),
    FileCategory.AUDIO: QT_TRANSLATE_NOOP("evidence", "Audio"),
    FileCategory.ARCHIVE: QT_TRANSLATE_NOOP("evidence", "Archive (zip, rar, …)"),
    FileCategory.DOCUMENT: QT_TRANSLATE_NOOP("evidence", "Document"),
    FileCategory.TEXT: QT_TRANSLATE_NOOP("evidence", "Text"),
    FileCategory.UNKNOWN: QT_TRANSLATE_NOOP("evidence", "Unknown type"),
}

UNKNOWN_MIME = "application/octet-stream"

# Pillow formats we open to identify an image and make its thumbnail. Formats without a real
# signature (TGA, for one) are left out: random bytes could pass for them.
_PILLOW_FORMATS = (
    "PNG", "JPEG", "MPO", "GIF", "BMP", "WEBP", "TIFF", "HEIF", "AVIF", "JPEG2000", "ICO", "PSD",
)  # fmt: skip
# Camera RAW files are TIFF containers to both libraries; the name says which camera's.
_RAW_BY_SUFFIX = {
    ".dng": "image/x-adobe-dng",
    ".cr2": "image/x-canon-cr2",
    ".nef": "image/x-nikon-nef",
    ".nrw": "image/x-nikon-nrw",
    ".arw": "image/x-sony-arw",
    ".orf": "image/x-olympus-orf",
    ".rw2": "image/x-panasonic-rw2",
    ".pef": "image/x-pentax-pef",
}
RAW_MIMES = frozenset(_RAW_BY_SUFFIX.values())
# Types whose files Pillow opens when they are whole: if it cannot, the file is damaged.
PILLOW_MIMES = frozenset(
    {
        "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff",
        "image/heic", "image/heif", "image/avif", "image/jpx", "image/jp2", "image/x-icon",
    }
)  # fmt: skip
IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".heic", ".heif", ".avif", ".tif", ".tiff"}
    | set(_RAW_BY_SUFFIX)
)
_DOCUMENT_MIMES = frozenset(
    {"application/pdf", "application/rtf", "application/postscript", "application/epub+zip"}
)
_ARCHIVE_MIMES = frozenset(
    {
        "application/zip", "application/x-tar", "application/vnd.rar",
        "application/x-rar-compressed", "application/gzip", "application/x-bzip2",
        "application/x-7z-compressed", "application/x-xz",
        "application/vnd.ms-cab-compressed", "application/x-compress", "application/x-lzip",
        "application/x-lz4", "application/zstd", "application/x-lzop", "application/x-rpm",
        "application/x-deb", "application/x-unix-archive", "application/x-brotli",
    }
)  # fmt: skip
_TEXT_SUFFIX_MIMES = {".csv": "text/csv", ".tsv": "text/tab-separated-values"}
# Text that can draw or carry a picture: markup, rich text, mail, data URLs.
_PICTURE_IN_TEXT = re.compile(
    r"<\s*svg|<\s*html|<!doctype|<\?xml|<\s*img|\{\\rtf|data:[a-z]+/|;base64,"
    r"|content-transfer-encoding|mime-version:",
    re.IGNORECASE,
)
# Base64-encoded content, as one long run or as mail-style lines of about 76 characters.
_ENCODED_BLOCK = re.compile(r"[A-Za-z0-9+/]{1024,}|(?:[A-Za-z0-9+/]{60,}={0,2}\r?\n){12,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class FileType:
    mime: str
    category: FileCategory
    # The Pillow format when Pillow can open the file (dimensions and a thumbnail).
    pillow_format: str | None = None

    @property
    def may_hold_picture(self) -> bool:
        """Whether this may be or contain a photo or a film: anything but plain text."""
        return self.category is not FileCategory.TEXT

    @property
    def is_image(self) -> bool:
        return self.category is FileCategory.IMAGE


_registered = threading.Lock()
_plugins_ready = False


def register_image_plugins() -> None:
    """Adds pillow-heif's HEIC/HEIF opener to Pillow, once per process."""
    global _plugins_ready
    with _registered:
        if _plugins_ready:
            return
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - a dependency; without it HEIC stays unthumbed
            pass
        _plugins_ready = True


def _suffix(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _pillow_format(data: bytes) -> tuple[str, str] | None:
    """(format, mime) when Pillow recognises an image header, else None."""
    from PIL import Image

    register_image_plugins()
    Image.init()
    formats = [f for f in _PILLOW_FORMATS if f in Image.OPEN]
    try:
        with Image.open(io.BytesIO(data), formats=formats) as image:
            fmt = str(image.format or "")
            mime = image.get_format_mimetype() or Image.MIME.get(fmt, "") or "image/" + fmt.lower()
            return fmt, mime
    except Exception:  # any failure only means "Pillow does not know this"
        return None


def _library_type(data: bytes) -> tuple[str, FileCategory] | None:
    import filetype
    from filetype.types import AUDIO, DOCUMENT, IMAGE, VIDEO

    kind: Any = filetype.guess(data)
    if kind is None:
        return None
    mime = str(kind.mime)
    if kind in IMAGE:
        return mime, FileCategory.IMAGE
    if kind in VIDEO:
        return mime, FileCategory.VIDEO
    if kind in AUDIO:
        return mime, FileCategory.AUDIO
    if kind in DOCUMENT or mime in _DOCUMENT_MIMES:
        return mime, FileCategory.DOCUMENT
    if mime in _ARCHIVE_MIMES:
        return mime, FileCategory.ARCHIVE
    return mime, FileCategory.UNKNOWN


def is_plain_text(data: bytes) -> bool:
    """UTF-8 (or UTF-16 with its mark) text with no control characters, no markup or encoded
    content that could carry a picture. Anything less certain is not plain text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return False
    else:
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError:
            return False
    if not text.strip() or _CONTROL.search(text):
        return False
    return not (_PICTURE_IN_TEXT.search(text) or _ENCODED_BLOCK.search(text))


def detect(data: bytes, name: str = "") -> FileType:
    """The type of a file from its content; the name only tells camera RAW and CSV apart."""
    suffix = _suffix(name)
    found = _library_type(data)
    if found is not None and found[1] is not FileCategory.IMAGE:
        return FileType(found[0], found[1])
    pillow = _pillow_format(data)
    if pillow is not None:
        fmt, mime = pillow
        if found is not None:
            mime = found[0]  # filetype tells HEIC from HEIF and Canon RAW from TIFF
        if fmt == "TIFF" and suffix in _RAW_BY_SUFFIX:
            mime = _RAW_BY_SUFFIX[suffix]
        return FileType(mime, FileCategory.IMAGE, fmt)
    if found is not None:
        return FileType(found[0], FileCategory.IMAGE)  # an image header Pillow cannot open
    if is_plain_text(data):
        return FileType(_TEXT_SUFFIX_MIMES.get(suffix, "text/plain"), FileCategory.TEXT)
    return FileType(UNKNOWN_MIME, FileCategory.UNKNOWN)


def category_of(mime: str) -> FileCategory:
    """The category of a stored item's recorded type (for labels and icons)."""
    if mime in _DOCUMENT_MIMES or "officedocument" in mime or "opendocument" in mime:
        return FileCategory.DOCUMENT
    if mime in ("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"):
        return FileCategory.DOCUMENT
    if mime in _ARCHIVE_MIMES:
        return FileCategory.ARCHIVE
    top = mime.split("/", 1)[0]
    return {
        "image": FileCategory.IMAGE,
        "video": FileCategory.VIDEO,
        "audio": FileCategory.AUDIO,
        "text": FileCategory.TEXT,
    }.get(top, FileCategory.UNKNOWN)


def extension_for(mime: str) -> str:
    """The usual extension for a type (with the dot), or "" when we do not know one."""
    fixed = {
        "image/jpeg": ".jpg", "image/heic": ".heic", "image/heif": ".heif", "image/tiff": ".tif",
        "image/x-icon": ".ico", "text/plain": ".txt", "text/csv": ".csv",
        "text/tab-separated-values": ".tsv", "application/gzip": ".gz", "audio/mpeg": ".mp3",
    }  # fmt: skip
    if mime in fixed:
        return fixed[mime]
    for suffix, raw in _RAW_BY_SUFFIX.items():
        if raw == mime:
            return suffix
    import filetype

    kind: Any = filetype.get_type(mime=mime)
    return "." + str(kind.extension) if kind is not None else ""
