"""Hint text (the role "hint": "Sleep bestanden hierheen of plak (Ctrl+V) …", "5 van 5 zaken",
"Telt vanaf de dag dat de zaak wordt gesloten.") reads at 4.5:1 or more on what is really
painted behind it, in light and dark. Walk L (finding 13) sampled #a0a0a0 on #434343, 3.8:1:
the grey was measured against the palette's window colour, while a tab's page is painted
lighter than that. Pixels are read from the rendered window, as the icon contrast test does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.common import theme
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals
from tests.ui.test_scale_and_theme import contrast


@pytest.fixture
def light_after() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, theme.Scheme.LIGHT)


def painted_contrast(shot: QImage, ratio: float, window: QWidget, label: QLabel) -> float:
    """The label's text against its background as painted: the background is the colour most
    of the label's pixels have, the text the pixel furthest from it (a glyph's stem, drawn in
    the text colour itself)."""
    top_left = label.mapTo(window, label.contentsRect().topLeft())
    area = QRect(top_left, label.contentsRect().size())
    pixels = [
        shot.pixelColor(int(x * ratio), int(y * ratio))
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(contrast(p, background) for p in pixels)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize("scheme", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_every_hint_reads_at_4_5_to_1_where_it_is_drawn(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    light_after: None,
    scheme: theme.Scheme,
) -> None:
    path, ids = demo_file(case_dir / "H.adcase")
    window = open_window(qtbot, path, modals, files)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, scheme)
    view = window.page.case_view
    measured: dict[str, float] = {}
    for tab in ("Overview", "Tasks", "Evidence", "Letters", "Meldcode"):
        open_case(qtbot, window, ids[0], tab)
        qtbot.wait(50)
        hints = [
            label
            for label in window.findChildren(QLabel)
            if label.property("role") == "hint" and label.isVisible() and label.text()
        ]
        for label in hints:
            # Scrolled into view where the Overview scrolls (its retention line).
            area = view.overview.form_scroll
            if area.widget().isAncestorOf(label):
                area.ensureWidgetVisible(label)
        shot = window.grab().toImage()
        ratio = shot.devicePixelRatio()
        for label in hints:
            measured[label.text()[:40]] = painted_contrast(shot, ratio, window, label)
    assert any(text.startswith("Drop files here") for text in measured), measured
    assert len(measured) >= 4, measured
    low = {text: round(value, 2) for text, value in measured.items() if value < 4.5}
    assert not low, (scheme, low)
    window.act_close.trigger()
