"""The look at files before the intake dialog (walk 5, W5-10 and its review): damaged images
are found before the adviser describes them, and what it found for an image is not worked
out again when the very same file (same path, size and modification time) is stored."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from adviser_desk.domain import cases as dc
from adviser_desk.services import evidence_intake
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake, quick_look
from adviser_desk.services.evidence_service import EvidenceService


def _image(path: Path, fmt: str, colour: tuple[int, int, int]) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (90, 60), colour).save(buffer, fmt)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_file_checked_before_the_dialog_is_not_read_through_again_unless_it_changed(
    cases: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence = EvidenceService(cases, max_bytes=2 * 1024 * 1024)
    case_id = cases.create_case(
        dc.CaseDraft(title="Pesten", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    shot = _image(tmp_path / "shot.png", "PNG", (10, 80, 200))
    gif = _image(tmp_path / "anim.gif", "GIF", (200, 80, 10))
    changed = _image(tmp_path / "later.png", "PNG", (90, 90, 90))
    note = tmp_path / "chat.txt"
    note.write_text("Milan: stuur door\n", encoding="utf-8")
    whole = (tmp_path / "shot.png").read_bytes()
    broken = tmp_path / "kapot.png"
    broken.write_bytes(whole[: len(whole) // 2])
    paths = [shot, gif, changed, note, broken]
    steps: list[tuple[int, int]] = []

    look = quick_look(paths, evidence.max_bytes, lambda done, total: steps.append((done, total)))
    assert [(p.name, "damaged or cut off" in str(e.args)) for p, e in look.refused] == [
        ("kapot.png", True)
    ]
    assert look.plain_text == {note}
    assert look.may_hold_picture([note]) is False and look.may_hold_picture(paths) is True
    assert {stamp.path for stamp in look.checked} == {
        str(p.absolute()) for p in (shot, gif, changed)
    }
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)

    # One file is written again after the look (another modification time): only that one
    # is checked again when stored.
    info = changed.stat()
    os.utime(changed, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    looked_at: list[int] = []
    real = evidence_intake.image_facts

    def counted(data: bytes, name: str) -> evidence_intake.ImageFacts:
        looked_at.append(len(data))
        return real(data, name)

    monkeypatch.setattr(evidence_intake, "image_facts", counted)
    result = evidence.add_files(case_id, [shot, gif, changed, note], Intake(), checked=look.checked)
    assert not result.failed and len(result.added) == 4
    assert looked_at == [changed.stat().st_size]
    rows = {row.original_name: row for row in evidence.items(case_id)}
    assert (rows["shot.png"].width, rows["shot.png"].height) == (90, 60)
    assert (rows["anim.gif"].width, rows["anim.gif"].height) == (90, 60)
    # The GIF's thumbnail, made during the look, is the one stored with it.
    assert rows["anim.gif"].item_id in evidence.thumbnails(case_id)
