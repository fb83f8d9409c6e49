"""The evidence list's type icons and the line under it, through the real window: the rows
clicked, the list painted and read back as pixels (walk H, keyboard, Dutch, dark).

- The icons read in light and dark, selected or not (finding 11: the film icon was near-black
  on the dark rows, 1.1:1).
- A record of an image not kept and a file waiting for the question about minors have icons
  of their own, and the line under the list names the files that wait (finding 10).
- A web address, a message and contact details have icons of their own too (walk I, finding
  2: their rows had none, so the number column was ragged), as readable as the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import theme
from adviser_desk.ui.evidence.evidence_model import THUMB
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from tests import media
from tests.ui.conftest import Opened
from tests.ui.drive import click_row
from tests.ui.test_scale_and_theme import contrast

FILES = {name: data for name, _category, data in media.made("development")}


@pytest.fixture
def light_after() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, theme.Scheme.LIGHT)


def film_withheld_waiting(session: CaseFileSession, case_id: int) -> None:
    """B-001 a stored film answered "no", B-002 a photo removed as possibly sexual, B-003 a
    photo stored before the case became an exposing case, still waiting for the question."""
    evidence = session.evidence
    evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Bewerkt filmpje")
    evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    evidence.add_bytes(case_id, FILES["foto.png"], "foto.png", "Tweede foto")
    draft = session.cases.get_case(case_id).draft
    types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
    session.cases.update_case(case_id, dataclasses.replace(draft, incident_types=types))
    film, photo, _waiting = evidence.items(case_id)
    evidence.answer_no(film.item_id)
    evidence.withhold_stored(photo.item_id, "TikTok @nep", "onbekend")


def icon_area(widget: EvidenceTab, row: int) -> tuple[QImage, QColor]:
    """The painted icon of ``row`` (the number cell's left part) and the row's background."""
    table = widget.table
    cell = table.visualRect(widget.model.index(row, 0))
    shot = table.viewport().grab().toImage()
    area = shot.copy(QRect(cell.left(), cell.top(), THUMB + 8, cell.height() - 1))
    return area, shot.pixelColor(cell.left() + 1, cell.top() + 1)


def icon_contrast(widget: EvidenceTab, row: int) -> float:
    """The strongest contrast of the icon's pixels with the row's background."""
    area, background = icon_area(widget, row)
    return max(
        contrast(area.pixelColor(x, y), background)
        for x in range(area.width())
        for y in range(area.height())
    )


@pytest.mark.parametrize("scheme", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_row_icons_read_in_light_and_dark_selected_or_not(
    qtbot: QtBot, open_tab: Callable[..., Opened], light_after: None, scheme: theme.Scheme
) -> None:
    opened = open_tab(film_withheld_waiting, dc.IncidentType.FAKE_ACCOUNT)
    widget = opened.widget
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, scheme)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    click_row(qtbot, widget.table, 0)
    qtbot.wait(50)
    # Non-text contrast of at least 3:1 (WCAG 1.4.11), each row, selected and not.
    selected = [icon_contrast(widget, 0)]
    plain = [icon_contrast(widget, 1), icon_contrast(widget, 2)]
    click_row(qtbot, widget.table, 2)
    qtbot.wait(50)
    selected += [icon_contrast(widget, 2)]
    plain += [icon_contrast(widget, 0)]
    click_row(qtbot, widget.table, 1)
    qtbot.wait(50)
    selected += [icon_contrast(widget, 1)]
    assert min(selected) >= 3, (scheme, selected)
    assert min(plain) >= 3, (scheme, plain)


def test_a_record_not_kept_and_a_waiting_file_are_told_apart(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    opened = open_tab(film_withheld_waiting, dc.IncidentType.FAKE_ACCOUNT)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    click_row(qtbot, widget.table, 0)
    qtbot.wait(50)
    not_kept, _ = icon_area(widget, 1)
    waiting, _ = icon_area(widget, 2)
    assert not_kept != waiting
    notice = widget.findChild(QWidget, "waiting_notice")
    assert notice is not None and notice.isVisible()
    assert notice.text() == (  # type: ignore[attr-defined]
        "1 file still waits for the question about minors: B-003. It is marked with a "
        "warning sign in the list."
    )


def text_start(widget: EvidenceTab, row: int) -> int:
    """Where the number's text starts in its cell, from the left edge."""
    table = widget.table
    index = widget.model.index(row, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # type: ignore[attr-defined]
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
    style = table.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    return text.left() - option.rect.left()


def entries_and_file(session: CaseFileSession, case_id: int) -> None:
    """B-001 a web address, B-002 a message, B-003 contact details, B-004 a file."""
    evidence = session.evidence
    evidence.add_url(case_id, "https://www.instagram.com/nep_account_3b/", "Nepaccount")
    evidence.add_message(case_id, "Stuur nog een foto of ik zet hem online", "nep_3b", "Snapchat")
    evidence.add_contact(case_id, "06-12345678", "WhatsApp", "@nep_3b")
    evidence.add_bytes(case_id, b"De leerling vertelde het.\n", "notitie.txt")


@pytest.mark.parametrize("scheme", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_web_address_message_and_contact_rows_have_readable_icons_of_their_own(
    qtbot: QtBot, open_tab: Callable[..., Opened], light_after: None, scheme: theme.Scheme
) -> None:
    opened = open_tab(entries_and_file, dc.IncidentType.FAKE_ACCOUNT)
    widget = opened.widget
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, scheme)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4)
    icons = [widget.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) for row in range(4)]
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons)
    # The number after the icon in every row: the column is not ragged.
    texts = [text_start(widget, row) for row in range(4)]
    assert len(set(texts)) == 1 and texts[0] >= THUMB, texts
    click_row(qtbot, widget.table, 3)
    qtbot.wait(50)
    plain = [icon_contrast(widget, row) for row in range(3)]
    areas = [icon_area(widget, row)[0] for row in range(4)]
    selected = []
    for row in range(3):
        click_row(qtbot, widget.table, row)
        qtbot.wait(50)
        selected.append(icon_contrast(widget, row))
    # Non-text contrast of at least 3:1 (WCAG 1.4.11), selected and not.
    assert min(plain) >= 3, (scheme, plain)
    assert min(selected) >= 3, (scheme, selected)
    # Each kind its own sign: none alike, none the file's page.
    assert all(areas[i] != areas[j] for i in range(4) for j in range(i + 1, 4))
