"""Every preference, declared once with its default and label.

QSettings stores them in the platform's usual place (on Linux ``~/.config/Adviser Desk/``).
Only paths and choices live there, never case data or secrets. ``ADVISER_DESK_CONFIG_DIR``
moves the settings (tests and portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings, QStandardPaths

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T", int, str)

ORGANIZATION = "Adviser Desk"
APPLICATION = "Adviser Desk"
CONFIG_ENV = "ADVISER_DESK_CONFIG_DIR"


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T
    label: str  # source text; translate with QT_TRANSLATE_NOOP("settings", label)


IDLE_LOCK_MINUTES: Preference[int] = Preference(
    "security/idle_lock_minutes",
    5,
    QT_TRANSLATE_NOOP("settings", "Lock after this many idle minutes"),
)
LANGUAGE: Preference[str] = Preference(
    "ui/language", "system", QT_TRANSLATE_NOOP("settings", "Language")
)
# Light or dark: "system" follows the desktop's colour scheme (ui/common/theme.py).
APPEARANCE: Preference[str] = Preference(
    "ui/appearance", "system", QT_TRANSLATE_NOOP("settings", "Appearance")
)
CASE_FILE_FOLDER: Preference[str] = Preference(
    "paths/case_file_folder", "", QT_TRANSLATE_NOOP("settings", "Folder for case files")
)
EVIDENCE_MAX_MB: Preference[int] = Preference(
    "evidence/max_file_mb",
    200,
    QT_TRANSLATE_NOOP("settings", "Largest evidence file"),
)
LAST_CASE_FILE: Preference[str] = Preference("paths/last_case_file", "", "")
# Where the adviser last saved a document or export, and last took evidence files from.
LAST_SAVE_FOLDER: Preference[str] = Preference("paths/last_save_folder", "", "")
LAST_OPEN_FOLDER: Preference[str] = Preference("paths/last_open_folder", "", "")
# Backups and police exports go to a stick: remembered apart, so no unencrypted document
# (a recovery sheet, an evidence log) is ever proposed there, and apart from each other, so
# Restore from backup starts where the last backup went, not the last export (walk 5, W5-21).
# The backup folder keeps its old key, so a folder remembered before stays remembered.
LAST_BACKUP_FOLDER: Preference[str] = Preference("paths/last_target_folder", "", "")
LAST_EXPORT_FOLDER: Preference[str] = Preference("paths/last_export_folder", "", "")
# The folder last chosen for either of the two (walk 10, W10-10: both go to "a USB stick",
# and the backup chooser started in Documents right after an export to the stick).
LAST_STICK_FOLDER: Preference[str] = Preference("paths/last_stick_folder", "", "")

LANGUAGES = ("system", "nl", "en")
APPEARANCES = ("system", "light", "dark")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120
MIN_EVIDENCE_MB, MAX_EVIDENCE_MB = 1, 4000


def qsettings() -> QSettings:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or qsettings()

    def get(self, pref: Preference[T]) -> T:
        value: Any = self._store.value(pref.key, pref.default)
        try:
            converted: T = type(pref.default)(value)
        except (TypeError, ValueError):
            return pref.default
        return converted

    def set(self, pref: Preference[T], value: T) -> None:
        self._store.setValue(pref.key, value)
        self._store.sync()

    def idle_lock_minutes(self) -> int:
        return min(max(self.get(IDLE_LOCK_MINUTES), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)

    def evidence_max_bytes(self) -> int:
        megabytes = min(max(self.get(EVIDENCE_MAX_MB), MIN_EVIDENCE_MB), MAX_EVIDENCE_MB)
        return megabytes * 2**20

    def case_file_folder(self) -> Path:
        chosen = self.get(CASE_FILE_FOLDER)
        if chosen:
            return Path(chosen)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home()) / "Adviser Desk"
