"""The composition root of an unlocked case file.

A :class:`CaseFileSession` is built once, when a case file is unlocked (or created). It holds
the open file, one instance of every service working on it (built here, with the settings
passed in, never read per call) and the identity of the adviser who unlocked it. The window,
its pages and dialogs, and the command line all receive this one object; locking or closing
the file ends it.

A new service is added here, once, and is then reachable everywhere a session is.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from adviser_desk.domain import evidence as de
from adviser_desk.services.actor import actor
from adviser_desk.services.advisers import AdviserService
from adviser_desk.services.annual_report_service import AnnualReportService
from adviser_desk.services.case_file_service import CaseFileService
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.handover import HandoverService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.letter_service import LetterService
from adviser_desk.services.meldcode_service import MeldcodeService
from adviser_desk.services.protocol_data import interview_guide, protocol


@dataclass(frozen=True)
class SessionSettings:
    """The preferences the services need, read once by whoever opens the session."""

    language: str = "nl"  # the protocol's language for new tasks
    evidence_max_bytes: int = de.DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Identity:
    """Who unlocked the case file: the adviser whose password (or remembered key) opened it,
    named as the case file lists them, else the computer login."""

    name: str
    login: str


class CaseFileSession:
    """One unlocked case file with its services; ``close()`` ends it and forgets the key."""

    def __init__(self, file: CaseFileService, settings: SessionSettings | None = None) -> None:
        self.file = file
        self.settings = settings or SessionSettings()
        self.cases = CaseService(file.case, protocol(), self.settings.language)
        self.evidence = EvidenceService(self.cases, self.settings.evidence_max_bytes)
        self.letters = LetterService(self.cases, self.evidence)
        self.interviews = InterviewService(self.cases, interview_guide())
        self.meldcode = MeldcodeService(file.case, self.cases.repository)
        self.annual_report = AnnualReportService(file.case, self.cases.protocol)
        self.advisers = AdviserService(file.case)
        self.handover = HandoverService(self)
        self.identity = self._who()

    def _who(self) -> Identity:
        with self.file.case.reading() as session:
            return Identity(actor(session), getpass.getuser())

    @property
    def is_open(self) -> bool:
        return self.file.case.is_open

    def apply(self, settings: SessionSettings) -> None:
        """New preferences (Settings dialog) reach the services without a new session."""
        self.settings = settings
        self.evidence.max_bytes = settings.evidence_max_bytes

    def update_profile(self, adviser_name: str, school_name: str) -> None:
        """Renaming the adviser changes who this session acts as from now on."""
        self.file.update_profile(adviser_name, school_name)
        self.identity = self._who()

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> CaseFileSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
