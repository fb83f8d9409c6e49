"""Renders the application icon (resources/icons/adviser-desk.svg) for every platform.

    python tools/make_icons.py        # writes packaging/icons/

- hicolor PNGs for Linux (16 to 512 px) of the app and of a case file (a page with the shield),
- adviser-desk.ico and adviser-desk-case.ico for Windows (Pillow, all sizes in one file),
- adviser-desk.icns and adviser-desk-case.icns for macOS (Pillow).

Run it after changing the SVG and commit the results: Windows and macOS builds use them as
they are. Qt renders the SVG, so no extra tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "adviser-desk.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _render(size: int, document: bool) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = QSvgRenderer(str(SVG))
    if document:
        # A page with a folded corner, the shield in its lower part: "a case file".
        w, h = size * 0.78, size * 0.96
        x, y = (size - w) / 2, (size - h) / 2
        fold = w * 0.28
        page = QPainterPath()
        page.moveTo(x, y)
        page.lineTo(x + w - fold, y)
        page.lineTo(x + w, y + fold)
        page.lineTo(x + w, y + h)
        page.lineTo(x, y + h)
        page.closeSubpath()
        painter.setPen(QPen(QColor("#8a9aa9"), max(1.0, size / 64)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(page)
        shield = w * 0.72
        renderer.render(
            painter, QRectF((size - shield) / 2, y + h - shield - h * 0.08, shield, shield)
        )
    else:
        renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, document in (("adviser-desk", False), ("adviser-desk-case", True)):
        images = {size: _render(size, document) for size in SIZES}
        for size, image in images.items():
            folder = OUT / "hicolor" / f"{size}x{size}"
            folder.mkdir(parents=True, exist_ok=True)
            image.save(folder / f"{name}.png", optimize=True)
        largest = _render(1024, document)
        largest.save(OUT / f"{name}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        largest.save(OUT / f"{name}.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
