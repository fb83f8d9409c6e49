"""The hand-over's refusals speak of more than one file in the plural (walk H, finding 8:
"select it" after a list of two numbers), for stored copies of withheld bytes as for files that
wait, with the dialog's own last sentence: two real case files, real media."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.services import minor_pending
from adviser_desk.services.evidence_intake import EvidenceError
from tests import media
from tests.services.test_handover import open_session

FILES = {name: data for name, _category, data in media.made("development")}


def test_two_stored_copies_of_withheld_bytes_are_named_in_the_plural(case_dir: Path) -> None:
    with open_session(case_dir / "Eigen.adcase", "Anna Jansen") as source:
        draft = dc.CaseDraft(title="Afpersing", incident_types=[dc.IncidentType.SEXTORTION])
        case_id = source.cases.create_case(draft)
        evidence = source.evidence
        kept = []
        for name in ("foto.webp", "foto.gif"):
            kept.append(evidence.add_bytes(case_id, FILES[name], name, minor_sexual=False))
            evidence.add_bytes(
                case_id,
                FILES[name],
                name,
                description="Beschrijving",
                minor_sexual=True,
                where="x",
                seen_by="y",
            )
        with pytest.raises(EvidenceError) as caught:
            source.handover.check_evidence([case_id], minor_pending.HAND_OVER_OFF)
        message = str(caught.value)
        numbers = f"{kept[0].number}, {kept[1].number}"
        assert message.startswith(f"The stored originals of {numbers} are the same files"), message
        assert "select the items on the Evidence tab one by one" in message
        assert message.endswith("Until then Hand over stays off.")
        evidence.withhold_stored(kept[1].item_id)
        with pytest.raises(EvidenceError) as caught:
            source.handover.check_evidence([case_id])
        message = str(caught.value)
        assert message.startswith(f"The stored original of {kept[0].number} is the same file")
        assert "select the item on the Evidence tab" in message
        assert message.endswith("Nothing was handed over.")
