"""Real files of every kind the minor-image guard must hold, made by real writers: Pillow and
pillow-heif for photos, a real ffmpeg (from the imageio-ffmpeg wheel) for videos, zipfile and
tarfile for archives, reportlab for a PDF.

Two sets: ``development`` is what the detection was written against; ``held_out`` uses other
encoders, codecs, modes and containers and was never used to adjust the rules (its figure is
reported by bench/file_types_bench.py)."""

from __future__ import annotations

import functools
import gzip
import io
import subprocess
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, TiffImagePlugin

# A marker inside every picture or film: it must never be found in a case file's pages when
# the file was withheld.
MARKER = b"MINOR-IMAGE-MARKER-"


@dataclass(frozen=True)
class Sample:
    name: str
    category: str  # the FileCategory value detection should give
    make: Callable[[], bytes]

    def data(self) -> bytes:
        return self.make()


def _picture(size: tuple[int, int] = (96, 64), mode: str = "RGB") -> Image.Image:
    image = Image.new("RGB", size, (220, 150, 120))
    for x in range(0, size[0], 8):
        for y in range(size[1]):
            image.putpixel((x, y), (20, 40, 200))
    return image.convert(mode) if mode != "RGB" else image


def image_bytes(fmt: str, mode: str = "RGB", **options: object) -> bytes:
    if fmt == "HEIF":
        from adviser_desk.domain.file_types import register_image_plugins

        register_image_plugins()
    out = io.BytesIO()
    _picture(mode=mode).save(out, fmt, **options)
    return out.getvalue()


def dng_bytes() -> bytes:
    """A TIFF carrying the DNGVersion tag, as camera RAW files are TIFF containers."""
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[50706] = b"\x01\x04\x00\x00"
    info.tagtype[50706] = 1
    out = io.BytesIO()
    _picture().save(out, "TIFF", tiffinfo=info)
    return out.getvalue()


def video_bytes(suffix: str, *codec: str, size: str = "176x144") -> bytes:
    import tempfile

    import imageio_ffmpeg

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"clip{suffix}"
        subprocess.run(
            [
                imageio_ffmpeg.get_ffmpeg_exe(),
                "-y",
                "-loglevel",
                "error",
                "-f",
                "lavfi",
                "-i",
                f"testsrc=size={size}:rate=10:duration=0.4",
                *codec,
                "-metadata",
                "title=" + MARKER.decode(),
                str(target),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return target.read_bytes()


def zip_bytes(*members: tuple[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def tar_bytes(mode: str, *members: tuple[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def pdf_bytes(with_image: bool = True) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Chat export")
    if with_image:
        page.drawImage(ImageReader(io.BytesIO(image_bytes("PNG"))), 72, 500, 96, 64)
    page.save()
    return out.getvalue()


def office_bytes(kind: str) -> bytes:
    """A minimal Office Open XML or OpenDocument file with a picture inside."""
    photo = image_bytes("JPEG")
    if kind == "docx":
        return zip_bytes(
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("_rels/.rels", b"<Relationships/>"),
            ("word/document.xml", b"<w:document/>"),
            ("word/media/image1.jpeg", photo),
        )
    if kind == "xlsx":
        return zip_bytes(
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("_rels/.rels", b"<Relationships/>"),
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/media/image1.jpeg", photo),
        )
    mimetype = {
        "odt": b"application/vnd.oasis.opendocument.text",
        "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    }[kind]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as ODF asks
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("Pictures/1.jpg", photo)
    return out.getvalue()


def _photos() -> list[tuple[str, bytes]]:
    return [("a.jpg", image_bytes("JPEG")), ("b.png", image_bytes("PNG"))]


def development() -> list[Sample]:
    return [
        Sample("foto.png", "image", lambda: image_bytes("PNG")),
        Sample("foto.jpg", "image", lambda: image_bytes("JPEG")),
        Sample("foto.gif", "image", lambda: image_bytes("GIF")),
        Sample("foto.bmp", "image", lambda: image_bytes("BMP")),
        Sample("foto.webp", "image", lambda: image_bytes("WEBP")),
        Sample("foto.tiff", "image", lambda: image_bytes("TIFF")),
        Sample("foto.avif", "image", lambda: image_bytes("AVIF")),
        Sample("IMG_0001.HEIC", "image", lambda: image_bytes("HEIF")),
        Sample("IMG_0002.dng", "image", dng_bytes),
        Sample("filmpje.mp4", "video", lambda: video_bytes(".mp4", "-c:v", "libx264")),
        Sample("filmpje.mov", "video", lambda: video_bytes(".mov", "-c:v", "libx264")),
        Sample("filmpje.3gp", "video", lambda: video_bytes(".3gp", "-c:v", "h263")),
        Sample("filmpje.webm", "video", lambda: video_bytes(".webm", "-c:v", "libvpx")),
        Sample("filmpje.mkv", "video", lambda: video_bytes(".mkv", "-c:v", "libx264")),
        Sample("filmpje.avi", "video", lambda: video_bytes(".avi", "-c:v", "mpeg4")),
        Sample("fotos.zip", "archive", lambda: zip_bytes(*_photos())),
        Sample("fotos.tar", "archive", lambda: tar_bytes("w", *_photos())),
        Sample("fotos.tar.gz", "archive", lambda: tar_bytes("w:gz", *_photos())),
        Sample("chat.pdf", "document", pdf_bytes),
        Sample("verslag.docx", "document", lambda: office_bytes("docx")),
        Sample("verslag.odt", "document", lambda: office_bytes("odt")),
        Sample("onbekend.dat", "unknown", lambda: bytes((i * 37 + 11) % 256 for i in range(4096))),
    ]


def held_out() -> list[Sample]:
    """Other writers, codecs, modes and containers; never used to adjust the detection."""
    return [
        Sample("rgba.png", "image", lambda: image_bytes("PNG", "RGBA")),
        Sample("progressive.jpg", "image", lambda: image_bytes("JPEG", progressive=True)),
        Sample("cmyk.jpg", "image", lambda: image_bytes("JPEG", "CMYK")),
        Sample("grey16.tif", "image", lambda: image_bytes("TIFF", "I;16")),
        Sample("lzw.tif", "image", lambda: image_bytes("TIFF", compression="tiff_lzw")),
        Sample("lossless.webp", "image", lambda: image_bytes("WEBP", lossless=True)),
        Sample("palette.gif", "image", lambda: image_bytes("GIF", "P")),
        Sample("photo.jp2", "image", lambda: image_bytes("JPEG2000")),
        Sample("icon.ico", "image", lambda: image_bytes("ICO")),
        Sample("greyscale.heif", "image", lambda: image_bytes("HEIF", "L")),
        Sample("zonder-extensie", "image", lambda: image_bytes("JPEG")),
        Sample(
            "hevc.mp4", "video", lambda: video_bytes(".mp4", "-c:v", "libx265", "-tag:v", "hvc1")
        ),
        Sample("mjpeg.avi", "video", lambda: video_bytes(".avi", "-c:v", "mjpeg")),
        Sample("vp9.webm", "video", lambda: video_bytes(".webm", "-c:v", "libvpx-vp9")),
        Sample("mpeg2.mkv", "video", lambda: video_bytes(".mkv", "-c:v", "mpeg2video")),
        Sample("m4v.mov", "video", lambda: video_bytes(".mov", "-c:v", "mpeg4")),
        Sample("mpeg1.mpg", "video", lambda: video_bytes(".mpg", "-c:v", "mpeg1video", "-r", "25")),
        Sample("flash.flv", "video", lambda: video_bytes(".flv", "-c:v", "flv1")),
        Sample("wmv.wmv", "video", lambda: video_bytes(".wmv", "-c:v", "wmv2")),
        Sample("stored.zip", "archive", lambda: zip_bytes(*_photos(), compression=0)),
        Sample("photos.tar.bz2", "archive", lambda: tar_bytes("w:bz2", *_photos())),
        Sample("photos.tar.xz", "archive", lambda: tar_bytes("w:xz", *_photos())),
        Sample("photo.jpg.gz", "archive", lambda: gzip.compress(image_bytes("JPEG"))),
        Sample("blad.xlsx", "document", lambda: office_bytes("xlsx")),
        Sample("blad.ods", "document", lambda: office_bytes("ods")),
        Sample("tekst.pdf", "document", lambda: pdf_bytes(with_image=False)),
        Sample("tekening.svg", "unknown", lambda: b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        Sample(
            "pagina.html",
            "unknown",
            lambda: b'<p>kijk</p><img src="data:image/png;base64,iVBORw0KGgo=">',
        ),
        Sample(
            "bijlage.txt",
            "unknown",
            lambda: __import__("base64").encodebytes(image_bytes("PNG", "RGBA") * 8),
        ),
        Sample("utf16.bin", "unknown", lambda: "\x00\x01binary".encode("utf-16-le") * 50),
    ]


def text_samples() -> list[Sample]:
    """Positively plain text: the only files that pass without the question."""
    return [
        Sample("notities.txt", "text", lambda: "Ze zei: ‘hij stuurde het door’.\n".encode()),
        Sample("chat.csv", "text", lambda: b"tijd,afzender,bericht\n21:04,@x,stuur nou\n"),
        Sample(
            "link.url", "text", lambda: b"[InternetShortcut]\r\nURL=https://www.tiktok.com/@x\r\n"
        ),
        Sample("bom.txt", "text", lambda: "\ufeffbericht van maandag\n".encode()),
    ]


@functools.cache
def made(group: str) -> tuple[tuple[str, str, bytes], ...]:
    """(name, expected category, bytes) of a set, made once per test run (videos take time)."""
    samples = {"development": development, "held_out": held_out, "text": text_samples}[group]()
    return tuple((s.name, s.category, s.data()) for s in samples)


def write(folder: Path, group: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, _category, data in made(group):
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths
