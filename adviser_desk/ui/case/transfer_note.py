"""The line above a case that says where it went or came from (hand-over between files)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from adviser_desk.services.case_views import CaseDetail
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme


class TransferNote(QLabel):
    """A banner on a handed-over case (read-only here, to whom and when) and a plain line on
    a received one (from whom, and its number there when it got a new one here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_note")
        self.setWordWrap(True)
        self.hide()

    def show_detail(self, detail: CaseDetail | None) -> None:
        transfer = detail.transfer if detail is not None else None
        if transfer is None:
            self.clear()
            self.hide()
            return
        parts = []
        if transfer.handed_over_at is not None:
            parts.append(
                self.tr(
                    "Handed over to {receiver} on {date}. This case is kept here read-only: "
                    "you can look at it, verify and print it, but not change it."
                ).format(
                    receiver=transfer.handed_over_to,
                    date=fmt.date_time_text(transfer.handed_over_at),
                )
            )
        if transfer.received_at is not None:
            parts.append(
                self.tr("Received from {sender} on {date}.").format(
                    sender=transfer.received_from,
                    date=fmt.date_time_text(transfer.received_at),
                )
            )
            if transfer.previous_number:
                parts.append(
                    self.tr("Its number there was {number}; that number was taken here.").format(
                        number=transfer.previous_number
                    )
                )
        theme.set_role(self, "banner" if transfer.handed_over_at is not None else "hint")
        self.setText(" ".join(parts))
        self.show()
