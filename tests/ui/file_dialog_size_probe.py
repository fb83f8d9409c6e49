"""Run by test_file_dialog_size_ui in its own process, so that QT_SCALE_FACTOR applies: Qt's
own file dialog with the application's filters, in a folder with a long file name. Prints the
dialog's width, the free screen's width and the columns whose widest text is cut off, and
"sidebar" if the places on the left are."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QListView, QTreeView

from adviser_desk.ui.shell.app import create_app


def main(folder: Path) -> int:
    app = create_app([sys.argv[0]])
    dialog = QFileDialog(None, "Adviser Desk", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    view = dialog.findChild(QTreeView, "treeView")
    assert model is not None and view is not None
    loaded: list[str] = []
    model.directoryLoaded.connect(loaded.append)
    for _ in range(200):
        app.processEvents()
        root = model.index(QDir(str(folder)).absolutePath())
        if loaded and model.rowCount(root) > 0:
            break
        QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
    app.processEvents()
    # A column is cut off when its widest text (with the delegate's margins) is wider.
    cut = [
        str(column)
        for column in range(model.columnCount(QModelIndex()))
        if view.sizeHintForColumn(column) > view.columnWidth(column)
    ]
    # The places on the left (walk 16, W16-3: the home folder read "walkC-hom").
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None and sidebar.model().rowCount() >= 2
    if sidebar.sizeHintForColumn(0) > sidebar.viewport().width():
        cut.append("sidebar")
    area = dialog.screen().availableGeometry()
    print(dialog.width(), area.width(), "|".join(cut) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
