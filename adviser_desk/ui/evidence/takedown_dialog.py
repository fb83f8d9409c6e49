"""Dialogs for what happens to evidence after intake: getting a web address taken down (reported
where, still online or not, when to check again) and handing items over to someone."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import evidence as de
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_export import takedown_text
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_service import EvidenceService, ItemRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.date_typing import typable
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.i18n import translate_report
from adviser_desk.ui.common.keyboard import plain

NO_STATUS = QT_TRANSLATE_NOOP(
    "errors", "Choose whether the address is still online; nothing was recorded."
)

# Platforms and Helpwanted usually act within days; a re-check two days on is the default.
DEFAULT_RECHECK_DAYS = 2


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = typable(QDateEdit(QDate(value.year, value.month, value.day), parent))
    edit.setDisplayFormat(fmt.date_edit_format())
    edit.setCalendarPopup(True)
    return edit


def _value(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class TakedownDialog(FormDialog):
    """One step in getting a web address removed: a report, or a check of whether it is online."""

    def __init__(
        self,
        service: EvidenceService,
        row: ItemRow,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(self.tr("Takedown of {number}").format(number=row.number), parent, 600)
        self.service, self.row = service, row
        today = today or date.today()
        address = QLabel(f"<b>{row.number}</b> {row.url}", self)
        address.setWordWrap(True)
        self.form.addRow(address)
        history = takedown_text(row, translate_report)
        self.history = QPlainTextEdit(history or self.tr("Not reported or checked yet."), self)
        self.history.setReadOnly(True)
        self.history.setMaximumHeight(90)
        self.form.addRow(self.tr("So far:"), self.history)
        self.reported = QRadioButton(self.tr("Reported for removal"), self)
        self.reported.setObjectName("reported")
        self.checked = QRadioButton(self.tr("Checked whether it is online"), self)
        self.checked.setObjectName("checked")
        kind = QVBoxLayout()
        kind.addWidget(self.reported)
        kind.addWidget(self.checked)
        self.form.addRow(self.tr("What happened:"), kind)
        self.on = _date_edit(self, today)
        self.form.addRow(self.tr("On:"), self.on)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for channel, label in de.CHANNEL_LABELS.items():
            self.channel.addItem(translate_report("evidence", label), channel.value)
        reports = [t.channel for t in row.takedown if t.action == "reported" and t.channel]
        if reports:  # a follow-up report usually goes to the same place
            self.channel.setCurrentIndex(max(0, self.channel.findData(reports[-1])))
        self.form.addRow(self.tr("Reported to:"), self.channel)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Report number or reply, if any"))
        self.form.addRow(self.tr("Reference:"), self.reference)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        # The status starts at the last one known (never at a status nobody chose); before any
        # check the adviser has to pick one, OK waits for that.
        self.status.addItem(self.tr("(choose: online or not?)"), None)
        for status, label in de.STATUS_LABELS.items():
            self.status.addItem(translate_report("evidence", label), status.value)
        if row.online_status:
            self.status.setCurrentIndex(max(0, self.status.findData(row.online_status)))
        self.status.currentIndexChanged.connect(self._mode)
        self.form.addRow(self.tr("Status:"), self.status)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("Note:"), self.note)
        self.recheck = QCheckBox(self.tr("Check again on (adds a task):"), self)
        self.recheck.setChecked(True)
        self.recheck_on = _date_edit(self, today + timedelta(days=DEFAULT_RECHECK_DAYS))
        self.recheck.toggled.connect(self.recheck_on.setEnabled)
        self.recheck_on.setAccessibleName(plain(self.recheck.text()))
        self.form.addRow(self.recheck, self.recheck_on)
        self.reported.toggled.connect(self._mode)
        # A first step is a report; after that, most steps are checks.
        (self.checked if row.takedown else self.reported).setChecked(True)
        self._mode()
        self.finish_layout()

    def _mode(self) -> None:
        reporting = self.reported.isChecked()
        for widget in (self.channel, self.reference):
            widget.setEnabled(reporting)
        self.status.setEnabled(not reporting)
        if not reporting and self.status.currentData() == de.OnlineStatus.REMOVED.value:
            self.recheck.setChecked(True)  # removed content often comes back: keep watching
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(reporting or self.status.currentData() is not None)

    def apply(self) -> None:
        recheck = _value(self.recheck_on) if self.recheck.isChecked() else None
        language = self.service.cases.language
        if self.reported.isChecked():
            self.result_row = self.service.report_takedown(
                self.row.item_id,
                de.TakedownChannel(self.channel.currentData()),
                _value(self.on),
                self.reference.text(),
                self.note.text(),
                recheck,
                language,
            )
        else:
            if self.status.currentData() is None:
                raise EvidenceError(NO_STATUS)
            self.result_row = self.service.record_check(
                self.row.item_id,
                de.OnlineStatus(self.status.currentData()),
                _value(self.on),
                self.note.text(),
                recheck,
                language,
            )


class HandoverDialog(FormDialog):
    """Records that evidence was handed over: to whom, with a receipt note."""

    def __init__(
        self, service: EvidenceService, case_id: int, rows: list[ItemRow], parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Hand over evidence"), parent, 640)  # room for the hints
        self.service, self.case_id, self.rows = service, case_id, rows
        which = (
            ", ".join(row.number for row in rows) if rows else self.tr("every item of this case")
        )
        label = QLabel(self.tr("Items: {items}").format(items=which), self)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.receiver = QLineEdit(self)
        self.receiver.setObjectName("receiver")
        self.receiver.setPlaceholderText(self.tr("e.g. J. de Vries, police Utrecht, badge 1234"))
        self.form.addRow(self.tr("Handed over to:"), self.receiver)
        self.note = QLineEdit(self)
        self.note.setObjectName("receipt")
        self.note.setPlaceholderText(self.tr("Receipt or report number, what was handed over"))
        self.form.addRow(self.tr("Receipt note:"), self.note)
        self.finish_layout()
        self.count = 0

    def apply(self) -> None:
        self.count = self.service.record_handover(
            self.case_id, [row.item_id for row in self.rows], self.receiver.text(), self.note.text()
        )
