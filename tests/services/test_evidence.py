"""Evidence intake with real files: hashing, sniffing, refusals, withheld images, verification."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import (
    EvidenceError,
    EvidenceService,
    MinorQuestionError,
)
from tests.conftest import PASSWORD
from tests.storage.pages import decrypted_pages


def png(width: int = 64, height: int = 48, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def evidence(cases: CaseService) -> EvidenceService:
    return EvidenceService(cases, max_bytes=2 * 1024 * 1024)


def bullying_case(cases: CaseService) -> int:
    return cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.CYBERBULLYING])
    )


def test_types_come_from_the_content_not_the_name() -> None:
    from adviser_desk.domain.file_types import detect

    assert detect(png(), "scherm.pdf").mime == "image/png"
    assert detect(b"%PDF-1.7 ...", "foto.jpg").mime == "application/pdf"
    assert detect(b"hello, I am text", "film.mp4").mime == "text/plain"
    assert detect(b"\x00\x01\x02 binary", "notes.txt").mime == "application/octet-stream"


@pytest.mark.parametrize(
    ("url", "platform", "handle"),
    [
        ("https://www.instagram.com/nep.account/", "Instagram", "@nep.account"),
        ("instagram.com/p/Cx1/", "Instagram", ""),
        ("https://www.tiktok.com/@sem.xx/video/123", "TikTok", "@sem.xx"),
        ("https://x.com/someone/status/1", "X", "@someone"),
        ("https://t.me/kanaal", "Telegram", "@kanaal"),
        ("https://discord.gg/abc", "Discord", ""),
        ("https://youtu.be/xyz", "YouTube", ""),
        ("https://voorbeeld.nl/pagina", "voorbeeld.nl", ""),
    ],
)
def test_platform_and_handle_from_an_address(url: str, platform: str, handle: str) -> None:
    info = de.parse_url(url)
    assert (info.platform, info.handle) == (platform, handle)


@pytest.mark.parametrize(
    "bad", ["", "niet een adres", "ftp://x.nl/a", "http://", "javascript:alert(1)"]
)
def test_malformed_addresses_are_refused(bad: str) -> None:
    with pytest.raises(de.MalformedUrlError):
        de.parse_url(bad)


def test_safe_file_names_cannot_escape_the_folder() -> None:
    name = de.safe_file_name("B-003", "../../etc/pass wd\x00.png", "image/png")
    assert name == "B-003_pass_wd.png" and "/" not in name
    assert de.safe_file_name("B-004", "....", "application/pdf") == "B-004.pdf"
    assert de.safe_file_name("B-005", "C:\\Users\\x\\Zoë’s foto.jpg", "image/jpeg") == (
        "B-005_Zoes_foto.jpg"
    )


def test_an_image_is_stored_unaltered_with_hash_size_and_dimensions(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = bullying_case(cases)
    data = png(640, 480)
    path = tmp_path / "screenshot.png"
    path.write_bytes(data)
    row = evidence.add_file(case_id, path, description="Bericht in de groepsapp")
    assert row.number == "B-001" and row.kind == de.EvidenceKind.IMAGE
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert (row.size, row.mime, row.width, row.height) == (len(data), "image/png", 640, 480)
    assert evidence.original(row.item_id) == data  # byte for byte
    assert [event[1] for event in row.custody] == ["recorded"]
    second = evidence.add_url(case_id, "https://www.instagram.com/nep.account/")
    assert second.number == "B-002" and second.handle == "@nep.account"


def test_bad_files_get_a_clear_message_and_leave_nothing(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = bullying_case(cases)
    empty = tmp_path / "leeg.png"
    empty.write_bytes(b"")
    text_as_png = tmp_path / "tekst.png"
    text_as_png.write_text("dit is geen afbeelding")
    cut = tmp_path / "kapot.png"
    cut.write_bytes(png(300, 300)[:120])
    big = tmp_path / "groot.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(3 * 1024 * 1024))
    folder = tmp_path / "map"
    folder.mkdir()
    messages = {}
    for path in (empty, text_as_png, cut, big, folder, tmp_path / "bestaat-niet.png"):
        with pytest.raises(EvidenceError) as info:
            evidence.add_file(case_id, path)
        messages[path.name] = str(info.value)
    assert "empty" in messages["leeg.png"]
    assert "not an image" in messages["tekst.png"]
    assert "damaged" in messages["kapot.png"]
    assert "limit" in messages["groot.mp4"]
    assert "folder" in messages["map"]
    assert "no longer there" in messages["bestaat-niet.png"]
    assert evidence.count(case_id) == 0


def test_the_same_file_is_not_added_twice(cases: CaseService, evidence: EvidenceService) -> None:
    case_id = bullying_case(cases)
    evidence.add_bytes(case_id, png(), "a.png")
    with pytest.raises(EvidenceError, match="already in this case as B-001"):
        evidence.add_bytes(case_id, png(), "kopie.png")


def test_a_batch_stores_the_good_files_lists_the_bad_and_keeps_numbers_in_order(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = bullying_case(cases)
    paths = []
    for i in range(50):
        path = tmp_path / f"shot{i:02d}.png"
        path.write_bytes(png(30 + i, 20, (i, 2 * i, 90)))
        paths.append(path)
    paths[7].write_bytes(b"")
    paths[20].write_bytes(png(200, 200)[:100])
    paths[41].write_bytes(paths[3].read_bytes())  # the same screenshot twice in one batch
    seen: list[tuple[int, int]] = []
    result = evidence.add_files(
        case_id, paths, Intake("Groepsapp"), lambda done, total: seen.append((done, total))
    )
    assert len(result.added) == 47 and result.added[:3] == ["B-001", "B-002", "B-003"]
    failed = {name: str(exc) for name, exc in result.failed}
    assert set(failed) == {"shot07.png", "shot20.png", "shot41.png"}
    assert "already in this case as B-004" in failed["shot41.png"]
    assert seen[0] == (0, 50) and seen[-1] == (50, 50)
    rows = evidence.items(case_id)
    assert [r.number for r in rows] == [f"B-{n:03d}" for n in range(1, 48)]
    assert [r.original_name for r in rows][:8] == [
        f"shot{i:02d}.png" for i in (0, 1, 2, 3, 4, 5, 6, 8)
    ]
    assert all(
        r.description == "Groepsapp" and r.width == 30 + int(r.original_name[4:6]) for r in rows
    )


def test_cancel_stores_what_was_checked_and_nothing_half(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = bullying_case(cases)
    paths = []
    for i in range(40):
        path = tmp_path / f"s{i}.png"
        path.write_bytes(png(40, 40 + i))
        paths.append(path)
    progress: list[int] = []
    result = evidence.add_files(
        case_id,
        paths,
        Intake(),
        lambda done, _total: progress.append(done),
        lambda: len(progress) > 5,
    )
    assert 0 < len(result.added) < 40 and not result.failed
    rows = evidence.items(case_id)
    assert len(rows) == len(result.added)
    assert all(
        evidence.original(r.item_id) == paths[int(r.original_name[1:-4])].read_bytes() for r in rows
    )
    assert evidence.verify(case_id) == []


def test_a_jpeg_keeps_its_full_size_and_original_bytes(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = bullying_case(cases)
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), (10, 120, 200)).save(out, "JPEG", quality=90)
    row = evidence.add_bytes(case_id, out.getvalue(), "foto.jpg")
    assert (row.mime, row.width, row.height) == ("image/jpeg", 1600, 1200)
    assert evidence.original(row.item_id) == out.getvalue()
    # Its thumbnail is made after storing, as a PNG's is: decoding is off the intake path.
    assert evidence.thumbnail(row.item_id) == b""
    assert evidence.make_missing_thumbnails(case_id) == 1
    with Image.open(io.BytesIO(evidence.thumbnail(row.item_id))) as thumb:
        assert max(thumb.size) == 256


def test_a_cut_off_jpeg_is_refused_without_decoding_it(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = bullying_case(cases)
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), (10, 120, 200)).save(out, "JPEG", quality=90)
    whole = out.getvalue()
    for cut in (len(whole) - 2, len(whole) // 2, 700):
        with pytest.raises(EvidenceError, match="damaged or cut off"):
            evidence.add_bytes(case_id, whole[:cut], "foto.jpg")
    assert evidence.count(case_id) == 0
    # Bytes after the end marker (some phones append their own data there) are no damage.
    row = evidence.add_bytes(case_id, whole + b"SEFT" + bytes(200), "foto.jpg")
    assert evidence.original(row.item_id) == whole + b"SEFT" + bytes(200)


def test_contact_details_need_details_or_an_account(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = bullying_case(cases)
    with pytest.raises(EvidenceError, match="contact details or the account name"):
        evidence.add_contact(case_id, "  ", platform="Snapchat")
    row = evidence.add_contact(case_id, "", platform="Snapchat", handle="@dader")
    assert row.kind == de.EvidenceKind.CONTACT and row.handle == "@dader"


def test_sexual_case_images_need_the_minor_question_and_are_never_kept(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = cases.create_case(
        dc.CaseDraft(title="Exposing", incident_types=[dc.IncidentType.EXPOSING])
    )
    marker = png(40, 40, (1, 2, 3)) + b"WITHHELD-MARKER-77"
    with pytest.raises(MinorQuestionError):
        evidence.add_bytes(case_id, marker, "foto.png")
    row = evidence.add_bytes(
        case_id,
        marker,
        "foto.png",
        description="Naaktfoto van de leerling",
        minor_sexual=True,
        where="Snapchat-verhaal van @x",
        seen_by="klas 3B",
    )
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.sha256 == hashlib.sha256(marker).hexdigest()
    assert evidence.original(row.item_id) == b""
    raw = cases.case_file.raw_key
    cases.case_file.engine.dispose()
    assert b"WITHHELD-MARKER-77" not in decrypted_pages(cases.case_file.path, raw)
    ok = evidence.add_bytes(case_id, png(20, 20), "chat.png", minor_sexual=False)
    assert ok.stored and ok.kind == de.EvidenceKind.IMAGE


def test_verification_finds_a_flipped_byte_by_number(
    cases: CaseService, evidence: EvidenceService
) -> None:
    from adviser_desk.services.case_file_service import CaseFileService

    case_id = bullying_case(cases)
    first = evidence.add_bytes(case_id, png(30, 30), "a.png")
    evidence.add_bytes(case_id, png(31, 31), "b.png")
    assert evidence.verify(case_id) == []
    with cases.case_file.transaction() as session:  # tampering, as someone with the key could
        stored = session.execute(
            text("SELECT data FROM evidence_blobs WHERE sha256 = :h"), {"h": first.sha256}
        ).scalar_one()
        flipped = stored[:40] + bytes([stored[40] ^ 0xFF]) + stored[41:]
        session.execute(
            text("UPDATE evidence_blobs SET data = :d WHERE sha256 = :h"),
            {"d": flipped, "h": first.sha256},
        )
    number = cases.get_case(case_id).number
    assert evidence.verify(case_id) == [f"{number} B-001"]
    report = CaseFileService(cases.case_file).verify()
    assert not report.ok and report.evidence_errors == [f"{number} B-001"]
    assert "evidence: MISMATCH" in "\n".join(report.lines())


def test_cli_batch_stores_good_files_and_lists_bad_ones(case_dir: Path, tmp_path: Path) -> None:
    path = case_dir / "cli.adcase"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "adviser_desk",
            "new",
            str(path),
            "--password-stdin",
            "--kdf",
            "minimum",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.protocol_data import protocol

    service = svc.unlock_with_password(path, PASSWORD)
    cases = CaseService(service.case, protocol())
    sexual = cases.create_case(dc.CaseDraft(title="S", incident_types=[dc.IncidentType.SEXTORTION]))
    number = cases.get_case(sexual).number
    service.close()
    files = []
    for i in range(10):
        file = tmp_path / f"shot{i}.png"
        file.write_bytes(png(10 + i, 10))
        files.append(file)
    (tmp_path / "kapot.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    (tmp_path / "leeg.jpg").write_bytes(b"")
    files += [tmp_path / "kapot.png", tmp_path / "leeg.jpg", tmp_path / "weg.png"]

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "adviser_desk",
                "import-evidence",
                str(path),
                number,
                *map(str, files),
                "--password-stdin",
                *extra,
            ],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    refused = run()
    assert refused.returncode == 1
    assert refused.stdout.count("failed") == 13 and "under 18" in refused.stdout
    result = run("--confirm-no-minor-sexual-images")
    assert result.returncode == 1  # some failed
    assert result.stdout.count("added B-") == 10
    assert result.stdout.count("failed") == 3 and "10 added, 3 failed" in result.stderr
    verify = subprocess.run(
        [sys.executable, "-m", "adviser_desk", "verify", str(path), "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert verify.returncode == 0 and "10 stored items match" in verify.stdout


def filled_case(cases: CaseService, evidence: EvidenceService) -> int:
    case_id = cases.create_case(
        dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    for i in range(3):
        evidence.add_bytes(
            case_id,
            png(200 + i, 120),
            f"../../screen {i}.png",
            description=f"Screenshot {i}",
            source="getoond door de leerling",
        )
    evidence.add_url(case_id, "https://www.tiktok.com/@nep.noor/video/1", "Het nepaccount")
    evidence.add_message(
        case_id, "Als je niet betaalt zet ik het online", sender="@nep.noor", platform="TikTok"
    )
    return case_id


def test_evidence_log_has_every_hash_in_full_and_is_deterministic(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    from datetime import date

    from pypdf import PdfReader

    from adviser_desk.reports import evidence_log
    from adviser_desk.services import evidence_export as esvc

    case_id = filled_case(cases, evidence)
    target = tmp_path / "log.pdf"
    digest = esvc.export_log(evidence, case_id, target, lambda c, t: t)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    text = "".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", "")
    hashed = [item for item in evidence.items(case_id) if item.sha256]
    assert len(hashed) == 4  # three images and the message text
    for item in hashed:
        assert item.sha256 in text, item.number
    assert "Page 1 of" in text and "receiving officer" in text and "match their SHA-256" in text
    day = date(2026, 11, 21)
    data = esvc.log_data(evidence, case_id, lambda c, t: t, day)
    one = evidence_log.render(data)
    assert evidence_log.render(data) == one  # same data, same bytes
    # The print is recorded once, for the log: the next print lists it with its SHA-256.
    assert all(event[1] != "printed" for i in evidence.items(case_id) for event in i.custody)
    assert len(data.prints) == 1 and digest in data.prints[0]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
        check=True,
    )
    assert list(tmp_path.glob("page*.png")) and one.startswith(b"%PDF")


def test_reprinting_the_log_adds_one_line_not_lines_per_item(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from adviser_desk.services import evidence_export as esvc

    case_id = filled_case(cases, evidence)
    evidence.record_handover(case_id, [], "Agent Jansen", "receipt 12")
    custody = [item.custody for item in evidence.items(case_id)]
    digests, pages = [], []
    for n in range(6):
        target = tmp_path / f"log{n}.pdf"
        digests.append(esvc.export_log(evidence, case_id, target, lambda c, t: t))
        pages.append(len(PdfReader(target).pages))
    # The items keep exactly their own events (recorded, handed over); printing adds none.
    assert [item.custody for item in evidence.items(case_id)] == custody
    assert all(any(e[1] == "handed_over" for e in c) for c in custody)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "log5.pdf").pages)
    text = text.replace("\n", "")
    assert all(digest in text for digest in digests[:5]) and digests[5] not in text
    assert "first copy" in "".join(p.extract_text() for p in PdfReader(tmp_path / "log0.pdf").pages)
    assert pages[-1] <= pages[0] + 1
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", str(tmp_path / "log5.pdf"), str(tmp_path / "reprint")],
        check=True,
    )
    assert list(tmp_path.glob("reprint*.png"))


def test_police_package_checks_out_with_sha256sum(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    import csv

    from adviser_desk.services import evidence_export as esvc

    case_id = filled_case(cases, evidence)
    stick = tmp_path / "usb"
    stick.mkdir()
    folder = esvc.export_package(evidence, case_id, stick, "Agent Jansen", lambda c, t: t)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "B-001_screen_0.png",
        "B-002_screen_1.png",
        "B-003_screen_2.png",
        "SHA256SUMS",
        "evidence-log.pdf",
        "manifest.csv",
    ]
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    with open(folder / "manifest.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["number"] for row in rows] == ["B-001", "B-002", "B-003", "B-004", "B-005"]
    assert rows[3]["handle"] == "@nep.noor" and rows[4]["message"].startswith("Als je")
    custody = evidence.items(case_id)[0].custody
    assert any(
        action == "exported" and receiver == "Agent Jansen"
        for _at, action, receiver, _note in custody
    )
    assert list(stick.iterdir()) == [folder]


def test_police_package_in_dutch_has_dutch_names_and_manifest(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    """Walker: the Dutch UI wrote "… evidence …", evidence-log.pdf and an English manifest."""
    import csv
    from datetime import datetime

    from adviser_desk.services import evidence_export as esvc

    dutch = {
        ("dates", "en"): "nl",
        ("evidence", "Message"): "Bericht",
        ("evidence", "Text"): "Tekst",
        ("evidence", "Other file"): "Ander bestand",
    }
    case_id = filled_case(cases, evidence)
    # Walk 4, W8: the table showed a chat log as "Tekst", the manifest as "Ander bestand".
    chat = evidence.add_bytes(case_id, b"Noor: stuur nou\nIk: nee\n", "chatlog.txt")
    assert de.kind_label(chat.kind, chat.mime) == "Text"  # what the evidence table shows
    stick = tmp_path / "usb"
    stick.mkdir()
    folder = esvc.export_package(
        evidence, case_id, stick, "Agent", lambda c, t: dutch.get((c, t), t),
        when=datetime(2026, 12, 2, 16, 17, 19),
    )  # fmt: skip
    number = cases.get_case(case_id).number
    assert folder.name == f"{number} bewijs 2026-12-02 161719"
    names = {p.name for p in folder.iterdir()}
    assert {"bewijslijst.pdf", "manifest.csv", "SHA256SUMS"} <= names
    assert "evidence-log.pdf" not in names
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    with open(folder / "manifest.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["nummer"] == "B-001" and rows[0]["opgeslagen"] == "ja"
    assert rows[4]["soort"] == "Bericht" and rows[4]["bericht"].startswith("Als je")
    chat_row = next(row for row in rows if row["oorspronkelijke_naam"] == "chatlog.txt")
    assert chat_row["soort"] == "Tekst"


def test_takedown_steps_plan_and_close_recheck_tasks(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    from datetime import date

    from pypdf import PdfReader

    from adviser_desk.services import evidence_export as esvc

    case_id = filled_case(cases, evidence)
    url = next(i for i in evidence.items(case_id) if i.kind == de.EvidenceKind.URL)
    image = evidence.items(case_id)[0]
    with pytest.raises(EvidenceError, match="Only web addresses"):
        evidence.report_takedown(image.item_id, de.TakedownChannel.PLATFORM, date(2026, 11, 2))
    with pytest.raises(EvidenceError, match="before the date"):
        evidence.report_takedown(
            url.item_id,
            de.TakedownChannel.HELPWANTED,
            date(2026, 11, 2),
            recheck_on=date(2026, 11, 1),
        )
    evidence.report_takedown(
        url.item_id,
        de.TakedownChannel.HELPWANTED,
        date(2026, 11, 2),
        reference="melding HW-4411",
        recheck_on=date(2026, 11, 4),
        language="nl",
    )
    planned = [t for t in cases.tasks(case_id, date(2026, 11, 5)) if t.section == "evidence"]
    assert len(planned) == 1 and planned[0].title.startswith("Controleren of B-004")
    # The app's own task is stored in one wording and read in the reader's language.
    english = CaseService(cases.case_file, cases.protocol, "en")
    shown = [t.title for t in english.tasks(case_id) if t.section == "evidence"]
    assert shown == [f"Check whether B-004 is still online: {url.url}"]
    assert planned[0].due_on == date(2026, 11, 4) and planned[0].overdue
    row = evidence.record_check(
        url.item_id, de.OnlineStatus.REMOVED, date(2026, 11, 4), recheck_on=date(2026, 11, 18)
    )
    assert row.online_status == "removed" and row.recheck_on == date(2026, 11, 18)
    tasks = [t for t in cases.tasks(case_id, date(2026, 11, 5)) if t.section == "evidence"]
    assert [(t.status.value, t.due_on) for t in tasks] == [
        ("done", date(2026, 11, 4)),
        ("open", date(2026, 11, 18)),
    ]
    row = evidence.record_check(url.item_id, de.OnlineStatus.REAPPEARED, date(2026, 11, 18))
    assert row.online_status == "reappeared"
    assert all(t.status.value == "done" for t in cases.tasks(case_id) if t.section == "evidence")
    target = tmp_path / "log.pdf"
    esvc.export_log(evidence, case_id, target, lambda c, t: t)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", " ")
    assert "2 November 2026 reported to Helpwanted (trusted flagger) (melding HW-4411" in text
    assert "18 November 2026 checked: reappeared" in text


def test_hand_over_records_receiver_and_receipt(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = filled_case(cases, evidence)
    with pytest.raises(EvidenceError, match="to whom"):
        evidence.record_handover(case_id, [], "  ")
    second = evidence.items(case_id)[1]
    assert evidence.record_handover(case_id, [second.item_id], "Agent Jansen", "bon 77") == 1
    rows = evidence.items(case_id)
    assert rows[1].custody[-1][1:] == ("handed_over", "Agent Jansen", "bon 77")
    assert all(event[1] != "handed_over" for event in rows[0].custody)
    assert evidence.record_handover(case_id, [], "Wijkagent") == len(rows)


def test_cancelled_output_leaves_nothing_behind(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    from adviser_desk.domain.errors import Cancelled
    from adviser_desk.services import evidence_export as evx

    case_id = filled_case(cases, evidence)
    before = [len(i.custody) for i in evidence.items(case_id)]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(Cancelled):
        evx.export_log(
            evidence, case_id, tmp_path / "log.pdf", lambda c, t: t, cancelled=lambda: True
        )
    with pytest.raises(Cancelled):
        evx.export_package(
            evidence, case_id, tmp_path, "Agent", lambda c, t: t, cancelled=lambda: True
        )
    assert list(tmp_path.iterdir()) == []
    assert [len(i.custody) for i in evidence.items(case_id)] == before  # nothing recorded


def test_saving_the_log_where_the_folder_is_gone_says_so(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    from adviser_desk.domain.errors import KnownError
    from adviser_desk.services import evidence_export as evx

    case_id = filled_case(cases, evidence)
    before = [len(i.custody) for i in evidence.items(case_id)]
    with pytest.raises(KnownError):
        evx.export_log(evidence, case_id, tmp_path / "usb-removed" / "log.pdf", lambda c, t: t)
    # Verified, yes; printed, no: nothing claims a log that was never written.
    assert all(e[1] != "printed" for i in evidence.items(case_id) for e in i.custody)
    assert [len(i.custody) for i in evidence.items(case_id)] >= before


def test_thumbnails_are_made_after_intake_and_old_png_ones_redone_as_jpeg(
    cases: CaseService, evidence: EvidenceService
) -> None:
    case_id = filled_case(cases, evidence)
    assert evidence.missing_thumbnails(case_id)  # PNG screenshots get theirs after storing
    evidence.make_missing_thumbnails(case_id)
    thumbs = evidence.thumbnails(case_id)
    assert thumbs and all(data[:2] == b"\xff\xd8" for data in thumbs.values())
    assert evidence.missing_thumbnails(case_id) == []
    # A PNG thumbnail as files written before revision 0008 kept them is redone as JPEG.
    png = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 0, 0)).save(png, "PNG")
    with evidence.case_file.transaction() as session:
        session.execute(text("UPDATE evidence_thumbnails SET data = :d"), {"d": png.getvalue()})
    assert len(evidence.missing_thumbnails(case_id)) == len(thumbs)
    assert evidence.make_missing_thumbnails(case_id) == len(thumbs)
    assert all(data[:2] == b"\xff\xd8" for data in evidence.thumbnails(case_id).values())
    assert evidence.missing_thumbnails(case_id) == []


def test_the_evidence_log_says_so_when_there_are_no_stored_files_to_check(
    cases: CaseService, evidence: EvidenceService
) -> None:
    """Walk 10, W10-5: with only a message and an address it said "all 0 stored items match
    their SHA-256"; one stored file is "the one", not "all 1"."""
    from adviser_desk.services import evidence_export as esvc

    case_id = cases.create_case(
        dc.CaseDraft(title="Dreigbericht", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    evidence.add_message(case_id, "Als je niet 50 euro stuurt", sender="daan_2011")
    evidence.add_url(case_id, "https://www.instagram.com/p/Cx9fake", "Het bericht")
    data = esvc.log_data(evidence, case_id, lambda c, t: t)
    assert data.verification == "there are no stored files to check"
    evidence.add_bytes(case_id, png(120, 80), "screen.png", description="Screenshot")
    data = esvc.log_data(evidence, case_id, lambda c, t: t)
    assert data.verification == "the one stored item matches its SHA-256"
