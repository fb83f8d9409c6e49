"""The letter's text: a rich-text editor shown as white paper, with its small toolbar (bold,
italic, lists) and the "Details checked" button that clears the highlighted details."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QPushButton, QTextEdit, QToolBar, QVBoxLayout, QWidget

from adviser_desk.domain import letters as dl


class LetterText(QWidget):
    """Emits ``details_checked`` when the adviser has checked the details from the case."""

    details_checked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = QTextEdit(self)
        self.editor.setObjectName("letter_text")
        self.editor.setAcceptRichText(True)
        font = self.editor.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.editor.setFont(font)
        # The letter is shown as the paper it is printed on, in either colour scheme, so the
        # highlighted details (dark text on yellow) read the same everywhere.
        paper = self.editor.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.editor.setPalette(paper)
        tools = QToolBar(self)
        # The actions belong to the dialog so their shortcuts work wherever its focus is.
        self.bold = QAction(self.tr("Bold"), parent)
        self.bold.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold.setCheckable(True)
        self.bold.triggered.connect(self.toggle_bold)
        tools.addAction(self.bold)
        self.italic = QAction(self.tr("Italic"), parent)
        self.italic.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic.setCheckable(True)
        self.italic.triggered.connect(lambda on: self.editor.setFontItalic(on))
        tools.addAction(self.italic)
        # Off together when the letter may only be read (a handed-over case).
        self.format_actions = [self.bold, self.italic]
        for text, style in (
            (self.tr("Bulleted list"), "disc"),
            (self.tr("Numbered list"), "decimal"),
        ):
            action = QAction(text, parent)
            action.triggered.connect(lambda _c=False, s=style: self.make_list(s))
            tools.addAction(action)
            self.format_actions.append(action)
        tools.addSeparator()
        self.check_button = QPushButton(self.tr("Details checked"), parent)
        self.check_button.setObjectName("details_checked")
        self.check_button.setToolTip(
            self.tr("Removes the highlighting once you have checked every filled-in detail.")
        )
        self.check_button.clicked.connect(self.mark_checked)
        tools.addWidget(self.check_button)
        self.editor.currentCharFormatChanged.connect(self._format_changed)
        self.editor.cursorPositionChanged.connect(self._plain_after_field)
        self.editor.installEventFilter(self)
        self.editor.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools)
        layout.addWidget(self.editor, 1)

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic.setChecked(fmt.fontItalic())

    @Slot()
    def _plain_after_field(self) -> None:
        """Text typed right after a highlighted case detail is the adviser's own, not part of
        the detail: Qt gives new text the format of the character before the cursor, so it
        came out yellow too. At the end of a highlight (the next character is plain, or the
        line ends) the typing format drops the background; inside a detail, a correction
        stays highlighted until checked."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection() or cursor.atBlockStart():
            return
        before = cursor.charFormat()  # the character before the cursor
        if not _highlighted(before):
            return
        if not cursor.atBlockEnd():
            after = QTextCursor(cursor)
            after.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
            if _highlighted(after.charFormat()):  # inside the detail
                return
        plain = QTextCharFormat(before)
        plain.clearBackground()
        self.editor.setCurrentCharFormat(plain)

    def _select_detail(self, event: QMouseEvent) -> bool:
        """A double click on a highlighted detail or prompt selects all of it, brackets and
        all, so typing replaces "[plaats]" instead of leaving "[Utrecht]" (walk 6, W6-1:
        Qt selected the word inside the brackets only)."""
        cursor = self.editor.cursorForPosition(event.position().toPoint())
        block = cursor.block()
        inside = cursor.position() - block.position()
        runs: list[tuple[int, int]] = []  # highlighted stretches of the line
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and _highlighted(fragment.charFormat()):
                start, end = fragment.position(), fragment.position() + fragment.length()
                if runs and runs[-1][1] == start:
                    start = runs.pop()[0]
                runs.append((start, end))
            it += 1
        for start, end in runs:
            if start - block.position() <= inside <= end - block.position():
                chosen = QTextCursor(block)
                chosen.setPosition(start)
                chosen.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.editor.setTextCursor(chosen)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor.viewport()
            and event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.editor.isReadOnly()
            and self._select_detail(event)
        ):
            return True
        return self._type_over(watched, event) or super().eventFilter(watched, event)

    def _type_over(self, watched: QObject, event: QEvent) -> bool:
        """Typing over a selection (a "[plaats]" prompt, a detail) replaces it with the
        adviser's own text: Qt gave the first typed letter the selection's format, so the "U"
        of "Utrecht" stayed highlighted as taken from the case (walk 5, W5-16)."""
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.editor.textCursor().hasSelection()
            and not self.editor.isReadOnly()
            and event.text().isprintable()
            and event.text()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            cursor = self.editor.textCursor()
            first = QTextCursor(cursor)
            first.setPosition(cursor.selectionStart() + 1)  # the selection's first character
            plain = QTextCharFormat(first.charFormat())
            plain.clearBackground()
            cursor.insertText(event.text(), plain)
            self.editor.setTextCursor(cursor)
            return True
        return False

    @Slot()
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def make_list(self, style: str) -> None:
        cursor = self.editor.textCursor()
        fmt = QTextListFormat()
        fmt.setStyle(
            QTextListFormat.Style.ListDecimal
            if style == "decimal"
            else QTextListFormat.Style.ListDisc
        )
        cursor.createList(fmt)

    @Slot()
    def mark_checked(self) -> None:
        """Clears the highlight of the details taken from the case: the adviser has checked
        them. A [prompt] still open keeps its highlight until it is filled in (walk 7, W7-10:
        the open [datum] lost its mark with the rest, so only the PDF's check found it)."""
        document = self.editor.document()
        kept = _open_prompts(document)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one step for Ctrl+Z
        cursor.select(QTextCursor.SelectionType.Document)
        plain = QTextCharFormat()
        plain.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        cursor.mergeCharFormat(plain)
        for start, end, brush in kept:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            marked = QTextCharFormat()
            marked.setBackground(brush)
            cursor.mergeCharFormat(marked)
        cursor.endEditBlock()
        self.details_checked.emit()


def _open_prompts(document: QTextDocument) -> list[tuple[int, int, QBrush]]:
    """Where the highlighted [prompts] still open are (start, end, their highlight): those the
    open-fields check (domain.letters.open_fields) finds, highlighted from their first
    character on."""
    found: list[tuple[int, int, QBrush]] = []
    for prompt in dl.open_fields(document.toPlainText()):
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(prompt, cursor, QTextDocument.FindFlag.FindCaseSensitively)
            if cursor.isNull():
                break
            first = QTextCursor(document)
            first.setPosition(cursor.selectionStart() + 1)  # the format of its first character
            if _highlighted(first.charFormat()):
                background = first.charFormat().background()
                found.append((cursor.selectionStart(), cursor.selectionEnd(), background))
    return found


def _highlighted(fmt: QTextCharFormat) -> bool:
    """A case detail: the only characters with a background (Details checked clears it)."""
    return fmt.background().style() != Qt.BrushStyle.NoBrush
