"""Alt+letter for every labelled field, button, check box and tab of a window, unique in it.

Translators choose mnemonics in each language, and a dialog built from several parts (a
form, a group box, a button box) easily gets two of the same, or none. So each window is given
its mnemonics when it is shown, in both languages alike: a mnemonic written in the text is
kept unless an earlier one in the same window already took its letter; every other text gets
the first free letter that starts a word, else any free letter. The letters of the menu bar
(Alt+F for File) are never given to a field. Each labelled field also gets its label as its
accessible name, so a screen reader says what the field is for.

A busy window has more texts than the alphabet has letters (a case's Overview beside the
case list: about forty in Dutch, for the 21 letters the menus leave). Letters then go by rank
(the ranks below): what moves the adviser around and acts first (tabs, buttons, the search field's
label), then the titles of sections (Alt+letter goes to a section's first field), then the
labels of form rows, and last the boxes inside one labelled row ("What happened:" and its
check boxes: the row's letter reaches the first box, Tab the others). Re-walk: the Search
label and the New case button had lost their letters to the Overview's check boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from adviser_desk.ui.common.keyboard import plain
from adviser_desk.ui.common.window_shown import WindowShownFilter

# What the adviser types into or chooses: each needs a label and a name.
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
)


def mnemonic_of(text: str) -> str:
    """The mnemonic letter of a text ("&Name" -> "n"; "Save && close" has none), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower() if text[i + 1].strip() else ""
        i += 1
    return ""


def retext(button: QAbstractButton, text: str) -> None:
    """A new text for a shown button whose letter was handed out: the letter stays when the
    new text has it (and comes back when the old text returns)."""
    letter = str(button.property("given_letter") or mnemonic_of(button.text()))
    button.setProperty("given_letter", letter)
    plain = _without_mnemonic(text)
    given = button.property("mnemonic_given") == button.text()
    button.setText(_marked(plain, letter) if letter in _choices(plain) else plain)
    if given:  # handed out, not written: still so when the window is given letters again
        button.setProperty("mnemonic_given", button.text())


def _without_mnemonic(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text) and text[i + 1] == "&":
            out.append("&&")
            i += 2
        elif text[i] == "&":
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _ij(shown: str, position: int) -> bool:
    return shown[position : position + 2].lower() == "ij"


def _choices(text: str) -> dict[str, int]:
    """The letters a text may take as its mnemonic, in the order they are preferred (those
    that start a word first), each with its position in the text without a mnemonic."""
    shown = _without_mnemonic(text)
    # Positions in ``shown`` of characters that stand for themselves (not a "&&" escape).
    positions: list[int] = []
    i = 0
    while i < len(shown):
        if shown.startswith("&&", i):
            i += 2
            continue
        positions.append(i)
        i += 1
    # Not the i of the Dutch "ij", one letter in Dutch: its underline reads as the j's (walk
    # J, finding 17: "Bek&ijken" looked like Alt+J, which opened "Bewi&jslijst").
    letters = [p for p in positions if shown[p].isalnum() and not _ij(shown, p)]
    starts = [p for p in letters if p == 0 or not shown[p - 1].isalnum()]
    choices: dict[str, int] = {}
    for p in starts + [p for p in letters if p not in starts]:
        choices.setdefault(shown[p].lower(), p)
    return choices


def _first_text(holder: Holder) -> str:
    """The text ``holder`` is given its letter by: of a button whose text flips, its first
    text, whichever it shows (a window shown with either text hands out the same letters)."""
    texts = holder.widget.property(TEXTS)
    return str(texts[0]) if texts else holder.get()


def _shared(holder: Holder) -> dict[str, int]:
    """The letters ``holder`` may take first: of a button whose text flips, those all its
    texts have (positions in its first text)."""
    texts = holder.widget.property(TEXTS)
    own = _choices(_first_text(holder))
    if not texts:
        return own
    shared = set.intersection(*(_letters_of(str(text)) for text in texts))
    return {letter: p for letter, p in own.items() if letter in shared}


def _marked(text: str, letter: str) -> str:
    """The text with ``letter`` as its mnemonic ("" : with none). A letter the text cannot
    take leaves it with none: a flipping button's texts (``flips``) recorded in one language
    hand out a letter the text shown in another may not have, and a window's letters must
    never stop it from opening or closing (a KeyError on closing the window after the
    interface language changed, seen in a fixR screenshot run)."""
    shown = _without_mnemonic(text)
    p = _choices(text).get(letter) if letter else None
    if p is None:
        return shown
    return shown[:p] + "&" + shown[p:]


def _letters_of(text: str) -> set[str]:
    return {c.lower() for c in _without_mnemonic(text) if c.isalnum()}


# The order letters are handed out in when there are not enough for all (see above); BOXED
# is OK, Cancel and the like, which Enter and Escape reach anyway.
# KEYED is a button whose action has a key of its own as well (Save, Ctrl+S): after the
# other buttons, before the sections. FIRST_ROWS are the rows of a window's first section
# (rows_first): before the other sections' titles, which took the letters the Overview's
# Status and Escalation rows needed ("Sc&ope and impact", "Rete&ntion"; Dutch "Bewaartermij&n"
# left "Opgeschaald tot:" without one).
MENU, ACTION, KEYED, FIRST_ROWS, SECTION, ROW, IN_ROW, BOXED, LAST = range(9)
RANK = "mnemonic_rank"  # a widget property that puts a holder in another rank
NO_LETTER = "mnemonic_none"  # a widget property: never given a letter
TEXTS = "mnemonic_texts"  # a widget property: every text a button's text flips between
PREFERRED = "mnemonic_preferred"  # a widget property: the letter it takes first (prefers)
DESCENDERS = "gjpqy"  # an underline under these is all but hidden by the letter's tail
ASKS = "mnemonic_asks"  # a widget property: the answers of the question it asks first (asks_first)


def asks_first(widget: QWidget, *answers: str | QMessageBox.StandardButton) -> None:
    """``widget`` (a button that deletes or throws something away) first asks a question
    whose buttons are ``answers`` (their texts, or standard buttons such as Yes and No): it
    never takes one of their letters. A question box answers to its buttons' letters with
    and without Alt, so the same letter pressed twice would answer it (walk 16, W16-2: Alt+J,
    Alt+J on People removed the person, by "Uit zaak verwi&jderen" and then "&Ja")."""
    widget.setProperty(ASKS, [a if isinstance(a, str) else f"#{int(a.value)}" for a in answers])


def answer_letters(widget: QWidget) -> set[str]:
    """The letters the answers of ``widget``'s question take (asks_first), in the language
    now shown: a standard button's own ("&Ja", "&Nee"), else the one written in the text,
    else the one a box hands out first (its first word's first letter)."""
    letters = set()
    for answer in widget.property(ASKS) or []:
        text = str(answer)
        if text.startswith("#"):
            box = QDialogButtonBox(QDialogButtonBox.StandardButton(int(text[1:])))
            text = box.buttons()[0].text()
            box.deleteLater()
        letters.add(mnemonic_of(text) or next(iter(_choices(text)), ""))
    return letters - {""}


def has_key(widget: QWidget) -> None:
    """``widget`` (a button) also has a key of its own, shown in its tooltip: it takes a
    letter after the buttons that have only their letter."""
    widget.setProperty(RANK, KEYED)


def none_for(widget: QWidget) -> None:
    """``widget`` (a button whose text changes as it is used, with a key of its own named in
    its text: "Switch to answer (F2)") gets no letter: a letter handed out when the window
    showed went with the next text, and a window shown again with the other text handed all
    letters out anew (walk 6, W6-6: "Save record as PDF…" moved from Alt+V to Alt+A after
    unlocking)."""
    widget.setProperty(NO_LETTER, True)


def flips(button: QAbstractButton, *texts: str) -> None:
    """``button``'s text flips between ``texts`` as it is used ("Mark done" / "Mark not done",
    "Switch to answer (F2)" / "Switch to question (F2)"): it takes a letter all of them have,
    so the letter stays when the text flips (pass the new text to ``retext``) and a window
    shown with either text hands out the same letters (walk 7, W7-4: Alt+F of "A&fvinken"
    did nothing on a done task, whose "Heropenen" had no F)."""
    button.setProperty(TEXTS, [_without_mnemonic(text) for text in texts])


def prefers(widget: QWidget, letter: str) -> None:
    """``widget`` takes ``letter`` before anything else is handed a letter (only a letter
    written in a text on screen with it comes first), and keeps it: the same text then has
    the same letter wherever it shows, however crowded the window (walk 9:
    Alt+X ticked "sexting" in New case and "sextortion" on the Overview)."""
    widget.setProperty(PREFERRED, letter.lower())


def none_for_tab(bar: QTabBar, index: int) -> None:
    """The tab at ``index`` gets no letter (Tab to the tab bar and an arrow key reach it): a
    tab used now and then gives its letter to the buttons of the pages beside it."""
    bar.setProperty(f"{NO_LETTER}_{index}", True)


def rows_first(form: QFormLayout) -> None:
    """The rows of ``form`` take their letters before the titles of sections and the rows of
    other forms: the Overview's first section's rows before the other sections' titles."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and (label := item.widget()) is not None:
            label.setProperty(RANK, FIRST_ROWS)


def last_in_line(widget: QWidget) -> None:
    """``widget`` gets a letter only when every other text on screen has one: a button
    that is shown now and then and has a key of its own (Undo, Ctrl+Z)."""
    widget.setProperty(RANK, LAST)


@dataclass
class Holder:
    """Something that shows a text with a mnemonic: a label, a button, a group box or a tab."""

    widget: QWidget
    get: Callable[[], str]
    set: Callable[[str], None]
    rank: int = ACTION
    # Where the text this module gave it is kept (an object and a property name).
    owner: QObject | None = None
    slot: str = "mnemonic_given"

    def written(self) -> str:
        """The mnemonic the text was written with; not one this module gave it earlier (a
        window is given its letters again when shown, and those must not count as chosen)."""
        owner = self.owner or self.widget
        text = self.get()
        return "" if owner.property(self.slot) == text else mnemonic_of(text)

    def give(self, text: str) -> None:
        self.set(text)
        (self.owner or self.widget).setProperty(self.slot, text)


def _labels_and_buttons(window: QWidget) -> Iterator[Holder]:
    # The widgets themselves are kept while their ids are compared: a wrapper Qt made on
    # its own (a form row's label) may go away, and a new one for the same label come with
    # another id.
    form_labels = _form_labels(window)
    in_forms = {id(label) for label in form_labels}
    buddies = [buddy for label in window.findChildren(QLabel) if (buddy := label.buddy())]
    rows = {id(buddy) for buddy in buddies}
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or _in_popup(widget):
            continue
        if isinstance(widget, QLabel):
            if _reaches_input(widget) and _plain_text(widget) and not widget.property(NO_LETTER):
                rank = ROW if id(widget) in in_forms else ACTION
                own_rank = widget.property(RANK)
                yield Holder(
                    widget, widget.text, widget.setText, rank if own_rank is None else own_rank
                )
        elif isinstance(widget, QAbstractButton):
            if widget.text() and not isinstance(widget.parentWidget(), QTabBar):
                if _own_shortcut(widget) or widget.property(NO_LETTER):
                    continue
                parent = widget.parentWidget()
                rank = (
                    BOXED
                    if isinstance(parent, QDialogButtonBox)
                    else IN_ROW
                    if isinstance(widget, QCheckBox | QRadioButton) and id(parent) in rows
                    else ACTION
                )
                own_rank = widget.property(RANK)
                yield Holder(
                    widget, widget.text, widget.setText, rank if own_rank is None else own_rank
                )
        elif isinstance(widget, QGroupBox) and widget.title() and not widget.property(NO_LETTER):
            # A section's title takes its letter to its first field; a checkable one ticks.
            if widget.isCheckable():
                yield Holder(widget, widget.title, widget.setTitle)
            elif any(isinstance(child, INPUTS) for child in widget.findChildren(QWidget)):
                yield Holder(widget, widget.title, widget.setTitle, SECTION)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.property(f"{NO_LETTER}_{index}"):
                    yield _tab(widget, index)


def _reaches_input(label: QLabel) -> bool:
    """Its letter puts the focus in a field: Qt moves it only to a buddy that takes focus
    (through its focus proxy), and a text shown beside a label is no field (walk 18, W18-1:
    Dutch "Uiterlijk", a check box and date in one widget, and "Taak", a task's wording,
    showed letters that did nothing; the typing went into Status)."""
    buddy = label.buddy()
    if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    while (proxy := buddy.focusProxy()) is not None:
        buddy = proxy
    return not isinstance(buddy, QLabel)


def _form_labels(window: QWidget) -> list[QWidget]:
    """The labels of form rows (a dialog's fields, the Overview's)."""
    found: list[QWidget] = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                found.append(label)
    return found


def _own_shortcut(button: QAbstractButton) -> bool:
    """A button with a key of its own (Ctrl+B for bold): a mnemonic in its text would
    replace that key, so its text is left alone."""
    key = button.shortcut()
    if key.isEmpty():
        return False
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return not (text.startswith("Alt+") and len(text) == len("Alt+M"))


def _tab(bar: QTabBar, index: int) -> Holder:
    def get() -> str:
        return bar.tabText(index)

    def put(text: str) -> None:
        bar.setTabText(index, text)

    return Holder(bar, get, put, slot=f"mnemonic_given_{index}")


def _plain_text(label: QLabel) -> bool:
    # A rich-text label shows no mnemonic; its text is left as written.
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<")
    return bool(text) and not rich


def _in_popup(widget: QWidget) -> bool:
    top = widget.window()
    return top is not None and top.windowType() == Qt.WindowType.Popup


def _menus(window: QWidget) -> list[Holder]:
    """The menu bar's titles (Alt+F for File): first, so no field takes their letters, and
    two menus never share one ("Bestand" and "Beveiliging")."""
    if not isinstance(window, QMainWindow) or window.menuBar() is None:
        return []
    bar = window.menuBar()
    return [_menu(bar, action) for action in bar.actions() if action.text()]


def _menu(bar: QWidget, action: QAction) -> Holder:
    def put(text: str) -> None:
        action.setText(text)

    return Holder(bar, action.text, put, MENU, owner=action)


def holders(window: QWidget) -> list[Holder]:
    """Everything in ``window`` that carries a mnemonic, in the order letters are handed out
    (by rank, and in the window's order within a rank)."""
    found = _menus(window) + list(_labels_and_buttons(window))
    return sorted(found, key=lambda h: h.rank)


def menu_letters(window: QWidget) -> set[str]:
    """The letters the menu bar's titles use."""
    return {mnemonic_of(h.get()) for h in _menus(window)} - {""}


def _pages(widget: QWidget, window: QWidget) -> dict[int, QWidget]:
    """For each stack (tab pages, the main window's pages) above ``widget``: its page."""
    pages: dict[int, QWidget] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = child
        child, parent = parent, parent.parentWidget()
    return pages


def _apart(a: dict[int, QWidget], b: dict[int, QWidget]) -> bool:
    """On different pages of one stack: never on screen together, so they may share a key."""
    return any(stack in b and b[stack] is not page for stack, page in a.items())


def _hand_out(
    unassigned: list[int],
    movable: set[int],
    choices: list[dict[str, int]],
    letters: list[str],
    apart: Callable[[int, int], bool],
) -> None:
    """Gives each of ``unassigned`` (in order) a letter of its text that nothing on screen
    with it has. When all of its letters are taken, one that holds one may move (one of
    ``unassigned``, or of ``movable``: anything lettered but the menus) to
    another free letter of its own (Kuhn's augmenting paths): taking the first free letter
    alone left "Timeline and notes" with none while "Find:" held its 'i' and had 'f' free.
    A letter held on several pages moves when all its holders can."""
    moving = movable | set(unassigned)

    def holders_of(letter: str, i: int) -> list[int]:
        return [
            j for j in range(len(letters)) if j != i and letters[j] == letter and not apart(i, j)
        ]

    def place(i: int, seen: set[str]) -> bool:
        # A free letter first (word starts first), else one whose holder can move.
        for letter in choices[i]:
            if not holders_of(letter, i):
                letters[i] = letter
                return True
        for letter in choices[i]:
            blocking = holders_of(letter, i)
            if letter in seen or not all(j in moving for j in blocking):
                continue
            seen.add(letter)
            # Several may hold it, on different pages (a tab is on screen with every page's
            # buttons): each of them moves, or none does.
            before = list(letters)
            for other in blocking:
                letters[other] = ""
            letters[i] = letter
            if all(place(other, seen) for other in blocking):
                return True
            letters[:] = before
        return False

    for i in unassigned:
        place(i, set())


def _sparing(
    found: list[Holder],
    pages: list[dict[int, QWidget]],
    choices: list[dict[str, int]],
    texts: list[str],
) -> list[dict[str, int]]:
    """Each holder's letters, those the texts after it need least first: a case tab that
    takes 'a' leaves "Add person…", "Add own task…" and "Add" on their tabs without it,
    while 'k' in "Tasks" takes nothing from them. Among equals a letter without a descender
    first, then word starts. What comes after a holder is what ranks below it or lies on a
    page within its page."""
    after = [
        [
            j
            for j, other in enumerate(found)
            if j != i
            and (other.rank, len(pages[j])) > (holder.rank, len(pages[i]))
            and not _apart(pages[i], pages[j])
        ]
        for i, holder in enumerate(found)
    ]
    wanted = [str(holder.widget.property(PREFERRED) or "") for holder in found]
    ordered = []
    for i, own in enumerate(choices):
        need = {letter: sum(letter in choices[j] for j in after[i]) for letter in own}
        shown = _without_mnemonic(texts[i])
        # The underline under a descender ("Bewi&js") is all but hidden by it.
        low = {letter: shown[p] in DESCENDERS for letter, p in own.items()}
        # Its own preferred letter first; one another holder on screen with it prefers last.
        others = {
            w for j, w in enumerate(wanted) if w and j != i and not _apart(pages[i], pages[j])
        }
        rank = list(own)  # word starts first
        rank.sort(  # stable among equals
            key=lambda letter: (
                letter != wanted[i],
                letter in others,
                need[letter],
                low[letter],
            )
        )
        ordered.append({letter: own[letter] for letter in rank})
    return ordered


def _pinned(holder: Holder, letter: str) -> bool:
    """Never moved to make room: the menus' letters (Alt+F stays File), and a letter written
    in the text (by the translator) that was kept. Walk 6, W6-6: moved for the buttons of
    the pages below them, the Dutch case tabs ended with "Bewi&js", its underline hidden by
    the j's tail; the tabs, the search label and the case list now carry written letters
    that stay where they were written."""
    return holder.rank == MENU or (
        bool(letter) and letter in (holder.written(), holder.widget.property(PREFERRED))
    )


def assign(window: QWidget) -> None:
    """Gives every label with a field, button, check box and tab of ``window`` a mnemonic that
    nothing else on screen with it has (OK and Cancel last), and each labelled field its
    label's text as accessible name."""
    found = holders(window)
    pages = [_pages(h.widget, window) for h in found]
    letters: list[str] = [""] * len(found)

    def apart(i: int, j: int) -> bool:
        return _apart(pages[i], pages[j])

    def taken_for(index: int) -> set[str]:
        return {
            letters[j]
            for j in range(len(found))
            if j != index and letters[j] and not apart(index, j)
        }

    # By rank, and within a rank what is on screen with more first: the case list and the
    # case's tabs before one tab's buttons (a stack's pages share letters among themselves,
    # but each takes them from what stays on screen with all of them).
    shown = [holder.get() for holder in found]
    choices = _sparing(found, pages, [_choices(text) for text in shown], shown)
    # A button whose text flips takes a letter all its texts have (others move to make room);
    # only when none can be had does it take one of this text (the other text has none).
    firsts = [_first_text(holder) for holder in found]
    shared = _sparing(found, pages, [_shared(holder) for holder in found], firsts)
    # A button that asks first never takes a letter that answers its question (asks_first).
    avoid = [answer_letters(holder.widget) for holder in found]
    choices = [{k: p for k, p in own.items() if k not in avoid[i]} for i, own in enumerate(choices)]
    shared = [{k: p for k, p in own.items() if k not in avoid[i]} for i, own in enumerate(shared)]
    given: list[int] = []  # holders given a letter here (not written in their text)
    # A preferred letter is taken first, whatever the rank (prefers), unless a text on screen
    # with it has that letter written.
    for i, holder in enumerate(found):
        wanted = str(holder.widget.property(PREFERRED) or "")
        if wanted in choices[i] and not any(
            found[j].written() == wanted for j in range(len(found)) if not apart(i, j)
        ):
            letters[i] = wanted
    for rank, depth in sorted({(holder.rank, len(pages[i])) for i, holder in enumerate(found)}):
        group = [
            i for i, holder in enumerate(found) if (holder.rank, len(pages[i])) == (rank, depth)
        ]
        # Letters written in the texts first, in order; a later duplicate loses its own.
        for i in group:
            letter = found[i].written()
            if letter and letter not in taken_for(i) and letter not in avoid[i]:
                letters[i] = letter
        # Then the texts with the fewest letters to choose from ("Opened on:" beside a
        # column of long check box texts), so a short label is not left without one. Those
        # given a letter earlier in the same rank may move to make room.
        unassigned = [i for i in group if not letters[i]]
        # One that prefers a letter goes first, so it gets it (prefers).
        unassigned.sort(
            key=lambda i: (not found[i].widget.property(PREFERRED), len(_letters_of(firsts[i])))
        )
        # Anything given a letter here may move to another letter of its own to make room
        # (a letter written in the text and kept, and the menus', stay: _pinned): a busy
        # window ran out (the Overview beside the case list left Save, Revert and three of
        # its four sections without one, while a tab could have taken another letter).
        # Nothing loses its letter by a move, so what ranks higher keeps one.
        movable = {i for i in range(len(found)) if letters[i] and not _pinned(found[i], letters[i])}
        # A trial first: a flipping button that cannot have a shared letter competes with
        # its own letters, as any other button (English "Mark &done" keeps its D).
        trial = list(letters)
        _hand_out(unassigned, movable, shared, trial, apart)
        shared = [
            choices[i] if i in unassigned and not trial[i] else own for i, own in enumerate(shared)
        ]
        _hand_out(unassigned, movable, shared, letters, apart)
        given += unassigned
    _off_descenders(found, letters, shared, apart)
    for i, holder in enumerate(found):
        if letters[i] == mnemonic_of(holder.get()):
            continue  # a written letter kept where it was written
        text = _marked(holder.get(), letters[i])
        if text != holder.get():
            holder.give(text)
    for button in window.findChildren(QAbstractButton):
        menu = button.menu() if isinstance(button, QPushButton | QToolButton) else None
        # Not the menu bar's » button: its menu holds the menu bar's own titles.
        if menu is not None and button.window() is window and not _in_menu_bar(button):
            _assign_menu(menu)
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text():
            continue
        # A row's label names its field, and each input of a composite field (a check box
        # that switches a date on, and the date).
        for field in (buddy, *buddy.findChildren(QWidget)):
            if isinstance(field, INPUTS) and not field.accessibleName():
                field.setAccessibleName(plain(label.text()))
        if not buddy.accessibleName():
            buddy.setAccessibleName(plain(label.text()))


def _off_descenders(
    found: list[Holder],
    letters: list[str],
    choices: list[dict[str, int]],
    apart: Callable[[int, int], bool],
) -> None:
    """Moves a letter that sits on a g, j, p, q or y to another letter of the same text that
    nothing on screen with it has, where there is one; then a text left without a letter
    takes one freed so (walk 16, W16-2: "Uit zaak verwi&jderen" had a free "u", and its
    underline merged with the j's tail). Ranking spares letters for later texts, and the
    descender came only after that; an underline that cannot be seen is no letter at all."""

    def free(i: int, letter: str) -> bool:
        return not any(
            letters[j] == letter and j != i and not apart(i, j) for j in range(len(found))
        )

    def low(i: int, letter: str) -> bool:
        shown = _without_mnemonic(found[i].get())
        where = _choices(shown).get(letter)
        return where is not None and shown[where] in DESCENDERS

    for i, holder in enumerate(found):
        if holder.rank == MENU or not letters[i] or not low(i, letters[i]):
            continue
        better = [c for c in _choices(holder.get()) if c in choices[i] and not low(i, c)]
        letters[i] = next((c for c in better if free(i, c)), letters[i])
    for i, holder in enumerate(found):
        if not letters[i] and holder.rank != MENU:
            own = [c for c in _choices(holder.get()) if c in choices[i]]
            own.sort(key=lambda c: low(i, c))
            letters[i] = next((c for c in own if free(i, c)), "")


def _in_menu_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, QMenuBar)


def _assign_menu(menu: QMenu) -> None:
    """A button's menu (Evidence: Add ▸ Files…, Web address…, Message…): each item a letter
    that no other item of the menu has; the letter picks the item while the menu is open, so
    it may be one the window uses (walk 7, W7-4: the menu opened with no letter at all)."""
    items = [Holder(menu, a.text, a.setText, owner=a) for a in menu.actions() if a.text()]
    letters = [""] * len(items)
    for i, item in enumerate(items):
        letter = item.written()
        if letter and letter not in letters:
            letters[i] = letter
    for i, item in enumerate(items):
        if not letters[i]:
            letters[i] = next((c for c in _choices(item.get()) if c not in letters), "")
    for item, letter in zip(items, letters, strict=True):
        if letter != mnemonic_of(item.get()):
            text = _marked(item.get(), letter)
            if text != item.get():
                item.give(text)


class MnemonicKeeper(WindowShownFilter):
    """Application-wide: each window gets its mnemonics (and field names) when shown."""

    NAME = "mnemonic_keeper"

    def shown(self, window: QWidget) -> None:
        assign(window)


def install(app: QApplication) -> None:
    MnemonicKeeper.install(app)
