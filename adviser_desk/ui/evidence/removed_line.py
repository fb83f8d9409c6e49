"""The line under the evidence list after stored originals were removed. A copy in another case
is named after this case's own items, with its case first (walk K, finding 8: "kept as a
description: B-003, B-004 (2026-002)" sat right under "2 files still wait …: B-004, B-005",
so B-004 read as both removed and waiting, though they were different files in different
cases)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from adviser_desk.services.evidence_service import StoredCopy


class RemovedLine(QObject):
    """Says which items of this case lost their stored original, and where the same file was
    removed elsewhere: "B-003; the same file in 2026-002 (B-004)"."""

    def text(self, changed: list[StoredCopy], case_id: int | None) -> str:
        here = [c.number for c in changed if c.case_id == case_id]
        elsewhere = [c for c in changed if c.case_id != case_id]
        named = ", ".join(here)
        if elsewhere:
            others = ", ".join(f"{c.case_number} ({c.number})" for c in elsewhere)
            if here:
                files = len({c.sha256 for c in elsewhere})
                named = self.tr("{numbers}; the same file(s) in {others}", "", files).format(
                    numbers=named, others=others
                )
            else:
                named = others
        return self.tr("Stored original removed; kept as a description: {numbers}.").format(
            numbers=named
        )
