"""Readable names for the audit chain's actions (the chain itself stores the stable ids)."""

from __future__ import annotations

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "audit_actions"

LABELS = {
    "case_file.created": QT_TRANSLATE_NOOP("audit_actions", "Case file created"),
    "recovery_sheet.exported": QT_TRANSLATE_NOOP(
        "audit_actions", "Recovery sheet saved or printed"
    ),
    "recovery_key.confirmed_stored": QT_TRANSLATE_NOOP(
        "audit_actions", "Recovery key confirmed as stored"
    ),
    "unlocked.recovery_key": QT_TRANSLATE_NOOP("audit_actions", "Opened with the recovery key"),
    "password.changed": QT_TRANSLATE_NOOP("audit_actions", "Password changed"),
    "password.reset_with_recovery_key": QT_TRANSLATE_NOOP(
        "audit_actions", "New password set with the recovery key"
    ),
    "key_slots.recreated": QT_TRANSLATE_NOOP("audit_actions", "Key file made anew"),
    "keyring.remembered": QT_TRANSLATE_NOOP("audit_actions", "Remembered on a computer"),
    "keyring.forgotten": QT_TRANSLATE_NOOP("audit_actions", "Forgotten on a computer"),
    "backup.made": QT_TRANSLATE_NOOP("audit_actions", "Backup made"),
    "raw_key.shown": QT_TRANSLATE_NOOP("audit_actions", "Raw database key shown to IT staff"),
    "profile.updated": QT_TRANSLATE_NOOP("audit_actions", "Adviser and school details changed"),
}


def label(action: str) -> str:
    """The English label; unknown (newer) actions show their id."""
    return LABELS.get(action, action)
