"""The recovery sheet PDF, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.reports import recovery_sheet

DATA = recovery_sheet.RecoverySheetData(
    case_file_name="Zaken Şükrü Łukasz Zoë Nguyễn.adcase",
    case_file_id="5b0c9a51-2f43-4a57-9a9e-1b2f3c4d5e6f",
    created="21 november 2026 10:42",
    recovery_key=RecoveryKey(bytes(range(20))).formatted(),
    chain_head="ab" * 32,
)


def test_one_page_with_the_key_groups_and_unicode_names() -> None:
    pdf = recovery_sheet.render(DATA)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in DATA.recovery_key.split("-"):
        assert group in text
    flat = re.sub(r"\s+", " ", text)
    assert "Şükrü Łukasz Zoë Nguyễn" in flat
    assert DATA.chain_head in text.replace("\n", "")
    embedded = {
        str(font["/BaseFont"])
        for font in (f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values())
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()
    }
    assert any(name.endswith("+DejaVuSans") for name in embedded)
    assert any(name.endswith("+DejaVuSansMono") for name in embedded)


def test_the_same_data_gives_the_same_bytes() -> None:
    assert recovery_sheet.render(DATA) == recovery_sheet.render(DATA)


def test_translation_hook_is_used() -> None:
    dutch = {"Recovery key": "Herstelsleutel"}
    pdf = recovery_sheet.render(DATA, lambda ctx, text: dutch.get(text, text))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Herstelsleutel" in text


def test_renders_to_an_image(tmp_path: Path) -> None:
    pdf_path = tmp_path / "sheet.pdf"
    pdf_path.write_bytes(recovery_sheet.render(DATA))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", str(pdf_path), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    assert pages[0].read_bytes().startswith(b"\x89PNG") and pages[0].stat().st_size > 5000
