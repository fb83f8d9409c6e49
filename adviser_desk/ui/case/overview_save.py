"""Saving the Overview: the closing and reopening questions, the save itself, and what the tab
then tells the case view (its signals). Its own module: the tab holds the fields, this saves
them. The strings keep the tab's translation context ("OverviewTab"), where they were written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from adviser_desk.ui.case.case_closing import (
    PlainSave,
    ask_to_close,
    ask_to_reopen,
    closes,
    reopens,
)
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.errors import EXPECTED

if TYPE_CHECKING:
    from adviser_desk.ui.case.overview_tab import OverviewTab


def save_overview(tab: OverviewTab, quiet: bool = False) -> bool:
    """Saves the tab's fields; False (after saying why, unless ``quiet``) if that failed or the
    adviser cancelled the closing question. A case is never closed without that answer:
    ``quiet`` (the lock, nobody to ask) refuses to close one."""
    if tab.cases is None or tab.detail is None:
        return True
    if not quiet and not tab.is_dirty():
        tab.said.emit(
            QCoreApplication.translate(
                "OverviewTab", "Nothing to save: the Overview has no changes."
            )
        )
        return True
    closing = None
    if closes(tab.detail.draft, tab.status.value()):
        closing = None if quiet else ask_to_close(tab, tab.outcome.value())
        if closing is None:
            return False
        tab.outcome.set_value(closing.outcome)
    reopening = None
    if reopens(tab.detail.draft, tab.status.value()):
        reopening = ask_to_reopen(tab, quiet)
        if reopening is None:
            return False
    try:
        change = closing or reopening or PlainSave(tab.detail.case_id, tab.detail.draft)
        waits = change.save(tab.cases, tab.draft())
        if waits and not quiet:  # also when closed or reopened in the same save (guardE)
            tab.files_wait_for_answer.emit()  # asked once this save is over (queued)
        # What was saved is now the state to compare with and to revert to.
        tab.show_case(tab.cases, tab.cases.get_case(tab.detail.case_id))
    except EXPECTED as exc:  # a bug goes on to the error hook
        if not quiet:
            show_error(
                tab, QCoreApplication.translate("OverviewTab", "The case was not saved"), exc
            )
        return False
    tab.saved.emit()
    if isinstance(change, PlainSave) and change.told:
        tab.said.emit(change.told)
    if closing is not None:
        tab.closed.emit(closing)  # the case view offers Undo
    if reopening is not None and not quiet:
        tab.reopened.emit(reopening)
    return True
