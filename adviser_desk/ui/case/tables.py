"""Tables of the case view's tabs: one look and one way of fitting columns."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from adviser_desk.ui.common.column_fit import StretchWithMinimum, stretch_with_minimum
from adviser_desk.ui.common.columns import tips_for_cut_off
from adviser_desk.ui.common.keyboard import tab_leaves


def case_table(parent: QWidget, name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time, that Tab leaves; a cell cut
    off shows its whole text as a tooltip."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    tab_leaves(table)
    tips_for_cut_off(table)
    return table


def fit_columns(table: QTableView, stretch: int, wrap: bool = False) -> None:
    """One column takes the free width, the others fit their contents; with ``wrap`` rows
    grow to show long text whole, and when the table is narrow the other columns wrap first
    so the long one keeps a readable width (walk 14, W14-3). Call once the table has its
    model: resize modes need the columns to exist."""
    if wrap:
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fitter = table.findChild(StretchWithMinimum)
        if fitter is None:
            stretch_with_minimum(table, stretch)
        else:
            fitter.fit()  # a new source model behind the same table
        return
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
