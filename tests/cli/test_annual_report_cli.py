"""`adviser-desk annual-report`, run as a real process on the demo case file."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from adviser_desk.services.demo import DEMO_PASSWORD
from tests.cli.test_cli import cli


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def demo(folder: Path) -> Path:
    path = folder / "demo.adcase"
    made = cli("demo", str(path))
    assert made.returncode == 0, made.stderr
    return path


def test_annual_report_writes_pdf_and_csv_in_dutch_and_english(case_dir: Path) -> None:
    path = demo(case_dir)
    year = str(date.today().year)
    pdf, table = case_dir / "jaarverslag.pdf", case_dir / "jaarverslag.csv"
    result = cli(
        "annual-report", str(path), year, str(pdf), "--password-stdin", "--csv", str(table),
        stdin=DEMO_PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(pdf) in result.stdout and str(table) in result.stdout
    dutch = pdf_text(pdf)
    assert f"Jaarverslag {year}" in dutch and "<5" in dutch
    # In Dutch, for a Dutch spreadsheet: semicolons and Dutch labels.
    text = table.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows and {r["Tabel"] for r in rows} >= {"Zaken", "Politie", "Meldcode"}
    assert any(r["Kolom"] == "mrt" for r in rows)
    # How the closed cases ended: every outcome a row, hidden below five like any count.
    ended = {r["Rij"]: r["Aantal"] for r in rows if r["Tabel"] == "Hoe de gesloten zaken afliepen"}
    assert ended["Opgelost binnen de school"] == "<5" and ended["Niet vastgelegd"] == "<5"
    assert "Hoe de gesloten zaken afliepen" in dutch
    # The demo has three cases: every count is hidden; no name or case number leaks.
    assert next(r["Aantal"] for r in rows if r["Tabel"] == "Zaken") == "<5"
    for word in (f"{year}-0", "Noor", "Milan", "Naaktfoto", "Instagram"):
        assert word not in dutch and word not in text
    english = case_dir / "annual.pdf"
    result = cli(
        "annual-report", str(path), year, str(english), "--password-stdin", "--lang", "en",
        stdin=DEMO_PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Annual report {year}" in pdf_text(english)
    assert "How the closed cases ended" in pdf_text(english)


def test_annual_report_refuses_a_year_that_is_not_one(case_dir: Path) -> None:
    path = demo(case_dir)
    result = cli(
        "annual-report", str(path), "26", str(case_dir / "x.pdf"), "--password-stdin",
        stdin=DEMO_PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 64 and "not a year" in result.stderr
    assert not (case_dir / "x.pdf").exists()
