"""The case file check's report in the reader's language, one text for the window's details and
the ``adviser-desk verify`` command (it printed English only, whatever the system's language).

QtCore only: the command never starts a window. Its words come from our compiled catalogue
(adviser_desk.catalogues), the window's from the translators it installed. The technical error
lines themselves (damaged pages, SQLite's messages) stay as the storage layer wrote them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from adviser_desk.catalogues import Catalogue
    from adviser_desk.services.case_file_service import IntegrityReport
    from adviser_desk.storage.wal_check import WalDamage

SHOWN_ERRORS = 20


class IntegrityText(QObject):
    """``catalogue``: the command's words (None: the window's installed translators)."""

    def __init__(self, catalogue: Catalogue | None = None) -> None:
        super().__init__()
        self.catalogue = catalogue

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if self.catalogue is None:
            return QCoreApplication.translate("IntegrityText", text, disambiguation, n)
        found = self.catalogue.translator.translate("IntegrityText", text, disambiguation, n)
        return (found or text).replace("%n", str(n)) if n >= 0 else (found or text)

    def lines(self, report: IntegrityReport) -> list[str]:
        ok, damaged = self.tr("OK"), self.tr("DAMAGED")
        out = [
            self.tr("encrypted pages: {result}").format(
                result=damaged if report.page_errors else ok
            )
        ]
        out += [f"  {line}" for line in report.page_errors[:SHOWN_ERRORS]]
        if not report.structure_checked:
            out.append(self.tr("database structure: skipped (the encrypted pages are damaged)"))
        else:
            out.append(
                self.tr("database structure: {result}").format(
                    result=damaged if report.structure_errors else ok
                )
            )
        out += [f"  {line}" for line in report.structure_errors[:SHOWN_ERRORS]]
        chain = report.chain
        if chain is None:
            out.append(self.tr("audit chain: not checked (the database could not be read)"))
        elif chain.intact:
            out.append(
                self.tr("audit chain: OK, %n event(s), head {head}", "", chain.events).format(
                    head=chain.head
                )
            )
        else:
            out.append(
                self.tr(
                    "audit chain: BROKEN at event {seq} ({reason}); "
                    "%n event(s) before it are intact",
                    "",
                    chain.events,
                ).format(seq=chain.broken_at, reason=chain.reason)
            )
        if report.evidence_errors:
            out.append(
                self.tr("evidence: MISMATCH for {items}").format(
                    items=", ".join(report.evidence_errors)
                )
            )
        elif chain is not None:
            out.append(
                self.tr(
                    "evidence: OK, %n stored item(s) match their SHA-256",
                    "",
                    report.evidence_checked,
                )
            )
        return out

    def chain_head(self, head: str, seq: int | None) -> str:
        """A printed chain head looked for (``adviser-desk verify --chain-head``)."""
        if seq is not None:
            return self.tr(
                "chain head {head}: found at event {seq}, history up to it unchanged"
            ).format(head=head, seq=seq)
        return self.tr(
            "chain head {head}: NOT FOUND - the history was rewritten since it was printed, or "
            "the head belongs to another case file (or was mistyped)"
        ).format(head=head)

    def lost(self, lost: WalDamage) -> str:
        return self.tr(
            "recent changes: LOST at this open ({lost} of {committed} pages in the damaged "
            "-wal); copy kept as {copy}"
        ).format(
            lost=lost.frames_committed - lost.frames_recovered,
            committed=lost.frames_committed,
            copy=lost.copy,
        )

    def verdict(self, ok: bool, path: object) -> str:
        """The last line; a script reads the exit code (0: every check passed)."""
        if ok:
            return self.tr("OK: {path}").format(path=path)
        return self.tr("PROBLEM: {path}").format(path=path)
