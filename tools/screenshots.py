"""Renders each main screen to PNG for review:
``python tools/screenshots.py OUT_DIR [nl|en] [light|dark]``.

Runs on a virtual screen (Xvfb, ideally with a window manager; set QT_SCALE_FACTOR for 1.5x or
2x) or offscreen, with a throwaway case file and settings. Each window is saved as rendered
(NAME.png) and, on a real X screen, as the screen shows it (NAME-screen.png); every window's
size, minimum size and whether it fits the screen are printed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import i18n, theme
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.app import create_app
from adviser_desk.ui.shell.main_window import MainWindow
from adviser_desk.ui.shell.settings_dialog import SettingsDialog

NOT_FITTING: list[str] = []


def grab(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()
    QTest.qWait(250)
    widget.grab().save(str(out / f"{name}.png"))
    window = widget.window()
    screen = window.screen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    hint = window.minimumSizeHint()
    fits = area.contains(frame) and hint.width() <= 1280 and hint.height() <= 720
    if not fits:
        NOT_FITTING.append(name)
    print(
        f"{name}: {frame.width()}x{frame.height()} at {frame.x()},{frame.y()}; "
        f"minimum {hint.width()}x{hint.height()}; screen {area.width()}x{area.height()} "
        + ("fits" if fits else "DOES NOT FIT")
    )
    if QGuiApplication.platformName() == "xcb":
        screen.grabWindow(0).save(str(out / f"{name}-screen.png"))


def main() -> int:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    scheme = sys.argv[3] if len(sys.argv) > 3 else "light"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    os.environ[prefs.CONFIG_ENV] = str(work / "config")
    app = create_app()
    theme.set_scheme(app, theme.Scheme(scheme))
    i18n.install(language)
    settings = prefs.Settings()
    window = MainWindow(settings, kdf.MINIMUM)
    grab(window, out, f"{language}-1-welcome")
    create = CreateCaseFileDialog(work, window, kdf.MINIMUM)
    create.passwords.password.setText("paars konijn fietst")
    create.passwords.repeat.setText("paars konijn fiets")
    grab(create, out, f"{language}-2-create")
    # As it looks while the key is derived (a stand-in job of the same length).
    create.work_succeeded = lambda _result: None  # type: ignore[method-assign]
    create.run_work(lambda: time.sleep(1.5))
    grab(create, out, f"{language}-2-create-busy")
    while create.working:
        QTest.qWait(50)
    create.close()
    service, recovery = svc.create_case_file(
        work / "Zaken 2026.adcase", "paars konijn fietst", kdf.MINIMUM
    )
    dialog = RecoveryKeyDialog(service, recovery, window)
    grab(dialog, out, f"{language}-3-recovery-key")
    dialog.close()
    service.confirm_recovery_key_stored()
    window.opened(service)
    grab(window, out, f"{language}-4-case-file")
    window.lock()
    grab(window, out, f"{language}-5-locked")
    unlock = UnlockDialog(work / "Zaken 2026.adcase", window, try_remembered=False)
    unlock.password.setText("wrong")
    grab(unlock, out, f"{language}-6-unlock")
    unlock.close()
    settings_dialog = SettingsDialog(settings, window)
    grab(settings_dialog, out, f"{language}-7-settings")
    settings_dialog.close()
    window.close_case_file()

    # The demo case file, as an adviser would see it.
    settings.set(prefs.CASE_FILE_FOLDER, str(work / "demo"))
    window._fit_to_screen(1280, 800)
    window.opening.open_demo()
    # The demo is made in a worker behind a progress dialog (walk 5, W5-22): wait until it is
    # open, as the adviser does, before the case screens are taken.
    deadline = time.monotonic() + 120
    while window.service is None or window.stack.currentWidget() is not window.page:
        if time.monotonic() > deadline:
            raise SystemExit("the demo case file did not open within 120 s")
        QTest.qWait(50)
    window.page.case_list.wait()
    grab(window, out, f"{language}-8-case-list")
    hint = window.minimumSizeHint()
    print(f"main window minimum size: {hint.width()} x {hint.height()} (logical pixels)")
    table = window.page.case_list.table
    table.selectRow(1)
    grab(window, out, f"{language}-9-case-overview")
    for index, name in ((1, "10-people"), (2, "11-tasks"), (3, "12-timeline")):
        window.page.case_view.tabs.setCurrentIndex(index)
        grab(window, out, f"{language}-{name}")
    view = window.page.case_view
    for widget, name in (
        (view.evidence, "14-evidence"),
        (view.letters, "15-letters"),
        (view.meldcode, "17-meldcode"),
    ):
        view.tabs.setCurrentWidget(widget)
        grab(window, out, f"{language}-{name}")
    window.page.tabs.setCurrentWidget(window.page.audit_page)
    grab(window, out, f"{language}-18-audit")
    window.page.tabs.setCurrentIndex(0)

    # A stop letter drafted from the case.
    from adviser_desk.domain.letters import LetterKind
    from adviser_desk.ui.letters.letter_editor import LetterEditor

    assert window.cases is not None and view.case_id is not None
    editor = LetterEditor(view.letters.letters, view.case_id, LetterKind.STOP_SPREAD, None, window)  # type: ignore[arg-type]
    editor.resize(1100, 760)
    grab(editor, out, f"{language}-16-letter")
    editor.close()

    # An interview under way, with the checker flagging a question being typed.
    from adviser_desk.services.interview_service import ADVISER, STUDENT, InterviewService
    from adviser_desk.services.protocol_data import interview_guide
    from adviser_desk.ui.interview.interview_window import InterviewWindow

    assert window.cases is not None
    interviews = InterviewService(window.cases, interview_guide())
    case_id = window.page.case_view.case_id
    assert case_id is not None
    interview = interviews.start(case_id, "victim", place="Kamer 2.14", language=language)
    lines = {
        "nl": [
            (ADVISER, "Fijn dat je hier bent. Vertel eens wat er gebeurd is."),
            (STUDENT, "Iemand heeft een foto van mij in de klassenapp gezet."),
            (ADVISER, "Vertel daar eens meer over."),
            (STUDENT, "Milan had hem, ik weet niet hoe. Iedereen heeft hem gezien."),
        ],
        "en": [
            (ADVISER, "I'm glad you're here. Tell me what happened."),
            (STUDENT, "Someone put a photo of me in the class chat."),
            (ADVISER, "Tell me more about that."),
            (STUDENT, "Milan had it, I don't know how. Everyone saw it."),
        ],
    }[language]
    for speaker, text in lines:
        interviews.add_line(interview, speaker, text)
    interviews.tick(interview, "calm")
    session_window = InterviewWindow(interviews, interview, window)
    session_window.input.setText(
        "Stond het ook op Snapchat, toch?" if language == "nl" else "Was it on Snapchat too, right?"
    )
    grab(session_window, out, f"{language}-13-interview")
    session_window.close()

    # The dialogs of a case.
    from adviser_desk.domain import meldcode
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog, PersonDialog, TaskDialog
    from adviser_desk.ui.case.meldcode_tab import MeldcodeStepDialog
    from adviser_desk.ui.case_file.annual_report_dialog import AnnualReportDialog
    from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
    from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog as EvidenceHandover
    from adviser_desk.ui.evidence.takedown_dialog import TakedownDialog
    from adviser_desk.ui.evidence.url_dialog import UrlDialog

    assert view.evidence.service is not None
    items = view.evidence.service.items(case_id)
    web = [row for row in items if row.url] or items
    from adviser_desk.ui.interview.interview_window import ClosingDialog

    dialogs: list[tuple[QWidget, str]] = [
        (NewCaseDialog(window.cases, window), "20-new-case"),
        (PersonDialog(window.cases, case_id, None, window), "21-person"),
        (IntakeDialog(3, True, window), "22-add-evidence"),
        (UrlDialog(view.evidence.service, case_id, window), "22b-web-address"),  # type: ignore[arg-type]
        (EvidenceHandover(view.evidence.service, case_id, items, window), "22c-hand-over"),  # type: ignore[arg-type]
        (TakedownDialog(view.evidence.service, web[0], window), "22d-takedown"),  # type: ignore[arg-type]
        (ClosingDialog(interviews, case_id, window), "23-close-interview"),
        (mark_dialog(items[0], window), "22e-mark-sexual"),
        (
            MeldcodeStepDialog(
                view.meldcode.meldcode,  # type: ignore[arg-type]
                case_id,
                meldcode.Entry(meldcode.Step.WEIGHING),
                "Marieke Jansen",
                window,
            ),
            "25-meldcode-step",
        ),
        (AnnualReportDialog(window.session.annual_report, window), "26-annual-report"),  # type: ignore[union-attr]
    ]
    detail = view.detail
    if detail is not None and detail.tasks:
        task = TaskDialog(
            window.cases, case_id, detail.tasks[0], detail.people, window.cases.protocol, window
        )
        dialogs.append((task, "24-task"))
    for dialog, name in dialogs:
        grab(dialog, out, f"{language}-{name}")
        dialog.close()
    if NOT_FITTING:
        print("Not fitting:", ", ".join(NOT_FITTING))
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.close_case_file()
    return 0


def mark_dialog(row: object, parent: QWidget) -> QWidget:
    """Mark as possibly sexual image… as the evidence tab opens it for a stored item."""
    from PySide6.QtCore import QCoreApplication

    from adviser_desk.ui.evidence.mark_dialog import MarkDialog

    ctx = "EvidenceWithholdActions"
    text = QCoreApplication.translate(
        ctx,
        "Mark {number} ({name}) as possibly a sexual image of someone under 18?\n\n"
        "Keeping such an image is an offence, even as evidence. Its stored original and "
        "thumbnail are removed from the case file for good; {number} stays as a record of "
        "an image deliberately not kept: its description, SHA-256, where it came from and "
        "who saw it. This cannot be undone.\n\n"
        "Copies exported or handed over earlier are not changed: delete those yourself.",
    ).format(number=getattr(row, "number", ""), name=getattr(row, "original_name", "") or "—")
    title = QCoreApplication.translate(ctx, "Mark as possibly sexual image")
    return MarkDialog(title, text, "", "", parent)


if __name__ == "__main__":
    raise SystemExit(main())
