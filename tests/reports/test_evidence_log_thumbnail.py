"""The evidence log's thumbnail stays inside its item's box (walk 16, W16-3: B-001's image
covered the box's right border), read from the page as pdftoppm renders it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image

from adviser_desk.reports import evidence_log

TEAL = (0, 128, 128)


def _thumbnail() -> bytes:
    """A wide screenshot's thumbnail, in one colour that nothing else on the page has."""
    out = io.BytesIO()
    Image.new("RGB", (400, 300), TEAL).save(out, "PNG")
    return out.getvalue()


def test_the_thumbnail_leaves_the_boxs_right_border_visible(tmp_path: Path) -> None:
    item = evidence_log.LogItem(
        "B-001",
        [("Kind", "Screenshot or image"), ("Description", "Screenshot of the group chat")],
        sha256="ab" * 32,
        thumbnail=_thumbnail(),
    )
    data = evidence_log.EvidenceLogData("2026-001", [("Case", "2026-001")], [item], "cd", "ok")
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(evidence_log.render(data))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    page = Image.open(tmp_path / "p-1.png").convert("RGB")
    width, height = page.size
    pixels = page.load()
    image_rows = [y for y in range(height) if any(pixels[x, y] == TEAL for x in range(width))]
    assert image_rows, "the thumbnail is on the page"
    middle = image_rows[len(image_rows) // 2]
    teal = [x for x in range(width) if pixels[x, middle] == TEAL]
    # Right of the image, on its middle row: white space, then the box's grey border line.
    beyond = [pixels[x, middle] for x in range(teal[-1] + 1, min(width, teal[-1] + 40))]
    white = [i for i, colour in enumerate(beyond) if min(colour) > 240]
    border = [i for i, colour in enumerate(beyond) if max(colour) < 200 and colour != TEAL]
    assert white and border and white[0] < border[0], beyond
    top = image_rows[0]
    assert min(pixels[teal[0], top - 3]) > 200, "room above the image, under the box's top"
