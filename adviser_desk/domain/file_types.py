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
# The types ``detect`` gives positively plain text; a stored item of any other recorded type
# may be or hold a picture or a film.
PLAIN_TEXT_MIMES = frozenset({"text/plain", *_TEXT_SUFFIX_MIMES.values()})
# Text that can draw or carry a picture: markup, rich text, mail, data URLs (looked for in the
# lowercased text; substring search stays fast on a 200 MB chat export).
_PICTURE_IN_TEXT = (
    b"<svg", b"<html", b"<!doctype", b"<?xml", b"<img", b"{\\rtf", b"data:image", b"data:video",
    b"data:application", b";base64,", b"content-transfer-encoding", b"mime-version:",
)  # fmt: skip
# Base64-encoded content, as one long run or as mail-style lines of about 76 characters: found
# on a copy where every base64 character is "A" and every other byte a space, with byte
# searches that stay fast on a 200 MB chat export (a regular expression took seconds).
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_CONTROL = bytes((*range(0, 9), 0x0B, *range(0x0E, 0x20), 0x7F))
# One pass maps every byte: base64 characters to "A", control characters to NUL, line feeds
# stay, carriage returns go, anything else becomes a space.
_CLASSES = bytes(
    ord("A") if b in _B64 else 0 if b in _CONTROL else b if b == 0x0A else 0x20 for b in range(256)
)
_LONG_RUN = b"A" * 1024
_LINE = b"A" * 60
_MAIL_LINES = 12
# Larger files are not searched: they wait for the question like any file of unknown type.
TEXT_LIMIT = 64 * 2**20


def _no_control_or_encoded_block(raw: bytes) -> bool:
    classes = raw.translate(_CLASSES, b"\r")
    if b"\x00" in classes or _LONG_RUN in classes:
        return False
    if _LINE + b"\n" not in classes:
        return True
    run = 0
    for line in classes.split(b"\n"):
        if 60 <= len(line) <= 80 and not line.strip(b"A"):
            run += 1
            if run >= _MAIL_LINES:
                return False
        else:
            run = 0
    return True


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
    if len(data) > TEXT_LIMIT:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return False
    else:
        raw = data.removeprefix(b"\xef\xbb\xbf")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return False
    if not raw.strip():
        return False
    lowered = raw.lower()  # ASCII case only, which is all the markers need
    if any(marker in lowered for marker in _PICTURE_IN_TEXT):
        return False
    # In UTF-8 a control character is always its own byte, so bytes can be searched.
    return _no_control_or_encoded_block(raw)


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
