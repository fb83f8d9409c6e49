"""The evidence list's columns: widths from the texts they can hold, measured once, not row by
row (a case can hold 5,000 items, and asking every row for its size stalled the list).

Beside the case list at 150 % the table is about 650 logical pixels wide. Its rows are two
lines tall for the thumbnail, so texts wrap onto a second line; the description takes the free
width; the kind column is as wide as the kinds in the list (capped, so one long kind does not
squeeze the description away), the time column as wide as a date, the time below it. Whatever is
still cut off shows whole as a tooltip.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.columns import tips_for_cut_off, width_for
from adviser_desk.ui.evidence.evidence_model import THUMB, EvidenceModel

KIND_CHARS = (10, 18)  # the kind column's narrowest and widest, in digit widths
DETAILS_CHARS = 20


def fit_evidence_columns(table: QTableView, model: EvidenceModel) -> None:
    char = table.fontMetrics().horizontalAdvance("0")
    header = table.horizontalHeader()
    bold = header.fontMetrics().horizontalAdvance  # headers may be drawn bold

    def title(column: int) -> str:
        return str(model.headerData(column, Qt.Orientation.Horizontal))

    def fit_kinds() -> None:
        kinds = {model.kind_label(row) for row in model.rows}
        wide = width_for(table, kinds, KIND_CHARS[0] * char)
        table.setColumnWidth(
            EvidenceModel.KIND,
            min(max(wide, bold(title(EvidenceModel.KIND)) + 24), KIND_CHARS[1] * char),
        )

    table.setColumnWidth(EvidenceModel.NUMBER, (6 + THUMB // char + 2) * char)
    sample = fmt.date_text(datetime(2026, 12, 28, 23, 58, tzinfo=UTC).date())
    recorded = width_for(table, [sample], bold(title(EvidenceModel.RECORDED)) + 24)
    table.setColumnWidth(EvidenceModel.RECORDED, recorded)
    table.setColumnWidth(EvidenceModel.DETAILS, DETAILS_CHARS * char)
    table.setWordWrap(True)
    header.setSectionResizeMode(EvidenceModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    fit_kinds()
    model.modelReset.connect(fit_kinds)
    model.rowsInserted.connect(fit_kinds)
    tips_for_cut_off(table)
