"""Preferences: idle lock, language, appearance, default folder for case files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import choose_folder
from adviser_desk.ui.common.keyboard import name_fields


class SettingsDialog(QDialog):
    def __init__(self, settings: prefs.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme_chosen: theme.Scheme | None = None  # a new appearance, applied after OK
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(prefs.MIN_IDLE_MINUTES, prefs.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_lock_minutes())
        self.evidence_mb = QSpinBox(self)
        self.evidence_mb.setObjectName("evidence_max_mb")
        self.evidence_mb.setRange(prefs.MIN_EVIDENCE_MB, prefs.MAX_EVIDENCE_MB)
        self.evidence_mb.setSuffix(self.tr(" MB"))
        self.evidence_mb.setValue(settings.evidence_max_bytes() // 2**20)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        names = {
            "system": self.tr("As the system (Dutch on a Dutch computer)"),
            "nl": "Nederlands",
            "en": "English",
        }
        for code in prefs.LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(prefs.LANGUAGE))))
        self.appearance = QComboBox(self)
        self.appearance.setObjectName("appearance")
        looks = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for code in prefs.APPEARANCES:
            self.appearance.addItem(looks[code], code)
        stored = settings.get(prefs.APPEARANCE)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(stored)))
        self.folder = QLineEdit(str(settings.case_file_folder()), self)
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        note = QLabel(self.tr("A new language is used the next time Adviser Desk starts."), self)
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        form = QFormLayout()

        def label(pref: prefs.Preference[int] | prefs.Preference[str]) -> str:
            return QCoreApplication.translate("settings", pref.label) + ":"

        form.addRow(label(prefs.IDLE_LOCK_MINUTES), self.idle)
        form.addRow(label(prefs.EVIDENCE_MAX_MB), self.evidence_mb)
        form.addRow(label(prefs.LANGUAGE), self.language)
        form.addRow(label(prefs.APPEARANCE), self.appearance)
        form.addRow(label(prefs.CASE_FILE_FOLDER), folder_row)
        name_fields(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot()
    def _browse(self) -> None:
        chosen = choose_folder(self, self.tr("Folder for case files"), Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    @Slot()
    def _save(self) -> None:
        self.settings.set(prefs.IDLE_LOCK_MINUTES, self.idle.value())
        self.settings.set(prefs.EVIDENCE_MAX_MB, self.evidence_mb.value())
        self.settings.set(prefs.LANGUAGE, str(self.language.currentData()))
        appearance = str(self.appearance.currentData())
        changed = appearance != self.settings.get(prefs.APPEARANCE)
        self.settings.set(prefs.APPEARANCE, appearance)
        # At once, unlike the language, but once this dialog is gone (walk I, finding 23:
        # it stayed on screen during the switch); only when the adviser changed it, so OK
        # after another setting keeps the run's ADVISER_DESK_SCHEME override (walk 4, W16).
        self.scheme_chosen = theme.Scheme(appearance) if changed else None
        self.settings.set(prefs.CASE_FILE_FOLDER, self.folder.text().strip())
        self.accept()
