"""The anonymised annual report: counting the year's cases and saving it as PDF and CSV."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from adviser_desk.domain import annual_report as dar
from adviser_desk.domain import cases as dc
from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.dates import SHORT_MONTHS, long_date
from adviser_desk.domain.protocol import Protocol
from adviser_desk.reports import annual_report as ra
from adviser_desk.services.actor import actor
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import Case, MeldcodeEntry, Task
from adviser_desk.storage.repositories import profile

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Saved:
    pdf_sha256: str
    csv_sha256: str | None


class AnnualReportService:
    def __init__(self, case_file: CaseFile, protocol: Protocol) -> None:
        self.case_file = case_file
        self.protocol = protocol

    def years(self) -> list[int]:
        """The years cases were opened in, newest first (the choices for the report)."""
        with self.case_file.reading() as session:
            opened = session.scalars(select(Case.opened_on)).all()
        return sorted({d.year for d in opened}, reverse=True)

    def facts(self) -> list[dar.CaseFacts]:
        """Every case as the report may see it: no name, number, title or text leaves here."""
        with self.case_file.reading() as session:
            referrals: dict[int, set[str]] = {}
            for case_id, keys in session.execute(
                select(Task.case_id, Task.referrals).where(Task.status == "done")
            ):
                referrals.setdefault(case_id, set()).update(keys or ())
            reported = set(
                session.scalars(
                    select(MeldcodeEntry.case_id).where(
                        MeldcodeEntry.step == dm.Step.REPORT_DECISION.value,
                        MeldcodeEntry.answer == dm.Answer.YES.value,
                    )
                )
            )
            rows = session.execute(
                select(
                    Case.id,
                    Case.opened_on,
                    Case.closed_on,
                    Case.status,
                    Case.incident_types,
                    Case.police_report,
                    Case.outcome,
                )
            ).all()
        return [
            dar.CaseFacts(
                opened_on=opened,
                closed_on=closed,
                status=dc.CaseStatus(status),
                incident_types=tuple(dc.IncidentType(t) for t in types or ()),
                police_report=dc.PoliceReport(police),
                referrals=frozenset(referrals.get(case_id, ())),
                reported_to_veilig_thuis=case_id in reported,
                outcome=dc.CaseOutcome(outcome),
            )
            for case_id, opened, closed, status, types, police, outcome in rows
        ]

    def report(self, year: int) -> dar.AnnualReport:
        return dar.build(year, self.facts(), tuple(self.protocol.referrals))

    def labels(self, translate: Translate, language: str) -> ra.Labels:
        return ra.Labels(
            incident_types={
                t.value: translate("cases", dc.INCIDENT_LABELS[t]) for t in dc.IncidentType
            },
            outcomes={s.value: translate("cases", dc.STATUS_LABELS[s]) for s in dc.CaseStatus},
            endings={o.value: translate("cases", dc.OUTCOME_LABELS[o]) for o in dc.CaseOutcome},
            police={
                k.value: translate("cases", dc.POLICE_REPORT_LABELS[k]) for k in dc.PoliceReport
            },
            referrals={key: card.name for key, card in self.protocol.referrals.items()},
            months=SHORT_MONTHS.get(language, SHORT_MONTHS["en"]),
        )

    def save(
        self,
        year: int,
        pdf_target: Path,
        translate: Translate,
        language: str,
        csv_target: Path | None = None,
        today: date | None = None,
    ) -> Saved:
        """Writes the PDF (and the CSV) and records that it was made: an audit event with the
        files' SHA-256, so a printed report can be matched to the case file later."""
        report = self.report(year)
        with self.case_file.reading() as session:
            prof = profile(session)
            heading = ra.Heading(
                school=prof.school_name,
                adviser=prof.adviser_name or actor(session),
                made_on=long_date(today or date.today(), language),
            )
        labels = self.labels(translate, language)
        pdf = ra.render(report, labels, heading, translate)
        write_atomic(pdf_target, pdf)
        csv_digest = None
        if csv_target is not None:
            # UTF-8 with a byte-order mark and, in Dutch, semicolons: what a spreadsheet
            # on a Dutch school laptop opens into columns with the accents intact.
            text = ra.csv_text(report, labels, translate, ";" if language == "nl" else ",")
            data = text.encode("utf-8-sig")
            write_atomic(csv_target, data)
            csv_digest = hashlib.sha256(data).hexdigest()
        saved = Saved(hashlib.sha256(pdf).hexdigest(), csv_digest)
        with self.case_file.transaction() as session:
            details: dict[str, object] = {"year": year, "pdf_sha256": saved.pdf_sha256}
            if csv_digest is not None:
                details["csv_sha256"] = csv_digest
            audit_log.append(
                session, actor(session), AuditAction.ANNUAL_REPORT_EXPORTED, str(year), details
            )
        return saved
