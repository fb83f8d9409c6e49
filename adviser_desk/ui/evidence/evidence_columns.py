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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.column_fit import StretchWithMinimum
from adviser_desk.ui.common.columns import tips_for_cut_off, width_for
from adviser_desk.ui.evidence.evidence_model import THUMB, EvidenceModel

KIND_CHARS = (10, 18)  # the kind column's narrowest and widest, in digit widths
DETAILS_CHARS = 20
DESCRIPTION_CHARS = 16  # the description's least width, in average characters


class EvidenceFit(StretchWithMinimum):
    """The description keeps a readable width (at 2x beside the case list it was squeezed to
    "escriptio", walk 14); the other columns' widths come from ``widths`` (wanted, least),
    measured once, not from the rows."""

    def __init__(self, table: QTableView, widths: dict[int, tuple[int, int]]) -> None:
        self.widths = widths
        super().__init__(table, EvidenceModel.DESCRIPTION, DESCRIPTION_CHARS)

    def measure(self, column: int) -> tuple[int, int]:
        header = self.table.horizontalHeader().sectionSizeHint(column)
        wanted, least = self.widths.get(column, (header, header))
        return max(wanted, header), max(least, header)


def fit_evidence_columns(table: QTableView, model: EvidenceModel) -> None:
    char = table.fontMetrics().horizontalAdvance("0")
    header = table.horizontalHeader()
    bold = header.fontMetrics().horizontalAdvance  # headers may be drawn bold

    def title(column: int) -> str:
        return str(model.headerData(column, Qt.Orientation.Horizontal))

    number = (6 + THUMB // char + 2) * char
    moment = datetime(2026, 12, 28, 23, 58, tzinfo=UTC)
    sample = fmt.date_text(moment.date())
    recorded = width_for(table, [sample], bold(title(EvidenceModel.RECORDED)) + 24)
    # A message's "sent 03-12-2026 21:14" on its own line, whole while the table has room
    # (walk 16, W16-3: "verstuurd 03-12-2026 …"); a narrow table still takes it first.
    sent = QCoreApplication.translate("evidence_model", "sent {moment}")
    details = width_for(table, [sent.format(moment=fmt.date_time_text(moment))])
    widths = {
        EvidenceModel.NUMBER: (number, number),  # the thumbnail
        EvidenceModel.RECORDED: (recorded, recorded),  # the date, the time below it
        EvidenceModel.DETAILS: (max(DETAILS_CHARS * char, details), KIND_CHARS[0] * char),
    }
    table.setWordWrap(True)
    fitter = EvidenceFit(table, widths)

    def fit_kinds() -> None:
        kinds = {model.kind_label(row) for row in model.rows}
        wide = width_for(table, kinds, KIND_CHARS[0] * char)
        kind = min(max(wide, bold(title(EvidenceModel.KIND)) + 24), KIND_CHARS[1] * char)
        widths[EvidenceModel.KIND] = (kind, min(kind, KIND_CHARS[0] * char))
        fitter.fit()

    fit_kinds()
    model.modelReset.connect(fit_kinds)
    model.rowsInserted.connect(fit_kinds)
    tips_for_cut_off(table)
