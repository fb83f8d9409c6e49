"""Switching light/dark with a case open (walk I, finding 23: about 4 s on the walker's
screen): the main window with six cases, one shown on its Tasks tab (41 wrapped rows) or its
Evidence tab, and theme.set_scheme timed alternately dark and light, 5 rounds, medians. Each
is timed twice: as the app does it, and with the tables' fit-to-contents not held during the
switch (how it was before). Runs offscreen unless QT_QPA_PLATFORM says otherwise (Xvfb gives
the walker's figures). Prints; asserts nothing.

    PYTHONPATH=. python bench/scheme_switch_bench.py
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.common import i18n, theme
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.app import create_app
from adviser_desk.ui.shell.main_window import MainWindow

ROUNDS = 5


@contextlib.contextmanager
def _not_held(_app: QApplication) -> Iterator[None]:
    yield


def _median_switch(app: QApplication) -> float:
    times = []
    for index in range(2 * ROUNDS):
        scheme = theme.Scheme.DARK if index % 2 == 0 else theme.Scheme.LIGHT
        start = time.perf_counter()
        theme.set_scheme(app, scheme)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the application is made
    work = Path(tempfile.mkdtemp())
    os.environ[prefs.CONFIG_ENV] = str(work / "config")
    app = create_app()
    theme.set_scheme(app, theme.Scheme.LIGHT)
    i18n.install("nl")
    service, _key = svc.create_case_file(work / "bench.adcase", "paars konijn fietst", kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    session = CaseFileSession(service)
    for number in range(6):
        draft = dc.CaseDraft(f"Nepaccount {number}", [dc.IncidentType.FAKE_ACCOUNT])
        session.cases.create_case(draft)
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    window.resize(1280, 800)
    window.opened(service, ask_name=False)
    window.show()
    window.page.case_list.wait()
    window.page.case_list.table.selectRow(0)
    QTest.qWait(300)
    view = window.page.case_view
    held = theme._sizes_held
    print(f"platform {QApplication.platformName()}, {len(app.allWidgets())} widgets")
    for name, tab in (("Tasks", view.tasks), ("Evidence", view.evidence)):
        view.tabs.setCurrentWidget(tab)
        QTest.qWait(300)
        now = _median_switch(app)
        theme._sizes_held = _not_held  # type: ignore[assignment]
        try:
            before = _median_switch(app)
        finally:
            theme._sizes_held = held
        print(f"{name} tab shown: switch {now:.2f} s; without holding the tables {before:.2f} s")
    window.close_case_file()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
