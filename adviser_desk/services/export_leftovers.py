"""Unencrypted exports that a crash left half-written, found and removed.

A police package is written into a hidden ``.<name>.partial`` folder that is renamed once
complete. Killed halfway, the folder stays, holding plaintext originals. Its place is
recorded in the audit chain before the first byte is written, so the next open of the case
file (or the next export into the same folder) removes it, and records that it did.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

from sqlalchemy import select

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services.actor import actor
from adviser_desk.storage import audit_log
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.errors import StorageError
from adviser_desk.storage.models import AuditEvent

STARTED = AuditAction.EVIDENCE_EXPORT_STARTED
REMOVED = AuditAction.EVIDENCE_EXPORT_PARTIAL_REMOVED
_PARTIAL = re.compile(r"^\..+ evidence \d{4}-\d{2}-\d{2} \d{6}\.partial$")


def record_start(case: CaseFile, partial: Path, receiver: str = "") -> None:
    with case.transaction() as session:
        details = {"receiver": receiver} if receiver else None
        audit_log.append(session, actor(session), STARTED, str(partial), details)


def remove_leftovers(case: CaseFile, folder: Path | None = None) -> list[Path]:
    """Removes partial exports recorded in the chain (and, with ``folder``, any in that
    folder); returns what was removed. Each removal is audited."""
    try:
        with case.transaction() as session:
            recorded = {
                Path(subject)
                for subject in session.scalars(
                    select(AuditEvent.subject).where(AuditEvent.action == STARTED)
                )
            }
    except StorageError:
        # A damaged chain must not keep the file from opening (verify has to run): the
        # leftovers are then found at the next export into their folder.
        recorded = set()
    candidates = {p for p in recorded if p.name.endswith(".partial")}
    if folder is not None and folder.is_dir():
        candidates |= {p for p in folder.iterdir() if _PARTIAL.match(p.name)}
    removed = []
    for partial in sorted(candidates):
        if not partial.is_dir() or partial.is_symlink():
            continue
        shutil.rmtree(partial, ignore_errors=True)
        if partial.exists():
            continue  # could not be removed (read-only stick): tried again next time
        removed.append(partial)
        with contextlib.suppress(StorageError), case.transaction() as session:
            audit_log.append(session, actor(session), REMOVED, str(partial))
    return removed
