"""The interview window's live question checker: what the typed question may do wrong
(suggestive, blaming, promising secrecy...), by which layer (rules, or the semantic layer
once it has loaded in the background), and an open rewrite to use instead."""

from __future__ import annotations

import atexit
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from adviser_desk.domain.questions import SEMANTIC, Finding
from adviser_desk.services import interview_service as isvc
from adviser_desk.services import question_checking
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.workers import Task

_t = fmt.translate

# One load of the semantic layer for the whole app, shared by every interview window; kept
# here so the thread outlives a window closed while it loads.
_loader: Task | None = None


def semantic_loader() -> Task | None:
    """Starts loading the semantic layer off the GUI thread (once); None when nothing is left
    to load (loaded, or failed for good)."""
    global _loader
    if question_checking.semantic_ready() or question_checking.failure() is not None:
        return None
    if _loader is None or (not _loader.busy and _loader.reported):
        _loader = Task(lambda _progress, _cancelled: question_checking.load_semantic())
        # Quitting while it loads must not destroy a running QThread (that aborts Python).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(wait_for_semantic_loader)
        atexit.register(wait_for_semantic_loader)
        _loader.start()
    return _loader


def wait_for_semantic_loader(timeout_ms: int = 60_000) -> None:
    """Lets a running load finish (tests and shutdown: a QThread must not outlive Python)."""
    if _loader is not None and _loader.isRunning():
        _loader.wait(timeout_ms)


class QuestionCheck(QWidget):
    """The findings for what is typed in ``line``, checked by ``check(text)`` while
    ``asking()`` says the adviser is asking; "Use the open rewrite" puts the suggestion in."""

    def __init__(
        self,
        line: QLineEdit,
        check: Callable[[str], list[Finding]],
        asking: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.line, self._check, self._asking = line, check, asking
        self.findings: list[Finding] = []
        self.finding_label = QLabel(self)
        self.finding_label.setObjectName("findings")
        self.finding_label.setWordWrap(True)
        self.finding_label.setTextFormat(Qt.TextFormat.RichText)
        self.finding_label.hide()
        # Says once how questions are checked while the semantic layer loads or if it cannot.
        self.checker_state = QLabel(self)
        self.checker_state.setObjectName("checker_state")
        self.checker_state.setWordWrap(True)
        self.checker_state.hide()
        self.use_suggestion = QPushButton(self.tr("Use the open rewrite"), self)
        self.use_suggestion.setObjectName("use_suggestion")
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.use_suggestion.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.finding_label)
        layout.addWidget(self.checker_state)
        layout.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        self.switched_off = False
        self.hide()  # shown only while it has something to say
        line.textChanged.connect(self.check_live)

    def switch_off(self) -> None:
        """A closed or read-only conversation checks nothing and shows nothing."""
        self.switched_off = True
        self.hide()

    def _show_what_is_said(self) -> None:
        """Visible only with a finding or the checker's state to show: the empty findings
        line and the spacing around it left a blank band under the line field and the
        promise hint (walk 7, W7-9)."""
        self.finding_label.setVisible(bool(self.findings))
        says = bool(self.findings) or not self.checker_state.isHidden()
        self.setVisible(says and not self.switched_off)

    # -- the semantic layer ---------------------------------------------------------------------
    def start_semantic_layer(self) -> None:
        loader = semantic_loader()
        if loader is not None:
            self._show_checker_state(
                self.tr("Checking with the rules; the semantic check is still loading…")
            )
            loader.done.connect(self._semantic_layer_loaded)
            loader.error.connect(self._semantic_layer_loaded)
        else:
            self._semantic_layer_loaded()

    def _show_checker_state(self, text: str) -> None:
        self.checker_state.setText(f"<i>{text}</i>")
        self.checker_state.setVisible(bool(text))
        self._show_what_is_said()

    @Slot(object)
    def _semantic_layer_loaded(self, _result: object = None) -> None:
        if question_checking.semantic_ready():
            self._show_checker_state("")
            # What was typed while it loaded gets the full check now; a window closed while it
            # loaded checks nothing: its case file may be closed already.
            if self.window().isVisible():
                self.check_live()
        elif question_checking.failure() is not None:
            self._show_checker_state(
                self.tr(
                    "The semantic check could not be loaded, so questions are checked with the "
                    "rules only."
                )
            )

    # -- checking ---------------------------------------------------------------------------------
    @Slot()
    def check_live(self) -> None:
        text = self.line.text()
        if not self._asking() or not text.strip():
            self.findings = []
        else:
            self.findings = self._check(text)
        if not self.findings:
            self.finding_label.clear()
            self.use_suggestion.hide()
            self._show_what_is_said()
            return
        parts = []
        instead = self.tr("Instead:")
        like_label = self.tr("Like:")
        danger = theme.color("danger").name()
        # Quotation marks of the chosen language: “…” in English, ‘…’ in Dutch. The
        # guillemets used before belong to neither (walk 14, W14-15).
        quote = fmt.locale().quoteString
        for finding in self.findings:
            kind = _t("interviews", isvc.KIND_LABELS[finding.kind])
            message = _t("questions", finding.message)
            if finding.layer == SEMANTIC:
                layer = self.tr("semantic: resembles labelled examples")
                like = "".join(
                    f"<br/>{like_label} {quote(html.escape(example))}"
                    for example in finding.examples
                )
            else:
                layer, like = self.tr("rule"), ""
            parts.append(
                f"<p><b style='color:{danger}'>{kind}</b> <small>({layer})</small> "
                f"{quote(html.escape(finding.trigger.strip()))}: {message}{like}"
                f"<br/><i>{instead} {html.escape(finding.suggestion)}</i></p>"
            )
        self.finding_label.setText("".join(parts))
        self.use_suggestion.show()
        self._show_what_is_said()

    @Slot()
    def _apply_suggestion(self) -> None:
        if self.findings:
            self.line.setText(self.findings[0].suggestion)
            self.line.setFocus()


class OpenQuestions(QLabel):
    """The share of open questions (those the checker found nothing wrong with) among the
    adviser's questions so far. "Open" is the interviewing term, not "still to answer": the
    earlier "0 of 4 questions open" read as a to-do count (walker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats")
        self.setToolTip(
            self.tr(
                "Open questions let the student tell in their own words. The others were "
                "yes/no, suggestive, blaming or promised secrecy."
            )
        )

    def show_counts(self, open_count: int, total: int) -> None:
        if open_count == total:
            self.setText(self.tr("All %n question(s) were open", "", total))
        else:
            text = self.tr("Open questions: {open} of %n", "", total)
            self.setText(text.format(open=open_count))
