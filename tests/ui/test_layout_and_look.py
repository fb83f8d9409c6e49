"""Layout, scale, dark mode and wording the walker found in Dutch at 1.5x in a dark palette
(issue 11): pages wrap instead of scrolling sideways, tables give text its room, focus shows
in both schemes, and the appearance is the adviser's choice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import PersonDialog, TaskDialog
from adviser_desk.ui.case.case_models import (
    CaseListModel,
    PeopleModel,
    TaskModel,
    TimelineModel,
)
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.common import fit, focus_style, i18n, theme
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.columns import is_cut_off
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.evidence_model import EvidenceModel
from adviser_desk.ui.evidence.url_dialog import UrlDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow
from adviser_desk.ui.shell.audit_model import COL_SUBJECT
from adviser_desk.ui.shell.main_window import MainWindow
from adviser_desk.ui.shell.settings_dialog import SettingsDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, demo_file, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Handler,
    Modals,
    activate,
    button_named,
    by_label,
    click,
    click_tab,
    press_cancel,
    press_ok,
)
from tests.ui.test_scale_and_theme import contrast


@pytest.fixture
def dutch() -> Iterator[None]:
    """The walker's language: Dutch texts are the longest."""
    assert i18n.install("nl")
    yield
    i18n.install("en")


def scroll_area(window: MainWindow) -> fit.ScrollingArea:
    area = window.centralWidget()
    assert isinstance(area, fit.ScrollingArea)
    return area


def assert_whole(label: QLabel) -> None:
    """A wrapped label is as tall as its text needs at the width it got."""
    assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_welcome_page_wraps_its_text_and_never_scrolls_sideways(
    qtbot: QtBot,
    dutch: None,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _recovery = closed_case
    # Opened and closed again by the menu: the page stack then holds the case file's page too,
    # whose width must not push the welcome page into scrolling.
    window = open_window(qtbot, path, modals, files)
    window.act_close.trigger()
    assert window.stack.currentWidget() is window.welcome
    for width, height in ((fit.SMALLEST.width(), fit.SMALLEST.height()), (900, 600)):
        window.resize(width - fit.FRAME_ALLOWANCE.width(), height - fit.FRAME_ALLOWANCE.height())
        qtbot.waitUntil(lambda w=width: window.width() <= w)
        QApplication.processEvents()
        assert not scroll_area(window).horizontalScrollBar().isVisible(), width
        texts = [label for label in window.welcome.findChildren(QLabel) if label.wordWrap()]
        assert len(texts) >= 2  # the title and the introduction
        for label in texts:
            assert label.isVisible()
            assert_whole(label)
        assert window.welcome.create_button.isVisible()
    # The lock page has the same kind of centred column.
    assert window.locked.message.wordWrap()
    assert window.welcome.layout() is not None
    assert Qt.AlignmentFlag.AlignHCenter not in window.welcome.layout().alignment()


def test_creating_a_case_file_says_in_words_what_it_is_busy_with(
    qtbot: QtBot, dutch: None, case_dir: Path
) -> None:
    dialog = CreateCaseFileDialog(case_dir, None, kdf.MINIMUM)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(by_label(dialog, "Je naam"), "Marieke Jansen")
    for label in ("Nieuw wachtwoord", "Herhaal wachtwoord"):
        qtbot.keyClicks(by_label(dialog, label), PASSWORD)
    click(qtbot, button_named(dialog, "Maken"))
    # While the key is derived: a moving bar without a number, and what happens in Dutch.
    busy = dialog.busy
    assert busy.isVisible()
    assert busy.bar.minimum() == busy.bar.maximum() == 0
    assert not busy.bar.isTextVisible()
    assert busy.label.isVisible() and "sleutel" in busy.text()
    assert busy.text() == busy.bar.accessibleName()
    # What was typed stays, and neither button can be clicked (walk 10, W10-9).
    assert by_label(dialog, "Nieuw wachtwoord").text() == PASSWORD  # type: ignore[attr-defined]
    assert not button_named(dialog, "Annuleren").isEnabled()
    assert not button_named(dialog, "Maken").isEnabled()
    qtbot.waitUntil(lambda: dialog.service is not None, timeout=20_000)
    assert not busy.isVisible()
    assert dialog.service is not None
    dialog.service.close()


@pytest.fixture
def system_scheme(qapp: QApplication) -> Iterator[None]:
    yield
    theme.set_scheme(qapp, theme.Scheme.SYSTEM)


def choose_appearance(qtbot: QtBot, text: str) -> Handler:
    """Edit > Settings: picks the appearance by typing its name into the drop-down, OK."""

    def handler(dialog: QWidget) -> None:
        combo = by_label(dialog, "Appearance")
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        qtbot.keyClicks(combo, text)
        assert combo.currentText() == text
        press_ok(qtbot)(dialog)

    return handler


def test_the_appearance_is_chosen_in_the_settings_and_applies_at_once(
    qtbot: QtBot, qapp: QApplication, modals: Modals, system_scheme: None
) -> None:
    settings = prefs.Settings()
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    before = qapp.palette().color(QPalette.ColorRole.Window)
    modals.expect(SettingsDialog, choose_appearance(qtbot, "Dark"))
    window.act_settings.trigger()
    modals.wait_done()
    assert theme.is_dark(qapp.palette())
    assert window.palette().color(QPalette.ColorRole.Window) != before
    assert settings.get(prefs.APPEARANCE) == "dark"
    modals.expect(SettingsDialog, choose_appearance(qtbot, "Light"))
    window.act_settings.trigger()
    modals.wait_done()
    assert not theme.is_dark(qapp.palette())
    assert prefs.Settings().get(prefs.APPEARANCE) == "light"


def test_ok_after_another_setting_keeps_the_scheme_in_use(
    qtbot: QtBot, qapp: QApplication, modals: Modals, system_scheme: None
) -> None:
    """Started dark by ADVISER_DESK_SCHEME with 'Follow the system' stored: OK after changing
    only the idle lock re-applied the stored appearance and the window turned light (W16)."""
    settings = prefs.Settings()
    assert settings.get(prefs.APPEARANCE) == "system"
    theme.set_scheme(qapp, theme.Scheme.DARK)  # what the start does with the variable set
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)

    def idle_lock_only(dialog: QWidget) -> None:
        idle = by_label(dialog, "Lock after this many idle minutes")
        idle.setFocus()
        qtbot.keyClick(idle, Qt.Key.Key_Up)
        press_ok(qtbot)(dialog)

    before = settings.get(prefs.IDLE_LOCK_MINUTES)
    modals.expect(SettingsDialog, idle_lock_only)
    window.act_settings.trigger()
    modals.wait_done()
    assert prefs.Settings().get(prefs.IDLE_LOCK_MINUTES) == before + 1
    assert theme.is_dark(qapp.palette())
    assert theme.is_dark(window.palette())


START = """
from adviser_desk.ui.common import theme
from adviser_desk.ui.shell import app
qt, window = app.start_window(preload=False)
print("dark" if theme.is_dark(window.palette()) else "light")
"""


@pytest.mark.parametrize(
    ("stored", "variable", "shown"),
    [("dark", None, "dark"), ("light", None, "light"), ("light", "dark", "dark")],
)
def test_the_appearance_applies_at_start_and_the_variable_overrides_it(
    tmp_path: Path, stored: str, variable: str | None, shown: str
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.ini").write_text(f"[ui]\nappearance={stored}\n", encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        ADVISER_DESK_LOG_DIR=str(tmp_path / "log"),
        **{prefs.CONFIG_ENV: str(config)},
    )
    env.pop(theme.SCHEME_ENV, None)
    if variable is not None:
        env[theme.SCHEME_ENV] = variable
    result = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=True,
    )
    assert result.stdout.split()[-1] == shown


def ring_pixels(widget: QWidget, colour: QColor) -> int:
    """How many pixels of ``widget`` have about the palette's highlight colour."""
    image = widget.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("wanted", [theme.Scheme.DARK, theme.Scheme.LIGHT])
def test_keyboard_focus_shows_on_radio_buttons_check_boxes_and_buttons(
    qtbot: QtBot, qapp: QApplication, system_scheme: None, wanted: theme.Scheme
) -> None:
    """The minor-image question, walked with Tab: the focused control gets a ring in the
    highlight colour, which reads at least 3:1 against the window."""
    theme.set_scheme(qapp, wanted)
    dialog = IntakeDialog(3, True)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert contrast(highlight, window) >= 3
    seen: set[str] = set()
    for _step in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, QRadioButton | QCheckBox | QPushButton) and focused.isVisible():
            kind = type(focused).__name__
            focused.repaint()
            shown = ring_pixels(focused, highlight)
            # The ring runs round the text or the button: at least its two long sides.
            assert shown >= 2 * focused.fontMetrics().horizontalAdvance("Nee"), (kind, shown)
            focused.clearFocus()
            assert ring_pixels(focused, highlight) < shown / 4, kind
            focused.setFocus(Qt.FocusReason.TabFocusReason)
            seen.add(kind)
    assert {"QRadioButton", "QCheckBox", "QPushButton"} <= seen


def test_check_and_radio_boxes_have_a_visible_edge_in_the_dark(
    qtbot: QtBot, qapp: QApplication, system_scheme: None
) -> None:
    theme.set_scheme(qapp, theme.Scheme.DARK)
    dialog = IntakeDialog(3, True)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    for box in (dialog.minor_no, dialog.marked):
        image = box.grab().toImage()
        middle = image.height() // 2
        # The indicator sits at the left: its edge is the brightest thing before the text.
        edge = max(
            (image.pixelColor(x, middle) for x in range(2, middle * 2)),
            key=lambda c: c.lightness(),
        )
        assert contrast(edge, window) >= 3, type(box).__name__


def test_a_web_address_is_added_in_one_labelled_form_that_keeps_a_wrong_address(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab()
    widget = opened.widget
    forms: list[UrlDialog] = []

    def wrong(dialog: QWidget) -> None:
        assert isinstance(dialog, UrlDialog)
        forms.append(dialog)
        assert dialog.width() >= 600 and dialog.minimumWidth() >= 600
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing to add yet
        qtbot.keyClicks(by_label(dialog, "Web address"), "not an address")
        qtbot.keyClicks(by_label(dialog, "What is there"), "Fake account with the photo")
        qtbot.keyClicks(by_label(dialog, "Provided by / how"), "Sent by a classmate")
        click(qtbot, ok)

    def corrected(dialog: QWidget) -> None:
        # The message was answered; the form is still open, with everything typed.
        assert isinstance(dialog, UrlDialog) and dialog is forms[0]
        field = by_label(dialog, "Web address")
        assert isinstance(field, QLineEdit) and field.text() == "not an address"
        field.selectAll()
        qtbot.keyClicks(field, "https://www.instagram.com/nep.account/")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    modals.expect(UrlDialog, wrong).accept_box().expect(UrlDialog, corrected)
    add = widget.findChild(QPushButton, "add")
    assert add is not None and add.menu() is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]
    action.trigger()
    modals.wait_done()
    assert "not an address" in modals.texts[0]
    (row,) = opened.evidence.items(opened.case_id)
    assert row.url == "https://www.instagram.com/nep.account/"
    assert row.description == "Fake account with the photo"
    assert row.source == "Sent by a classmate"
    assert widget.model.rowCount() == 1


@pytest.mark.parametrize(
    ("language", "one_open", "one_of_two"),
    [
        ("nl", "Je vraag was open", "Open vragen: 1 van 2"),
        ("en", "Your question was open", "Open questions: 1 of 2"),
    ],
)
def test_the_interview_counts_open_questions_in_words_that_read_naturally(
    qtbot: QtBot, case_dir: Path, language: str, one_open: str, one_of_two: str
) -> None:
    """Walker: "0 van 4 vragen open" read as questions still to answer; it counts open
    (not leading) questions."""
    assert i18n.install(language)
    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    try:
        cases = CaseService(service.case, protocol(), language)
        case_id = cases.create_case(
            dc.CaseDraft(title="Afpersing", incident_types=[dc.IncidentType.SEXTORTION])
        )
        interviews = InterviewService(cases, interview_guide())
        interview = interviews.start(case_id, "victim", language="nl")
        window = InterviewWindow(interviews, interview)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for text in ("Vertel eens wat er gebeurd is.", "Hij wil 200 euro."):
            qtbot.keyClicks(window.input, text)
            qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert window.stats.text() == one_open
        qtbot.keyClicks(window.input, "Heb je al betaald?")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert window.stats.text() == one_of_two
        assert window.stats.toolTip()
        window.close()
    finally:
        i18n.install("en")
        service.close()


def cut_off_cells(table: QTableView, rows: int = 25) -> dict[int, list[str]]:
    """The texts a table shows cut off, by column, in its first ``rows`` rows."""
    model = table.model()
    found: dict[int, list[str]] = {}
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            if not table.isColumnHidden(column) and is_cut_off(table, row, column):
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                found.setdefault(column, []).append(str(text))
    return found


def hover_text(qtbot: QtBot, table: QTableView, row: int, column: int) -> str:
    """The tooltip the adviser sees when resting the mouse on a cell."""
    QToolTip.hideText()
    index = table.model().index(row, column)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    viewport = table.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    return QToolTip.text() if QToolTip.isVisible() else ""


# A tooltip is raised above its window; the offscreen test platform says it cannot.
@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")
def test_tables_give_dutch_text_its_room_and_show_the_rest_on_hover(
    qtbot: QtBot, dutch: None, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The walker's columns at 1280 x 720 logical pixels (1920 x 1080 at 150 %), in Dutch: a
    short column (who, role, kind, time) is never cut off; only the column that takes the free
    width may be, and then its whole text shows on hover."""
    path, ids = demo_file(case_dir / "Demo.adcase", language="nl")
    window = open_window(qtbot, path, modals, files)
    window.resize(fit.SMALLEST - fit.FRAME_ALLOWANCE)
    view = window.page.case_view
    checks: list[tuple[str, QTableView, set[int]]] = []
    open_case(qtbot, window, ids[1], "Personen")
    checks.append(("people", view.people.table, {PeopleModel.NAME}))
    click_tab(qtbot, view.tabs, "Taken")
    checks.append(("tasks", view.tasks.table, {TaskModel.TITLE}))
    click_tab(qtbot, view.tabs, "Tijdlijn en notities")
    checks.append(("timeline", view.timeline.table, {TimelineModel.WHAT}))
    click_tab(qtbot, view.tabs, "Bewijs")
    qtbot.waitUntil(lambda: view.evidence.model.rowCount() > 0)
    free = {EvidenceModel.DESCRIPTION, EvidenceModel.DETAILS, EvidenceModel.KIND}
    checks.append(("evidence", view.evidence.table, free))
    checks.append(("cases", window.page.case_list.table, {CaseListModel.TITLE}))
    for name, table, free in checks:
        table.window().show()
        QApplication.processEvents()
        cut = cut_off_cells(table)
        assert set(cut) <= free, (name, cut)
        for column, texts in cut.items():
            row = next(
                r
                for r in range(table.model().rowCount())
                if table.model().index(r, column).data() == texts[0]
            )
            # The whole text, or the cell's own tooltip that holds it.
            assert texts[0] in hover_text(qtbot, table, row, column), name
    assert not cut_off_cells(view.tasks.table).get(TaskModel.ASSIGNEE)  # "Vertrouwenspersoon"
    # No kind is cut off, not even a withheld image's (walk 5, W5-13: 'Bewust niet bewaard
    # (mogelijk seksueel beeld van een …'); nor a web address's details after a takedown.
    evidence_cut = cut_off_cells(view.evidence.table)
    assert EvidenceModel.KIND not in evidence_cut, evidence_cut
    assert [r.number for r in view.evidence.model.rows if r.kind == de.EvidenceKind.WITHHELD], (
        "the demo case shows a withheld image"
    )
    assert not [t for t in evidence_cut.get(EvidenceModel.DETAILS, []) if "\n" in t], evidence_cut
    click_tab(qtbot, window.page.tabs, "Zaakbestand en auditlog")
    audit = window.page.table
    assert audit.model().rowCount() > 20
    assert set(cut_off_cells(audit)) <= {COL_SUBJECT}


def test_a_messages_sent_time_shows_whole_in_the_dutch_evidence_list(
    qtbot: QtBot, dutch: None, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 16, W16-3: at 1280 x 720 logical pixels the Details column cut a message's sent
    time to "verstuurd 03-12-2026 …" with room to spare; it is as wide as that line."""
    path, ids = demo_file(case_dir / "Demo.adcase", language="nl")
    window = open_window(qtbot, path, modals, files)
    window.resize(fit.SMALLEST - fit.FRAME_ALLOWANCE)
    assert window.cases is not None
    sent = [
        case_id
        for case_id in ids
        if any(i.sent_at for i in window.session.evidence.items(case_id))  # type: ignore[union-attr]
    ]
    assert sent, "the demo holds a message with its sent time"
    open_case(qtbot, window, sent[0], "Bewijs")
    table = window.page.case_view.evidence.table
    model = window.page.case_view.evidence.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    lines = [
        str(model.index(row, EvidenceModel.DETAILS).data()).split("\n")[-1]
        for row in range(model.rowCount())
    ]
    (line,) = [text for text in lines if text.startswith("verstuurd ")][:1]
    wanted = table.fontMetrics().horizontalAdvance(line) + 8  # with the cell's margins
    qtbot.waitUntil(lambda: table.columnWidth(EvidenceModel.DETAILS) >= wanted, timeout=3000)
    assert EvidenceModel.KIND not in cut_off_cells(table)
    window.act_close.trigger()


def test_a_form_dialog_opens_without_scroll_bars_when_rounded_a_pixel_smaller(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walker: "Add person" opened with both scroll bars on an empty screen. At 150 % the
    window came out a pixel smaller than asked, which brought a horizontal bar, whose height
    brought the vertical one."""
    opened = open_tab()
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "People")

    seen: dict[str, bool] = {}

    def look(dialog: QWidget) -> None:
        # What the adviser sees is noted and the dialog always closed, so a failure cannot
        # leave the test waiting on an open dialog.
        try:
            dialog.resize(dialog.sizeHint() - QSize(1, 1))
            QApplication.processEvents()
            area = dialog.findChild(fit.ScrollingArea)
            assert area is not None
            note = by_label(dialog, "Note")
            bottom = note.mapTo(area.viewport(), note.rect().bottomRight())
            seen["horizontal bar"] = area.horizontalScrollBar().isVisible()
            seen["vertical bar"] = area.verticalScrollBar().isVisible()
            seen["note in view"] = area.viewport().rect().contains(bottom)
        finally:
            press_cancel(qtbot)(dialog)

    modals.expect(PersonDialog, look)
    click(qtbot, button_named(view.people, "Add person…"))
    modals.wait_done()
    assert seen == {"horizontal bar": False, "vertical bar": False, "note in view": True}


def test_unticked_rows_of_the_interview_checklist_show_their_box_in_the_dark(
    qtbot: QtBot, qapp: QApplication, case_dir: Path, system_scheme: None
) -> None:
    """Walker F14: in the dark the checklist's boxes (and the hand-over's case list) had an
    edge of 1.1:1 against the list, so the list read as plain text."""
    theme.set_scheme(qapp, theme.Scheme.DARK)
    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    try:
        cases = CaseService(service.case, protocol(), "en")
        case_id = cases.create_case(
            dc.CaseDraft(title="Exposing", incident_types=[dc.IncidentType.EXPOSING])
        )
        interviews = InterviewService(cases, interview_guide())
        window = InterviewWindow(interviews, interviews.start(case_id, "victim", language="en"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        click_tab(qtbot, window.side.tabs, "Checklist")
        checklist = window.checklist
        first = checklist.item(0)
        assert first.checkState() == Qt.CheckState.Unchecked
        row = checklist.visualItemRect(first)
        image = checklist.viewport().grab(row).toImage()
        base = checklist.palette().color(QPalette.ColorRole.Base)
        middle = image.height() // 2
        # The box sits at the row's left, before the text: its edge is the brightest there.
        box = checklist.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
        edge = max(
            (image.pixelColor(x, y) for x in range(1, box) for y in range(2, middle * 2 - 2)),
            key=lambda c: c.lightness(),
        )
        assert contrast(edge, base) >= 3, edge.name()
        # Walker F22: the focus ring on a row covered the descenders; rows keep room for it.
        assert row.height() >= checklist.fontMetrics().height() + 2 * focus_style.ROW_PADDING
        window.close()
    finally:
        service.close()


def test_the_dutch_case_summary_names_the_anonymous_reporter_in_dutch(
    qtbot: QtBot, dutch: None, case_dir: Path, tmp_path: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walker F13: "Melder  Anonymous reporter" in a Dutch summary. Ctrl+E on the case, the
    file chooser (patched) and the not-encrypted warning answered Yes."""
    from pypdf import PdfReader

    service, _ = svc.create_case_file(case_dir / "W.adcase", PASSWORD, kdf.MINIMUM, "Marieke")
    service.confirm_recovery_key_stored()
    path = service.path
    with CaseFileSession(service, SessionSettings(language="nl")) as session:
        ids = fill_demo(session.cases, date.today())
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1])
    target = tmp_path / "samenvatting.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Anonieme melder" in text
    assert "Anonymous" not in text and "Sem de Boer" not in text
    window.act_close.trigger()


def test_the_evidence_log_says_a_withheld_image_may_be_one_of_a_minor(
    dutch: None, case_dir: Path, tmp_path: Path
) -> None:
    """Walker F10: the adviser answered "Yes, or I am not sure", and the Dutch log stated as a
    fact that the image is a sexual image of a minor."""
    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication

    from adviser_desk.services import evidence_export as esvc
    from adviser_desk.services.evidence_service import EvidenceService

    service, _ = svc.create_case_file(case_dir / "L.adcase", PASSWORD, kdf.MINIMUM)
    try:
        cases = CaseService(service.case, protocol(), "nl")
        case_id = cases.create_case(
            dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.EXPOSING])
        )
        evidence = EvidenceService(cases)
        evidence.record_withheld(
            case_id, "ab" * 32, "foto.jpg", "Foto in de klassenapp", "Telefoon van Noor", "AdV"
        )
        target = tmp_path / "bewijslijst.pdf"
        esvc.export_log(evidence, case_id, target, QCoreApplication.translate)
        text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", " ")
        assert "mogelijk seksueel beeld van een minderjarige" in text
        assert "mogelijk een seksuele afbeelding van een minderjarige" in text
        assert "niet bewaard (seksueel" not in text
        # The sentence has a label of its own, and the custody row is in Dutch.
        assert "Waarom geen bestand" in text and "Bewaarketen" in text
        assert "chain of custody" not in text
    finally:
        service.close()


def test_the_minor_image_question_shows_whole_when_rounded_a_pixel_smaller(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    """Walker (F3 addendum): the question had a scroll bar for a pixel of overflow at 150 %;
    the bar narrowed the text, which wrapped longer and cut off the question's last row."""
    from tests.ui.conftest import add_files
    from tests.ui.test_evidence_ui import screenshots

    opened = open_tab()
    seen: dict[str, bool] = {}

    def look(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, IntakeDialog)
            dialog.resize(dialog.width(), dialog.height() - 1)
            QApplication.processEvents()
            area = dialog.findChild(fit.ScrollingArea)
            assert area is not None
            box = dialog.question
            bottom = box.mapTo(area.viewport(), box.rect().bottomRight())
            seen["vertical bar"] = area.verticalScrollBar().isVisible()
            seen["question whole"] = area.viewport().rect().contains(bottom)
        finally:
            press_cancel(qtbot)(dialog)

    modals.expect(IntakeDialog, look)
    add_files(qtbot, opened.widget, files, screenshots(tmp_path, 3, (300, 200)))
    modals.wait_done()
    assert seen == {"vertical bar": False, "question whole": True}


def test_add_own_task_opens_with_only_its_fields_and_typing_in_the_task(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walker F23: a stray status box and reason field were painted over the first row, the
    "Task:" label hidden, and the typed title went nowhere."""
    opened = open_tab()
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Tasks")
    before = len(opened.window.cases.get_case(opened.case_id).tasks)  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def add(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, TaskDialog)
            # Everything of the form lives in its scrolling area; a visible widget beside it
            # (other than OK and Cancel) is painted over the form unlaid-out.
            area = dialog.findChild(fit.ScrollingArea)
            strays = [
                w
                for w in dialog.children()
                if isinstance(w, QWidget) and w.isVisible() and w not in (area, dialog.buttons)
            ]
            seen["status shown"] = dialog.status.isVisible()
            seen["reason shown"] = dialog.reason.isVisible()
            seen["strays"] = [type(w).__name__ for w in strays]
            focused = QApplication.focusWidget()
            seen["focus"] = type(focused).__name__
            if isinstance(focused, QLineEdit):  # (on a button, a space would press it)
                qtbot.keyClicks(focused, "Call the parents")
            seen["typed"] = dialog.title.text()
        finally:
            # OK only with a title: an empty one would open an error message nobody answers.
            typed = isinstance(dialog, TaskDialog) and dialog.title.text()
            (press_ok if typed else press_cancel)(qtbot)(dialog)

    modals.expect(TaskDialog, add)
    click(qtbot, button_named(view.tasks, "Add own task…"))
    modals.wait_done()
    assert seen == {
        "status shown": False,
        "reason shown": False,
        "strays": [],
        "focus": "QLineEdit",
        "typed": "Call the parents",
    }
    tasks = opened.window.cases.get_case(opened.case_id).tasks  # type: ignore[union-attr]
    assert len(tasks) == before + 1
    assert any(task.title == "Call the parents" for task in tasks)


def test_small_and_large_evidence_files_show_their_size_in_fitting_units(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    """Walker: a 35-byte text file read "text/plain, 0 kB"."""
    from tests.ui.conftest import add_files

    note = tmp_path / "chatlog.txt"
    note.write_bytes(b"Milan: stuur die foto nou maar door")
    assert note.stat().st_size == 35
    opened = open_tab()
    modals.expect(IntakeDialog, press_ok(qtbot))
    add_files(qtbot, opened.widget, files, [note])
    modals.wait_done()
    model = opened.widget.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    details = model.index(0, EvidenceModel.DETAILS).data()
    assert details == "text/plain, 35 bytes", details
    # Qt's own Dutch formatter says "35 byte" (walk M, finding 8).
    assert i18n.install("nl")
    try:
        details = model.index(0, EvidenceModel.DETAILS).data()
        assert details == "text/plain, 35 bytes", details
    finally:
        i18n.install("en")


def test_the_interview_record_says_who_was_present_without_calling_the_student_extra(
    dutch: None, case_dir: Path, tmp_path: Path
) -> None:
    """Walker: "Ook aanwezig: De leerling" for a conversation with the student; the line holds
    the ticks of "Taking part" as well as anyone else."""
    from PySide6.QtCore import QCoreApplication

    from adviser_desk.services.interview_service import export_record
    from tests.services.helpers import pdf_text

    service, _ = svc.create_case_file(case_dir / "R.adcase", PASSWORD, kdf.MINIMUM)
    try:
        cases = CaseService(service.case, protocol(), "nl")
        case_id = cases.create_case(
            dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.EXPOSING])
        )
        interviews = InterviewService(cases, interview_guide())
        interview = interviews.start(case_id, "victim", place="Kamer 2", present="De leerling")
        target = tmp_path / "verslag.pdf"
        export_record(interviews, interview, target, QCoreApplication.translate)
        text = pdf_text(target)
        assert "Aanwezig" in text and "De leerling" in text
        assert "Ook aanwezig" not in text
        # One question reads right too: "1 vragen" did not.
        assert "Gestelde vragen: 0." in " ".join(text.split())
    finally:
        service.close()


def test_stacked_forms_start_their_fields_at_one_x(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk W1, W20: the New case file dialog's two forms, and the Overview's groups, each
    started their fields where their own longest label ended."""
    from PySide6.QtCore import QPoint

    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
    from tests.ui.conftest import open_window
    from tests.ui.drive import click_row, press_cancel

    with CaseFileSession(svc.unlock_with_password(closed_case[0], PASSWORD)) as session:
        fill_demo(session.cases, date.today())
    window = open_window(qtbot, closed_case[0], modals, files)
    window.resize(1280, 720)  # the smallest screen the windows are laid out for (ui/common/fit.py)
    window.page.case_list.wait()
    click_row(qtbot, window.page.case_list.table, 0)
    qtbot.waitUntil(lambda: window.page.case_view.case_id is not None)
    overview = window.page.case_view.overview
    fields = (overview.title, overview.platforms, overview.secrecy, overview.retention)
    xs = {field.mapTo(overview, QPoint(0, 0)).x() for field in fields}
    assert len(xs) == 1, xs
    window.act_close.trigger()
    seen: list[set[int]] = []

    def measure(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateCaseFileDialog)
        parts = (dialog.adviser, dialog.location, dialog.passwords.password)
        seen.append({part.mapTo(dialog, QPoint(0, 0)).x() for part in parts})
        press_cancel(qtbot)(dialog)

    modals.expect(CreateCaseFileDialog, measure)
    window.act_new.trigger()
    modals.wait_done()
    assert len(seen) == 1 and len(seen[0]) == 1, seen
