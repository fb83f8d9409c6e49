"""The conftest's check that no keyboard modifier outlives a test (tests/held_keys.py), run on
three small Qt tests in a pytest of their own, in this order: one presses Ctrl with a key and
releases only the key, one presses Ctrl+L as every shortcut test does, and one then selects a
table row twice, as the focus-ring test did when a Ctrl left by an earlier test in its worker
toggled the row off (07e5fe7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONFTEST = """
from tests.conftest import no_modifier_held  # noqa: F401  (the check under test)
"""

TESTS = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableWidget

CTRL = Qt.KeyboardModifier.ControlModifier


def field(qtbot):
    line = QLineEdit()
    qtbot.addWidget(line)
    line.show()
    return line


def test_1_leaves_ctrl_pressed(qtbot):
    line = field(qtbot)
    qtbot.keyPress(line, Qt.Key.Key_A, CTRL)
    qtbot.keyRelease(line, Qt.Key.Key_A)  # Ctrl itself is never released


def test_2_presses_ctrl_l(qtbot):
    qtbot.keyClick(field(qtbot), Qt.Key.Key_L, CTRL)
    # Released, and yet Qt's state still says Ctrl: QTest's releases carry their modifiers.
    assert QGuiApplication.keyboardModifiers() == CTRL


def test_3_selects_a_row_twice(qtbot):
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    table = QTableWidget(3, 1)
    qtbot.addWidget(table)
    table.show()
    table.selectRow(1)
    table.selectRow(1)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
"""


def test_a_modifier_left_pressed_fails_its_test_and_none_reaches_the_next(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_keys.py").write_text(TESTS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    out = result.stdout
    assert "ERROR at teardown of test_1_leaves_ctrl_pressed" in out, out
    assert "The test left Ctrl pressed" in out, out
    assert "3 passed, 1 error" in out, out
