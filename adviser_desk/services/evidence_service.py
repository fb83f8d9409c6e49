"""Recording evidence like a forensic exhibit: original bytes hashed at intake and stored
unaltered inside the encrypted case file, numbered per case, with a chain of custody.

Sexual images of minors are never stored: when the case or the adviser says an image may be
sexual, the caller must answer whether it shows someone under 18. If so, only the
description, where it is, who saw it and the hash of the file as received are recorded.

The work is split by job: intake of files (evidence_recording), typed entries and
withheld images (evidence_entries), reads (evidence_queries), takedown
(evidence_takedown), hand-over and verification (evidence_custody), removing a stored
original that may be a sexual image of a minor (evidence_withholding), files waiting for
the question about minors (evidence_pending), sharing one base
(evidence_base) and one row builder (evidence_rows.item_row). EvidenceService is the one
object the session builds from them.
"""

from __future__ import annotations

from adviser_desk.services.evidence_base import BATCH_BYTES as BATCH_BYTES
from adviser_desk.services.evidence_base import BATCH_ITEMS as BATCH_ITEMS
from adviser_desk.services.evidence_base import EvidenceBase as EvidenceBase
from adviser_desk.services.evidence_custody import EvidenceCustody
from adviser_desk.services.evidence_entries import EvidenceEntries
from adviser_desk.services.evidence_intake import EvidenceError as EvidenceError
from adviser_desk.services.evidence_intake import MinorQuestionError as MinorQuestionError
from adviser_desk.services.evidence_pending import EvidencePending
from adviser_desk.services.evidence_queries import EvidenceQueries
from adviser_desk.services.evidence_recording import EvidenceIntake
from adviser_desk.services.evidence_rows import ImportResult as ImportResult
from adviser_desk.services.evidence_rows import ItemRow as ItemRow
from adviser_desk.services.evidence_rows import TakedownRow as TakedownRow
from adviser_desk.services.evidence_rows import item_row as item_row
from adviser_desk.services.evidence_takedown import EvidenceTakedown
from adviser_desk.services.evidence_withholding import EvidenceWithholding
from adviser_desk.services.evidence_withholding import StoredCopy as StoredCopy


class EvidenceService(
    EvidenceIntake,
    EvidenceEntries,
    EvidenceQueries,
    EvidenceTakedown,
    EvidenceCustody,
    EvidenceWithholding,
    EvidencePending,
):
    """All evidence use cases of one case file (built once, in the session)."""
