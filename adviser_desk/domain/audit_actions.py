"""Every action the audit chain records: one enum, each member with a readable label.

The chain stores the stable id (the member's value); the audit view shows the translated
label. Services append members of :class:`AuditAction` only (the storage layer's ``append`` is
typed that way), and a test checks that every member has a label.
"""

from __future__ import annotations

from enum import StrEnum

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "audit_actions"


class AuditAction(StrEnum):
    # The case file
    CASE_FILE_CREATED = "case_file.created"
    WAL_DAMAGED = "case_file.wal_damaged"
    RECOVERY_SHEET_EXPORTED = "recovery_sheet.exported"
    RECOVERY_KEY_CONFIRMED = "recovery_key.confirmed_stored"
    UNLOCKED_WITH_RECOVERY_KEY = "unlocked.recovery_key"
    PASSWORD_CHANGED = "password.changed"  # noqa: S105 (an action id, not a password)
    PASSWORD_RESET = "password.reset_with_recovery_key"  # noqa: S105
    PASSWORD_CHANGE_FAILED = "password.change_failed"  # noqa: S105
    KEY_SLOTS_RECREATED = "key_slots.recreated"
    KEYRING_REMEMBERED = "keyring.remembered"
    KEYRING_FORGOTTEN = "keyring.forgotten"
    BACKUP_MADE = "backup.made"
    BACKUP_PARTIAL_REMOVED = "backup.partial_removed"
    RESTORED_FROM_BACKUP = "case_file.restored"
    RAW_KEY_SHOWN = "raw_key.shown"
    ADVISER_ADDED = "adviser.added"
    ADVISER_REMOVED = "adviser.removed"
    CASE_FILE_REKEYED = "case_file.rekeyed"
    PROFILE_UPDATED = "profile.updated"
    LETTERHEAD_UPDATED = "profile.letterhead_updated"
    RETENTION_CHANGED = "profile.retention"
    # Cases
    CASE_CREATED = "case.created"
    CASE_UPDATED = "case.updated"
    CASE_PURGED = "case.purged"
    CASE_SUMMARY_EXPORTED = "case.summary_exported"
    CASE_HANDED_OVER = "case.handed_over"
    CASE_RECEIVED = "case.received"
    PERSON_ADDED = "person.added"
    PERSON_CHANGED = "person.changed"
    PERSON_REMOVED = "person.removed"
    TASK_ADDED = "task.added"
    TASK_UPDATED = "task.updated"
    NOTE_ADDED = "note.added"
    NOTE_REMOVED = "note.removed"
    # Interviews
    INTERVIEW_STARTED = "interview.started"
    INTERVIEW_CLOSED = "interview.closed"
    INTERVIEW_SPEAKER_CHANGED = "interview.speaker_changed"
    # The note the lock (or the file's closing) makes of what was typed for closing a
    # conversation: it stays in the record, and the adviser may undo it (NOTE_REMOVED).
    INTERVIEW_NOTE_ADDED = "interview.note_added"
    INTERVIEW_NOTE_REMOVED = "interview.note_removed"
    INTERVIEW_RECORD_EXPORTED = "interview.record_exported"
    INTERVIEW_RECORD_PRINTED = "interview.record_printed"
    # Evidence
    EVIDENCE_RECORDED = "evidence.recorded"
    EVIDENCE_BATCH_CONFIRMED_NO_MINOR = "evidence.batch_confirmed_no_minor"
    EVIDENCE_TAKEDOWN_REPORTED = "evidence.takedown_reported"
    EVIDENCE_TAKEDOWN_CHECKED = "evidence.takedown_checked"
    EVIDENCE_HANDED_OVER = "evidence.handed_over"
    # Before revision 0019 a print and a save as PDF were both recorded as log_printed; now
    # each is recorded as what it was (walk 14, W14-10).
    EVIDENCE_LOG_PRINTED_OR_SAVED = "evidence.log_printed"
    EVIDENCE_LOG_PRINTED = "evidence.log.printed"
    EVIDENCE_LOG_SAVED = "evidence.log.saved_as_pdf"
    EVIDENCE_EXPORTED = "evidence.exported"
    EVIDENCE_EXPORT_STARTED = "evidence.export_started"
    EVIDENCE_EXPORT_PARTIAL_REMOVED = "evidence.export_partial_removed"
    EVIDENCE_ORIGINAL_REMOVED = "evidence.original_removed"
    EVIDENCE_DESCRIPTION_CHANGED = "evidence.description_changed"
    EVIDENCE_MINOR_QUESTION_PENDING = "evidence.minor_question_pending"
    EVIDENCE_ANSWERED_NO_MINOR = "evidence.answered_no_minor"
    # Letters
    LETTER_SAVED = "letter.saved"
    LETTER_PRINTED = "letter.printed"
    LETTER_EXPORTED = "letter.exported"
    # The Meldcode and the annual report
    MELDCODE_STEP_RECORDED = "meldcode.step_recorded"
    MELDCODE_STEP_CLEARED = "meldcode.step_cleared"
    ANNUAL_REPORT_EXPORTED = "annual_report.exported"


LABELS: dict[AuditAction, str] = {
    AuditAction.CASE_FILE_CREATED: QT_TRANSLATE_NOOP("audit_actions", "Case file created"),
    AuditAction.WAL_DAMAGED: QT_TRANSLATE_NOOP(
        "audit_actions", "Recent changes lost after an unclean shutdown (copy kept)"
    ),
    AuditAction.RECOVERY_SHEET_EXPORTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Recovery sheet saved or printed"
    ),
    AuditAction.RECOVERY_KEY_CONFIRMED: QT_TRANSLATE_NOOP(
        "audit_actions", "Recovery key confirmed as stored"
    ),
    AuditAction.UNLOCKED_WITH_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "audit_actions", "Opened with the recovery key"
    ),
    AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Password changed"),
    AuditAction.PASSWORD_RESET: QT_TRANSLATE_NOOP(
        "audit_actions", "New password set with the recovery key"
    ),
    AuditAction.PASSWORD_CHANGE_FAILED: QT_TRANSLATE_NOOP(
        "audit_actions", "Password change not completed (the key file could not be written)"
    ),
    AuditAction.KEY_SLOTS_RECREATED: QT_TRANSLATE_NOOP("audit_actions", "Key file made anew"),
    AuditAction.KEYRING_REMEMBERED: QT_TRANSLATE_NOOP("audit_actions", "Remembered on a computer"),
    AuditAction.KEYRING_FORGOTTEN: QT_TRANSLATE_NOOP("audit_actions", "Forgotten on a computer"),
    AuditAction.ADVISER_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Adviser given access"),
    AuditAction.ADVISER_REMOVED: QT_TRANSLATE_NOOP("audit_actions", "Adviser's access removed"),
    AuditAction.CASE_FILE_REKEYED: QT_TRANSLATE_NOOP(
        "audit_actions", "Case file re-keyed (new key and recovery key)"
    ),
    AuditAction.BACKUP_MADE: QT_TRANSLATE_NOOP("audit_actions", "Backup made"),
    AuditAction.RESTORED_FROM_BACKUP: QT_TRANSLATE_NOOP("audit_actions", "Restored from a backup"),
    AuditAction.BACKUP_PARTIAL_REMOVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Unfinished backup removed"
    ),
    AuditAction.RAW_KEY_SHOWN: QT_TRANSLATE_NOOP(
        "audit_actions", "Raw database key shown to IT staff"
    ),
    AuditAction.PROFILE_UPDATED: QT_TRANSLATE_NOOP(
        "audit_actions", "Adviser and school details changed"
    ),
    AuditAction.LETTERHEAD_UPDATED: QT_TRANSLATE_NOOP("audit_actions", "Letterhead changed"),
    AuditAction.RETENTION_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Retention period changed"),
    AuditAction.CASE_CREATED: QT_TRANSLATE_NOOP("audit_actions", "Case created"),
    AuditAction.CASE_UPDATED: QT_TRANSLATE_NOOP("audit_actions", "Case changed"),
    AuditAction.CASE_PURGED: QT_TRANSLATE_NOOP("audit_actions", "Case purged after retention"),
    AuditAction.CASE_SUMMARY_EXPORTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Case summary saved as PDF"
    ),
    AuditAction.CASE_HANDED_OVER: QT_TRANSLATE_NOOP(
        "audit_actions", "Case handed over to another case file"
    ),
    AuditAction.CASE_RECEIVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Case received from another case file"
    ),
    AuditAction.PERSON_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Person added to a case"),
    AuditAction.PERSON_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Person in a case changed"),
    AuditAction.PERSON_REMOVED: QT_TRANSLATE_NOOP("audit_actions", "Person removed from a case"),
    AuditAction.TASK_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Task added"),
    AuditAction.TASK_UPDATED: QT_TRANSLATE_NOOP("audit_actions", "Task changed"),
    AuditAction.NOTE_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Note added"),
    AuditAction.NOTE_REMOVED: QT_TRANSLATE_NOOP("audit_actions", "Note undone"),
    AuditAction.INTERVIEW_STARTED: QT_TRANSLATE_NOOP("audit_actions", "Interview started"),
    AuditAction.INTERVIEW_CLOSED: QT_TRANSLATE_NOOP("audit_actions", "Interview closed"),
    AuditAction.INTERVIEW_SPEAKER_CHANGED: QT_TRANSLATE_NOOP(
        "audit_actions", "Interview line: speaker corrected"
    ),
    AuditAction.INTERVIEW_NOTE_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Interview note added"),
    AuditAction.INTERVIEW_NOTE_REMOVED: QT_TRANSLATE_NOOP("audit_actions", "Interview note undone"),
    AuditAction.INTERVIEW_RECORD_EXPORTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Interview record saved as PDF"
    ),
    AuditAction.INTERVIEW_RECORD_PRINTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Interview record printed"
    ),
    AuditAction.EVIDENCE_RECORDED: QT_TRANSLATE_NOOP("audit_actions", "Evidence recorded"),
    AuditAction.EVIDENCE_BATCH_CONFIRMED_NO_MINOR: QT_TRANSLATE_NOOP(
        "audit_actions", "Confirmed: no sexual images of minors in an import"
    ),
    AuditAction.EVIDENCE_TAKEDOWN_REPORTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Web address reported for removal"
    ),
    AuditAction.EVIDENCE_TAKEDOWN_CHECKED: QT_TRANSLATE_NOOP(
        "audit_actions", "Checked whether a web address is still online"
    ),
    AuditAction.EVIDENCE_HANDED_OVER: QT_TRANSLATE_NOOP("audit_actions", "Evidence handed over"),
    AuditAction.EVIDENCE_LOG_PRINTED_OR_SAVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Evidence log printed or saved"
    ),
    AuditAction.EVIDENCE_LOG_PRINTED: QT_TRANSLATE_NOOP("audit_actions", "Evidence log printed"),
    AuditAction.EVIDENCE_LOG_SAVED: QT_TRANSLATE_NOOP("audit_actions", "Evidence log saved as PDF"),
    AuditAction.EVIDENCE_EXPORTED: QT_TRANSLATE_NOOP("audit_actions", "Evidence exported"),
    AuditAction.EVIDENCE_EXPORT_STARTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Export for the police started"
    ),
    AuditAction.EVIDENCE_EXPORT_PARTIAL_REMOVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Unfinished export removed"
    ),
    AuditAction.EVIDENCE_ORIGINAL_REMOVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Stored original removed: may be a sexual image of a minor"
    ),
    AuditAction.EVIDENCE_DESCRIPTION_CHANGED: QT_TRANSLATE_NOOP(
        "audit_actions", "Evidence description changed"
    ),
    AuditAction.EVIDENCE_MINOR_QUESTION_PENDING: QT_TRANSLATE_NOOP(
        "audit_actions", "Stored files wait for the question about minors (case became sexual)"
    ),
    AuditAction.EVIDENCE_ANSWERED_NO_MINOR: QT_TRANSLATE_NOOP(
        "audit_actions", "Answered for a stored file: no sexual image of a minor"
    ),
    AuditAction.LETTER_SAVED: QT_TRANSLATE_NOOP("audit_actions", "Letter saved"),
    AuditAction.LETTER_PRINTED: QT_TRANSLATE_NOOP("audit_actions", "Letter printed"),
    AuditAction.LETTER_EXPORTED: QT_TRANSLATE_NOOP("audit_actions", "Letter saved as PDF"),
    AuditAction.MELDCODE_STEP_RECORDED: QT_TRANSLATE_NOOP(
        "audit_actions", "Meldcode step recorded"
    ),
    AuditAction.MELDCODE_STEP_CLEARED: QT_TRANSLATE_NOOP("audit_actions", "Meldcode step cleared"),
    AuditAction.ANNUAL_REPORT_EXPORTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Anonymised annual report saved"
    ),
}


def label(action: str) -> str:
    """The English label; an unknown (newer) action shows its id."""
    try:
        return LABELS[AuditAction(action)]
    except ValueError:
        return action


def takedown(action: str) -> AuditAction:
    """The action for a takedown step ('reported' or 'checked')."""
    return AuditAction(f"evidence.takedown_{action}")


def letter_output(action: str) -> AuditAction:
    """The action for a letter output ('printed' or 'exported')."""
    return AuditAction(f"letter.{action}")
