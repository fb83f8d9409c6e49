"""Every window fits a 1280 x 720 logical screen and stays on smaller ones; light and dark
schemes keep every signal colour readable."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.letter_service import LetterService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import NewCaseDialog, PersonDialog, TaskDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.common import fit, theme
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.interview.interview_window import ClosingDialog, InterviewWindow
from adviser_desk.ui.letters.letter_editor import LetterEditor
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import opened_copy_of


def english_demo(service: svc.CaseFileService) -> list[int]:
    return fill_demo(CaseService(service.case, protocol(), "en"), date.today())


@pytest.fixture
def demo(case_dir: Path) -> Iterator[tuple[svc.CaseFileService, CaseService, list[int]]]:
    """The demo cases (a copy, see tests.conftest.opened_copy_of)."""
    service, ids = opened_copy_of(case_dir / "S.adcase", english_demo)
    cases = CaseService(service.case, protocol(), "en")
    yield service, cases, ids
    service.close()


def windows(cases: CaseService, case_id: int) -> list[QWidget]:
    interviews = InterviewService(cases, interview_guide())
    interview = interviews.start(case_id, "victim", place="Room 2", language="en")
    detail = cases.get_case(case_id)
    return [
        MainWindow(prefs.Settings(), kdf.MINIMUM),
        InterviewWindow(interviews, interview),
        LetterEditor(
            LetterService(cases, EvidenceService(cases)), case_id, dl.LetterKind.STOP_SPREAD
        ),
        NewCaseDialog(cases),
        PersonDialog(cases, case_id),
        TaskDialog(cases, case_id, detail.tasks[0], detail.people, cases.protocol),
        ClosingDialog(interviews, case_id, None),
    ]


def test_every_window_fits_the_smallest_supported_screen(
    qtbot: QtBot, demo: tuple[svc.CaseFileService, CaseService, list[int]]
) -> None:
    _service, cases, ids = demo
    for window in windows(cases, ids[1]):
        qtbot.addWidget(window)
        hint = window.minimumSizeHint()
        assert hint.width() <= fit.SMALLEST.width(), type(window).__name__
        assert hint.height() <= fit.SMALLEST.height(), type(window).__name__


def test_a_window_larger_than_the_screen_is_shrunk_onto_it(
    qtbot: QtBot, demo: tuple[svc.CaseFileService, CaseService, list[int]]
) -> None:
    _service, cases, ids = demo
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    for window in windows(cases, ids[1]):
        qtbot.addWidget(window)
        window.resize(area.width() + 400, area.height() + 400)
        window.move(area.right() - 50, area.bottom() - 50)
        window.show()  # the application's screen fitter runs on show
        qtbot.waitExposed(window)
        assert window.width() <= area.width(), type(window).__name__
        assert window.height() <= area.height(), type(window).__name__
        assert area.contains(window.geometry()), type(window).__name__
        window.close()


def test_fitting_a_window_ties_the_screen_to_no_widget(qtbot: QtBot) -> None:
    """PySide makes the QScreen wrapper that QWidget.screen() returns a child of the widget's
    wrapper; after such windows were deleted, a garbage collection deleted the application's
    only QScreen and the next paint crashed (test_minor_image_ui, about one run in four)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()  # the application's screen fitter looks the screen up on show
    assert fit.available(window) is not None
    screen = QGuiApplication.primaryScreen()
    holders = [type(r).__name__ for r in gc.get_referrers(screen) if isinstance(r, QObject)]
    assert holders == []


# The WCAG ratio the product computes its hint colour with: one definition, pinned below to
# the published reference values.
contrast = theme.contrast


def test_contrast_gives_the_wcag_reference_ratios() -> None:
    from PySide6.QtGui import QColor

    white, black = QColor("#ffffff"), QColor("#000000")
    assert contrast(white, black) == pytest.approx(21.0)
    assert contrast(black, white) == pytest.approx(21.0)  # order does not matter
    assert contrast(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)  # AA grey
    assert contrast(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)  # just under


@pytest.fixture
def scheme() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, theme.Scheme.LIGHT)


@pytest.mark.parametrize("wanted", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_signal_colours_and_hints_read_well_in_both_schemes(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, CaseService, list[int]],
    wanted: theme.Scheme,
    scheme: None,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, wanted)
    palette = app.palette()
    assert theme.is_dark(palette) == (wanted is theme.Scheme.DARK)
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("danger", "warning", "done", "good"):
        assert contrast(theme.color(name), base) >= 4.5, name
        assert contrast(theme.color(name), window) >= 4.5, name
    assert contrast(theme.hint_color(), window) >= 4.5
    for background in ("warning_bg", "banner_bg", "danger_bg"):
        assert contrast(text, theme.color(background)) >= 7, background
    assert contrast(theme.color("danger"), theme.color("warning_bg")) >= 4.5

    # Real widgets take their colours from the roles: the recovery key and a hint.
    service, _cases, _ids = demo
    from adviser_desk.domain.recovery_key import RecoveryKey

    dialog = RecoveryKeyDialog(service, RecoveryKey.generate())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.key_label.grab().toImage()
    inside = image.pixelColor(image.width() // 2, 8)
    assert contrast(inside, text) >= 7
    hint = QLabel("hint")
    qtbot.addWidget(hint)
    theme.set_role(hint, "hint")
    hint.show()
    assert hint.palette().color(QPalette.ColorRole.WindowText) == theme.hint_color()
