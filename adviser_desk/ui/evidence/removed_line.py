"""The line under the evidence list after stored originals were removed. A copy in another case
is named after this case's own items, with its case first (walk K, finding 8: "kept as a
description: B-003, B-004 (2026-002)" sat right under "2 files still wait …: B-004, B-005",
so B-004 read as both removed and waiting, though they were different files in different
cases)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from adviser_desk.services.evidence_service import StoredCopy


class RemovedLine(QObject):
    """Says which items of this case lost their stored original, then where the same file was
    removed elsewhere, each with "case" as the removal form says it, in at most two short
    sentences (walk M, finding 5: "B-004; the same file in 2026-001 (B-002)" had two
    semicolons and a colon in one line, and "only the description" though more is kept)."""

    def text(self, changed: list[StoredCopy], case_id: int | None) -> str:
        here = ", ".join(c.number for c in changed if c.case_id == case_id)
        elsewhere = ", ".join(
            self.tr("{number} in case {case}").format(number=c.number, case=c.case_number)
            for c in changed
            if c.case_id != case_id
        )
        if not here:
            return self.tr("Stored original removed, the record is kept: {items}.").format(
                items=elsewhere
            )
        text = self.tr("{numbers}: stored original removed, the record is kept.").format(
            numbers=here
        )
        if elsewhere:
            text += " " + self.tr("Also removed: {items}.").format(items=elsewhere)
        return text
