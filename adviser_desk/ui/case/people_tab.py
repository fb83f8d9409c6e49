"""The People tab of a case: who is involved, in which role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import PersonDialog
from adviser_desk.ui.case.case_models import PeopleModel
from adviser_desk.ui.case.tables import case_table, fit_columns
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import set_first_action
from adviser_desk.ui.common.keyboard import enter_opens, screen_order
from adviser_desk.ui.common.read_only import allow_edits, edits_allowed
from adviser_desk.ui.common.selection import row_buttons

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


class PeopleTab(QWidget):
    """Add, edit and remove (with Undo) the people of the case shown in ``view``."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.model = PeopleModel(self)
        self.table = case_table(self, "people_table")
        self.table.setModel(self.model)
        # Rows grow to show a long name whole ("… (anoniem: wordt nooit afgedrukt)").
        fit_columns(self.table, PeopleModel.NAME, wrap=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        enter_opens(self.table, self.edit_person)
        self.add_button = add_person = QPushButton(self.tr("Add person…"), self)
        set_first_action(self, self.add_button)  # its letter starts here (W11-2)
        add_person.setObjectName("add_person")
        add_person.clicked.connect(self.add_person)
        self.edit_button = edit_person = QPushButton(self.tr("Edit…"), self)
        edit_person.setObjectName("edit_person")
        edit_person.clicked.connect(self.edit_person)
        self.remove_button = remove_person = QPushButton(self.tr("Remove from case"), self)
        remove_person.setObjectName("remove_person")
        remove_person.clicked.connect(self.remove_person)
        mnemonics.asks_first(
            remove_person, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        )
        buttons = QHBoxLayout()
        for button in (add_person, edit_person, remove_person):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Edit… and Remove act on the selected person: off while nobody is selected.
        row_buttons(self.table, edit_person, remove_person)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        screen_order(add_person, edit_person, remove_person, self.table)

    def set_read_only(self, read_only: bool) -> None:
        allow_edits((self.add_button, self.edit_button, self.remove_button), not read_only)

    def show_people(self, people: list[dc.PersonInCase]) -> None:
        """The case's people; the person selected stays selected when the list is read
        again (after Edit… and OK, so Edit… and Remove stay on)."""
        kept = self.selected_person()
        self.model.set_rows(people)
        if kept is None:
            return
        for row, person in enumerate(people):
            if person.link_id == kept.link_id:
                self.table.selectRow(row)
                return

    def selected_person(self) -> dc.PersonInCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def add_person(self) -> None:
        view = self.view
        if view.cases is None or view.case_id is None:
            return
        dialog = PersonDialog(view.cases, view.case_id, None, view)
        if view.run_dialog(dialog) and dialog.added is not None:
            self.select_person(dialog.added)

    def select_person(self, link_id: int) -> None:
        """The person added is selected in the list, with the keyboard focus there, so the
        adviser sees who was added and Enter or Edit… acts on them (walk 6, W6-7: the focus
        went to the search field at the top of the window)."""
        for row, person in enumerate(self.model.rows):
            if person.link_id == link_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    @Slot()
    def edit_person(self) -> None:
        view = self.view
        person = self.selected_person()
        if not edits_allowed(self.edit_button):  # Enter or a double click on a kept case
            return
        if view.cases is not None and view.case_id is not None and person is not None:
            view.run_dialog(PersonDialog(view.cases, view.case_id, person, view))

    @Slot()
    def remove_person(self) -> None:
        view = self.view
        person = self.selected_person()
        cases, case_id = view.cases, view.case_id
        if cases is None or case_id is None or person is None:
            return
        name = person.display_name(translate=QCoreApplication.translate)
        # "Their details stay in other cases" only when there are any (walk 4, W22).
        question = (
            self.tr(
                "Remove {name} from this case? Their details stay in the other cases they are in."
            )
            if cases.other_case_count(person.link_id)
            else self.tr(
                "Remove {name} from this case? They are in no other case, so their "
                "details are deleted."
            )
        )
        answer = QMessageBox.question(
            view,
            self.tr("Remove from case"),
            question.format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter must not remove anyone
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        links = None
        with known_errors(view, self.tr("Not removed")) as attempt:
            links = cases.remove_person(person.link_id)
        if attempt.failed:
            return
        view.after_change()
        view.undo_bar.offer(
            self.tr("{name} was removed from this case.").format(
                name=person.display_name(translate=QCoreApplication.translate)
            ),
            lambda: cases.restore_person(case_id, person, links),
            # Named with its case, as a closing's Undo: it stays offered on another case.
            self.tr("remove {name} from case {number}").format(
                name=person.display_name(translate=QCoreApplication.translate),
                number=view.detail.number if view.detail else "",
            ),
        )
