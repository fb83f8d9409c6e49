"""Guards against a Qt-binding defect that would crash the app after long use.

PySide6 6.12.0 drops a reference to ``None`` every time a Python item model's ``data()``
returns ``None`` (the normal answer for roles a model does not handle). On Python 3.11, where
``None`` is an ordinary reference-counted object, a few thousand table repaints then abort
the process with "deallocating None". pyproject.toml keeps PySide6 below 6.12; this test fails
if an upgrade brings the defect back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 50

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_returning_none_from_data_keeps_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for i in range(5000):
        proxy.data(proxy.index(i % 50, 1), Qt.ItemDataRole.ForegroundRole)
    # A few references come and go with garbage; thousands lost means the binding is broken.
    assert before - sys.getrefcount(None) < 500
