"""Checking files before they become evidence: size, content type, damage, the question about
minors, the hash and the thumbnail.

The question about minors fails closed: in a case where it applies, every file that may hold a
picture or a film (all but plain text, see ``domain.file_types``) waits for the answer, whether
the file is a photo, a video, an archive, a document or of a type nobody recognised.

Pure work on bytes, safe to run in worker threads, so a batch decodes its images in parallel
while the case file stores the ones already checked.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from adviser_desk.domain import file_types as ft
from adviser_desk.domain.clock import not_in_future
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

THUMBNAIL_PX = 256
# Bytes read but not yet stored: bounds memory when a batch holds files of up to 200 MB.
IN_FLIGHT_BYTES = 96 * 2**20


class EvidenceError(KnownError):
    """A file or entry that cannot be recorded as evidence; nothing of it was stored."""

    # The SHA-256 of the refused bytes where it was read: bytes recorded as withheld before
    # are refused as that instead (services/withheld_match.py).
    digest = ""


def _error(template: str, **args: object) -> EvidenceError:
    return EvidenceError(template, **args)


def _damaged(template: str, name: str, digest: str) -> EvidenceError:
    """Damaged bytes recorded as withheld before are refused as that, not with an invitation
    to record them again (walk G2, finding 4): the error carries their SHA-256."""
    error = _error(template, name=name)
    error.digest = digest
    return error


EMPTY = QT_TRANSLATE_NOOP("errors", "{name} is empty (0 bytes); nothing was stored.")
# A file recorded as not kept must say what it showed: its bytes are never stored, so nobody
# can describe it later (walk J, finding 16). The forms ask first; this is the last word.
UNDESCRIBED = QT_TRANSLATE_NOOP(
    "errors",
    "{name} was not recorded: a file not kept needs a short description of what it shows "
    "(without keeping the image). The description is all that is left of it.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is {size} MB; the limit for one evidence file is {limit} MB. Nothing was stored.",
)
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "{name} is a folder, not a file. Add the files inside it instead."
)
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is not an ordinary file (it is a pipe, a device or a socket), so it cannot be "
    "evidence. Nothing was stored.",
)
# The system's own reason is in English whatever the window's language (walk G, finding 10):
# the common ones are said in our words, the rest is left out.
UNREADABLE = QT_TRANSLATE_NOOP("errors", "{name} could not be read; nothing was stored.")
GONE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is no longer there (moved or deleted after it was chosen); nothing was stored.",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "{name} could not be read: you have no permission to read it. Nothing was stored."
)
BAD_IMAGE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} looks like an image but is damaged or cut off, so it cannot be shown or checked. "
    "Nothing was stored; ask for the original again.",
)
# Where the question about minors applies, never "ask for it again" (walk G, finding 3): a
# possibly sexual image of a minor is not requested, and a damaged one cannot be judged.
BAD_IMAGE_ASKED = QT_TRANSLATE_NOOP(
    "errors",
    "{name} looks like an image but is damaged or cut off, so it cannot be shown or checked. "
    "Nothing was stored. Do not ask for the image again: if you cannot tell what it shows, add "
    'it again and answer "Yes, or I am not sure" to record it without keeping it.',
)
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is named like an image but its content is not an image ({mime}). Nothing was "
    "stored; check that this is the right file.",
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "{name} is already in this case as {number}; it was not added twice."
)
MINOR_QUESTION = QT_TRANSLATE_NOOP(
    "errors",
    "{name} may show a nude or sexual image (a photo or video, or a file that can contain "
    "them). Answer first: does it show someone under 18 naked or sexually? Such material must "
    "never be stored. Nothing was stored.",
)
ANSWER_FIRST = QT_TRANSLATE_NOOP(
    "errors",
    "Answer the question first: does a photo or video show someone under 18 naked or sexually? "
    "Such material must never be stored.",
)
# Files a quick look before the intake dialog may find to be plain text (and so not ask about).
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".tsv", ".log", ".url", ".md"})
QUICK_TEXT_BYTES = 2 * 2**20


class TooLargeError(EvidenceError):
    """A file over the size limit. ``path``: the file on disk, so one answered "yes, or not
    sure" can still be recorded as not kept (see withheld_unread)."""

    def __init__(self, name: str, size: int, limit: int, path: Path | None = None) -> None:
        super().__init__(TOO_LARGE, name=name, size=round(size / 2**20), limit=round(limit / 2**20))
        self.path = path


def _unreadable(name: str, exc: OSError) -> EvidenceError:
    if exc.errno == errno.ENOENT:
        return _error(GONE, name=name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _error(NO_PERMISSION, name=name)
    return _error(UNREADABLE, name=name)


class MinorQuestionError(EvidenceError):
    """The adviser must say whether a file shows a minor sexually before it is kept."""

    def __init__(self, name: str | None = None, digest: str = "") -> None:
        # The SHA-256 of the file asked about: one recorded as withheld before is refused as
        # such instead (services/withheld_match.py), whatever the answer would be.
        self.digest = digest
        if name is None:
            super().__init__(ANSWER_FIRST)
        else:
            super().__init__(MINOR_QUESTION, name=name)


@dataclass(frozen=True)
class Intake:
    """What the adviser said about one file or a whole batch."""

    description: str = ""
    source: str = ""
    observed_at: datetime | None = None
    # The answer to "is this a nude or sexual image of someone under 18?" (None: not asked).
    minor_sexual: bool | None = None
    marked_sexual: bool = False
    where: str = ""
    seen_by: str = ""

    def __post_init__(self) -> None:
        not_in_future(self.observed_at)  # "Happened at" is earlier, never later (W7-2)


@dataclass(frozen=True)
class Prepared:
    """A file that passed every check, ready to be stored (or recorded as not kept)."""

    name: str
    digest: str
    size: int
    mime: str
    is_image: bool
    withhold: bool
    data: bytes = b""  # empty when withheld: the image itself is never kept
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None


def make_thumbnail(data: bytes) -> bytes:
    """A JPEG of at most THUMBNAIL_PX on its longest side, made in memory. JPEG, because the
    evidence log embeds it as it is (a PNG would be decoded and compressed again) and it is a
    fifth of a PNG's size. Raises OSError, SyntaxError or ValueError for a damaged image."""
    from PIL import Image

    ft.register_image_plugins()
    with Image.open(io.BytesIO(data)) as image:
        # thumbnail() lets JPEG decode at a reduced scale (draft) and reduces in steps.
        image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), reducing_gap=2.0)
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            thumb = Image.new("RGB", rgba.size, (255, 255, 255))
            thumb.paste(rgba, mask=rgba.getchannel("A"))
        else:
            thumb = image.convert("RGB")
        out = io.BytesIO()
        thumb.save(out, format="JPEG", quality=82)
    return out.getvalue()


# Formats whose thumbnail is made after storing (see EvidenceService.make_missing_thumbnails):
# decoding a phone screenshot's pixels was 78% of intake; a 12 MP photo's, even at JPEG's
# reduced scale, took 68 ms, more than storing its 7.8 MB.
THUMBNAILS_LATER = frozenset({"PNG", "JPEG", "MPO"})


def jpeg_has_end(data: bytes) -> bool:
    """Whether a JPEG's end marker follows the start of its image data: a file cut off in
    transfer, the common damage, lacks it. The segments before the image data are walked by
    their lengths (an embedded EXIF thumbnail has markers of its own); in the compressed data
    a 0xFF byte is always followed by 0x00 or a marker, so FF D9 after it can only be the end
    (searched from the back: it is usually there, or a few bytes of trailer before it)."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        if marker == 0xD9:
            return False  # ends before any image data
        start = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker == 0xDA:  # start of scan: the image data follows its header
            return data.rfind(b"\xff\xd9", start) != -1
        pos = start
    return False


# Width, height and thumbnail (None for PNG and JPEG, made after storing) of a sound image.
ImageFacts = tuple[int, int, bytes | None]


@dataclass(frozen=True)
class FileStamp:
    """A file as it was read: the same path, size and modification time mean the same file,
    so what was found when it was checked before the intake dialog holds when it is stored."""

    path: str
    size: int
    mtime_ns: int


def image_facts(data: bytes, name: str) -> ImageFacts:
    """Width, height and, except for PNG and JPEG, the thumbnail; raises BAD_IMAGE for a
    damaged image.

    PNG and JPEG are checked without decoding their pixels, and get their thumbnail after
    storing, off the intake path (see EvidenceService.make_missing_thumbnails). A PNG's
    verify() reads every chunk up to IEND and checks its CRC-32, so a cut-off file or any
    changed byte is refused here. A JPEG's headers are read (its size, its tables) and its
    end marker must follow the image data, so a cut-off file is refused; JPEG has no checksum,
    so bytes changed inside the compressed data are not found without decoding, here or after
    (a decoder shows them as a smudge). Only a file damaged in those ways passes, and it is
    stored exactly as received, without a thumbnail if it cannot be decoded at all. Other
    formats are decoded now.
    """
    from PIL import Image, UnidentifiedImageError

    ft.register_image_plugins()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            image_format = probe.format
            probe.verify()
        if image_format in ("JPEG", "MPO") and not jpeg_has_end(data):
            raise SyntaxError("JPEG cut off before its end marker")
        thumbnail = None if image_format in THUMBNAILS_LATER else make_thumbnail(data)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _error(BAD_IMAGE, name=name) from exc
    return width, height, thumbnail


def viewable_png(data: bytes) -> bytes:
    """A stored image as PNG, in memory, for showing it where Qt cannot read its format
    (HEIC from an iPhone, AVIF, camera RAW); b"" when even Pillow cannot."""
    from PIL import Image

    ft.register_image_plugins()
    try:
        with Image.open(io.BytesIO(data)) as image:
            out = io.BytesIO()
            image.convert("RGBA" if "A" in image.getbands() else "RGB").save(out, "PNG")
    except Exception:  # a picture we cannot show is still kept; the viewer says so
        return b""
    return out.getvalue()


def read_file(path: Path, max_bytes: int) -> bytes:
    return read_stamped(path, max_bytes)[0]


def _stamp(path: Path, info: os.stat_result) -> FileStamp:
    return FileStamp(str(path.absolute()), info.st_size, info.st_mtime_ns)


def read_stamped(path: Path, max_bytes: int) -> tuple[bytes, FileStamp | None]:
    """The file's bytes, and its stamp from the handle they were read through: None when the
    file changed while it was read (its size or modification time moved, or fewer or more
    bytes came than it had), so nothing found from these bytes is taken for the file's."""
    name = path.name or str(path)
    if path.is_dir():
        raise _error(NOT_A_FILE, name=name)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise _error(NOT_REGULAR, name=name)
        # Non-blocking: should the path be swapped for a pipe after the check, opening it
        # must not wait for a writer; fstat on the open handle then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _error(NOT_REGULAR, name=name)
            if info.st_size > max_bytes:
                raise TooLargeError(name, info.st_size, max_bytes, path)
            data = handle.read(max_bytes + 1)
            after = os.fstat(handle.fileno())
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    stamp = _stamp(path, info)
    return data, stamp if len(data) == info.st_size and _stamp(path, after) == stamp else None


HASH_CHUNK = 2**20


def withheld_unread(path: Path, name: str) -> Prepared:
    """A file over the size limit that the adviser answered "yes, or not sure" about: recorded
    as not kept all the same (walk G, finding 4: phone videos are often larger than the limit,
    which only bounds what is stored). Its SHA-256 is streamed, its type read from its start.
    A file this large is never plain text (see file_types.TEXT_LIMIT), so it is withheld as
    any other file that may hold a picture."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _error(NOT_REGULAR, name=name)
            while chunk := handle.read(HASH_CHUNK):
                head = head or chunk
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    if not size:
        raise _error(EMPTY, name=name)
    kind = ft.detect(head, name)
    mime = kind.mime if kind.may_hold_picture else ft.UNKNOWN_MIME
    return Prepared(name, digest.hexdigest(), size, mime, kind.is_image, withhold=True)


def prepare(
    name: str,
    data: bytes,
    max_bytes: int,
    asks_minor: bool,
    intake: Intake,
    known: ImageFacts | None = None,
    known_digest: str = "",
) -> Prepared:
    """Every check a file must pass; raises EvidenceError naming the file otherwise. ``known``
    and ``known_digest``: what the check before the intake dialog found for this very file,
    unchanged since (see quick_look and path_source); the image is not read through a second
    time, nor hashed again."""
    if not data:
        raise _error(EMPTY, name=name)
    kind = ft.detect(data, name)
    digest = known_digest or hashlib.sha256(data).hexdigest()
    # The question comes before the size and the damage (walk G, findings 3 and 4): a file
    # answered "yes, or not sure" is recorded as not kept whatever its size, damaged or not,
    # and withholding needs nothing decoded.
    if kind.may_hold_picture and asks_minor:
        if intake.minor_sexual is None:
            raise MinorQuestionError(name, digest)
        if intake.minor_sexual:
            return Prepared(name, digest, len(data), kind.mime, kind.is_image, withhold=True)
    if len(data) > max_bytes:
        raise TooLargeError(name, len(data), max_bytes)
    if os.path.splitext(name)[1].lower() in ft.IMAGE_SUFFIXES and not kind.is_image:
        raise _error(NOT_AN_IMAGE, name=name, mime=kind.mime)
    damaged = BAD_IMAGE_ASKED if asks_minor else BAD_IMAGE
    if not kind.is_image:
        return Prepared(name, digest, len(data), kind.mime, False, False, data)
    if kind.pillow_format is None:
        # An image header in a format Pillow reads, yet Pillow cannot open it: damaged. Other
        # image types (Photoshop layers, Canon RAW, ...) are kept without a thumbnail.
        if kind.mime in ft.PILLOW_MIMES:
            raise _damaged(damaged, name, digest)
        return Prepared(name, digest, len(data), kind.mime, True, False, data)
    try:
        width, height, thumbnail = known if known is not None else image_facts(data, name)
    except EvidenceError as exc:
        if kind.mime not in ft.RAW_MIMES:
            raise _damaged(damaged, name, digest) from exc
        # A camera RAW is a TIFF wrapper whose picture Pillow may not decode: the original is
        # kept, without a thumbnail.
        return Prepared(name, digest, len(data), kind.mime, True, False, data)
    return Prepared(name, digest, len(data), kind.mime, True, False, data, width, height, thumbnail)


def surely_no_picture(path: Path) -> bool:
    """A quick look before the dialog: is this small file plain text (so no question is
    needed)? Anything uncertain says no; the full check runs again when the file is stored."""
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return False
    try:
        if not path.is_file() or path.stat().st_size > QUICK_TEXT_BYTES:
            return False
        data = path.read_bytes()
    except OSError:
        return False
    return ft.detect(data, path.name).category is ft.FileCategory.TEXT


# A damaged image is found before the adviser fills in the intake dialog (walk 5, W5-10: a
# cut-off PNG was refused only after the description was typed, and the typing was lost).
# The quick look reads only files up to this size, and at most this many: a large batch or a
# long video is checked when it is stored.
QUICK_IMAGE_BYTES = 25 * 2**20
QUICK_IMAGE_FILES = 20


@dataclass
class QuickLook:
    """What the look before the intake dialog found (in a worker: it reads up to 20 files of
    up to 25 MB, which held the window still on the GUI thread)."""

    # Files that cannot be stored as they are (a folder, empty or gone; an image cut off,
    # damaged, or not an image at all).
    refused: list[tuple[Path, EvidenceError]] = field(default_factory=list)
    # Of those, the ones that may still hold a picture (a damaged image): where the question
    # about minors is asked they go on to it, to be recorded as not kept (walk G, finding 3).
    may_be_picture: set[Path] = field(default_factory=set)
    # Images found sound, by the file as it was read: storing it unchanged does not check again.
    checked: dict[FileStamp, ImageFacts] = field(default_factory=dict)
    # Small plain-text files, which need no question about minors.
    plain_text: set[Path] = field(default_factory=set)
    # The SHA-256 of each file not refused, when asked for (see quick_look's ``digests``).
    digests: dict[Path, str] = field(default_factory=dict)
    # The same SHA-256s by the file as it was hashed, when it did not change while being read:
    # storing it unchanged takes the hash from here instead of hashing it a second time.
    hashed: dict[FileStamp, str] = field(default_factory=dict)
    cancelled: bool = False

    def may_hold_picture(self, paths: Sequence[Path]) -> bool:
        return not all(path in self.plain_text for path in paths)


def quick_look(
    paths: Sequence[Path],
    max_bytes: int,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    cancelled: Callable[[], bool] = lambda: False,
    digests: bool = False,
    sizes: frozenset[int] = frozenset(),
) -> QuickLook:
    """Looks at the files before asking for details: which are plain text (surely no picture)
    and which are named or made like an image but cannot be stored as one. Anything this
    quick look cannot judge passes; the full check runs when the file is stored. With
    ``digests`` every file (a damaged image too, and one of any size) gets its SHA-256, so
    bytes recorded as withheld can be refused before the intake dialog (services/
    withheld_match.py); without, only the files of one of ``sizes`` (those of the case's
    stored items, services/in_case_match.py)."""
    look = QuickLook()

    def wanted(path: Path) -> bool:
        if digests:
            return True
        try:
            return bool(sizes) and path.stat().st_size in sizes
        except OSError:
            return False

    paths = list(paths)
    progress(0, len(paths))
    for done, path in enumerate(paths, 1):
        if cancelled():
            look.cancelled = True
            return look
        problem = _not_a_file(path)
        if problem is not None:
            look.refused.append((path, problem))
        elif surely_no_picture(path):
            look.plain_text.add(path)
        elif done <= QUICK_IMAGE_FILES:
            _look_at_image(path, max_bytes, look, digests, sizes)
        if problem is None and path not in look.digests and wanted(path):
            digest, stamp = stamped_digest(path)
            if digest:
                look.digests[path] = digest
            if digest and stamp is not None:
                look.hashed[stamp] = digest
        progress(done, len(paths))
    return look


def stamped_digest(path: Path) -> tuple[str, FileStamp | None]:
    """The file's SHA-256, streamed (a film may be larger than any limit), and its stamp (None
    if it changed while it was read, see read_stamped); "" when it cannot be read (told when
    it is stored)."""
    digest = hashlib.sha256()
    size = 0
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return "", None
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
                size += len(chunk)
            after = os.fstat(handle.fileno())
    except OSError:
        return "", None
    stamp = _stamp(path, info)
    stable = size == info.st_size and _stamp(path, after) == stamp
    return digest.hexdigest(), stamp if stable else None


def _not_a_file(path: Path) -> EvidenceError | None:
    """A folder, an empty file or one that is gone is told before the intake dialog (walk G,
    finding 9: a dropped folder reached the question and was refused only after it)."""
    name = path.name or str(path)
    try:
        info = path.stat()
    except OSError as exc:
        return _unreadable(name, exc)
    if stat.S_ISDIR(info.st_mode):
        return _error(NOT_A_FILE, name=name)
    if not stat.S_ISREG(info.st_mode):
        return _error(NOT_REGULAR, name=name)
    if info.st_size == 0:
        return _error(EMPTY, name=name)
    return None


def _look_at_image(
    path: Path,
    max_bytes: int,
    look: QuickLook,
    digests: bool = False,
    sizes: frozenset[int] = frozenset(),
) -> None:
    try:
        if not path.is_file() or not 0 < path.stat().st_size <= QUICK_IMAGE_BYTES:
            return
        data, stamp = read_stamped(path, max_bytes)
    except (OSError, EvidenceError):
        return  # told when it is stored, as before
    name = path.name
    kind = ft.detect(data, name)
    if digests or len(data) in sizes:  # read already: not read a second time for its SHA-256
        look.digests[path] = hashlib.sha256(data).hexdigest()
        if stamp is not None:
            look.hashed[stamp] = look.digests[path]
    try:
        if os.path.splitext(name)[1].lower() in ft.IMAGE_SUFFIXES and not kind.is_image:
            raise _error(NOT_AN_IMAGE, name=name, mime=kind.mime)
        if kind.is_image and kind.mime not in ft.RAW_MIMES:
            if kind.pillow_format is None:
                if kind.mime in ft.PILLOW_MIMES:
                    raise _error(BAD_IMAGE, name=name)
            elif stamp is not None:
                look.checked[stamp] = image_facts(data, name)
    except EvidenceError as exc:
        look.refused.append((path, exc))
        if kind.may_hold_picture:
            look.may_be_picture.add(path)


# What a source's reader returns: the bytes, or the bytes with the image facts and the SHA-256
# already known for them ("" if not: a file quick_look checked, and hashed).
Read = bytes | tuple[bytes, ImageFacts | None, str]
Source = tuple[str, int, Callable[[], Read]]  # name, size estimate, reader


def path_source(
    path: Path,
    max_bytes: int,
    checked: Mapping[FileStamp, ImageFacts] | None = None,
    hashed: Mapping[FileStamp, str] | None = None,
) -> Source:
    """A file to store; ``checked``: images found sound before, ``hashed``: SHA-256s found
    before, by their stamp. A file changed since (another size or modification time, or one
    that changes while it is read now) is checked and hashed again."""
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0

    def read() -> tuple[bytes, ImageFacts | None, str]:
        data, stamp = read_stamped(path, max_bytes)
        if stamp is None:
            return data, None, ""
        return data, (checked or {}).get(stamp), (hashed or {}).get(stamp, "")

    return (path.name or str(path), min(size, max_bytes), read)


def prepared_in_order(
    sources: Sequence[Source],
    max_bytes: int,
    asks_minor: bool,
    intake: Intake,
    cancelled: Callable[[], bool] = lambda: False,
    window: int = 0,
) -> Iterator[tuple[str, Prepared | EvidenceError]]:
    """Reads and checks the files in a small thread pool and yields them in the given order.

    Hashing, decoding and PNG encoding release the GIL, so two cores do nearly twice the work;
    the window of files in flight is bounded by count (``window``, by default eight per
    worker) and by bytes. Files are handed to the pool only while the caller asks for the
    next one, so a caller that stores in batches passes a window of two batches: the pool
    then checks the next batch while the caller commits the last, instead of idling.
    """

    def job(name: str, read: Callable[[], Read]) -> Prepared | EvidenceError:
        try:
            got = read()
            data, known, digest = got if isinstance(got, tuple) else (got, None, "")
            return prepare(name, data, max_bytes, asks_minor, intake, known, digest)
        except TooLargeError as exc:
            if exc.path is None or not (asks_minor and intake.minor_sexual):
                return exc
            try:
                return withheld_unread(exc.path, name)
            except EvidenceError as unread:
                return unread
        except EvidenceError as exc:
            return exc

    workers = max(1, min(4, os.cpu_count() or 1))
    window = window or workers * 8
    pending: deque[tuple[str, int, Future[Prepared | EvidenceError]]] = deque()
    upcoming = iter(sources)
    in_flight = 0
    with ThreadPoolExecutor(workers, thread_name_prefix="evidence-intake") as pool:
        try:
            while True:
                while len(pending) < window and (not pending or in_flight < IN_FLIGHT_BYTES):
                    source = next(upcoming, None)
                    if source is None:
                        break
                    name, size, read = source
                    pending.append((name, size, pool.submit(job, name, read)))
                    in_flight += size
                if not pending or cancelled():
                    return
                name, size, future = pending.popleft()
                in_flight -= size
                yield name, future.result()
        finally:
            for _name, _size, future in pending:
                future.cancel()
