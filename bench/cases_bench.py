"""Case benchmarks: case list with 10,000 cases, a case with 500 tasks and notes, and FTS
search over 10,000 cases and 100,000 notes. Prints figures; asserts nothing."""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import TaskInput
from adviser_desk.services.protocol_data import protocol
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.storage.models import Note

WORDS = (  # noqa: SIM905 - easier to read as prose
    "foto klassenapp snapchat instagram tiktok moeder vader mentor politie melding aangifte "
    "account bericht dreiging screenshot groep leerling gesprek school pauze telefoon video "
    "verspreid verwijderd helpwanted stopbrief excuses klas docent team zorg"
).split()
NAMES = "Noor Daan Aylin Sem Milan Zoë Łukasz Şükrü Fatima Jesse Lotte Bram Yara Finn".split()  # noqa: SIM905


SYLLABLES = [
    "ba",
    "be",
    "bo",
    "da",
    "de",
    "do",
    "ka",
    "ke",
    "ko",
    "la",
    "le",
    "lo",
    "ma",
    "me",
    "mo",
    "na",
    "ne",
    "no",
    "ra",
    "re",
    "ro",
    "sa",
    "se",
    "so",
    "ta",
    "te",
    "to",
]
# A larger vocabulary, so that a word typically occurs in a small share of notes as in real
# text; WORDS are the very common ones, used for the worst case.
_VOCAB_RNG = random.Random(1)
VOCABULARY = sorted({"".join(_VOCAB_RNG.choice(SYLLABLES) for _ in range(3)) for _ in range(6000)})


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(
        rng.choice(WORDS) if rng.random() < 0.3 else rng.choice(VOCABULARY) for _ in range(words)
    )


def _populate(cases: CaseService, n_cases: int, n_notes: int, tasks_per_case: int) -> None:
    """Bulk rows straight into the tables with plain executemany (the services would take
    many minutes for 10,000 cases); then the same derived values the services keep."""
    rng = random.Random(7)
    today = date(2026, 11, 21)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    items = protocol().items
    case_rows = []
    task_rows = []
    for i in range(1, n_cases + 1):
        opened = today - timedelta(days=rng.randint(0, 2000))
        case_rows.append(
            (
                i,
                dc.case_number(opened.year, i),
                f"{rng.choice(NAMES)} {_sentence(rng, 4)}",
                _sentence(rng, 20),
                rng.choice(["open", "monitoring", "closed"]),
                opened.isoformat(),
                json.dumps([rng.choice(list(dc.IncidentType)).value]),
                now,
            )
        )
        for j in range(tasks_per_case):
            item = items[j % len(items)]
            due = opened + timedelta(days=item.due_days or 30)
            status = rng.choice(["open", "done", "done"])
            task_rows.append(
                (i, item.key, item.section, item.text["nl"], due.isoformat(), status, j)
            )
    note_rows = [
        (rng.randint(1, n_cases), now, "bench", _sentence(rng, 25)) for _ in range(n_notes)
    ]
    raw = cases.case_file.engine.raw_connection()
    try:
        db = raw.driver_connection
        assert db is not None
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO cases (id, number, title, description, status, opened_on, "
            "incident_types, platforms, may_tell, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '[]', '[]', ?)",
            case_rows,
        )
        db.executemany(
            "INSERT INTO tasks (case_id, item_key, section, title, due_on, status, referrals, "
            "position) VALUES (?, ?, ?, ?, ?, ?, '[]', ?)",
            task_rows,
        )
        db.executemany(
            "INSERT INTO notes (case_id, recorded_at, author, text) VALUES (?, ?, ?, ?)",
            note_rows,
        )
        db.execute(
            "UPDATE cases SET open_tasks = (SELECT count(*) FROM tasks t WHERE t.case_id = "
            "cases.id AND t.status = 'open'), first_open_due = (SELECT min(due_on) FROM tasks t "
            "WHERE t.case_id = cases.id AND t.status = 'open')"
        )
        db.execute(
            "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
            "SELECT id * 8 + 1, id, 'case', id, number || ' ' || title || ' ' || description "
            "FROM cases"
        )
        db.execute(
            "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
            "SELECT id * 8 + 3, case_id, 'note', id, text FROM notes"
        )
        db.execute("COMMIT")
    finally:
        raw.close()


def _ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:7.1f} ms "
        f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"
    )


def run(folder: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from adviser_desk.ui.case.case_list import CaseListPanel
    from adviser_desk.ui.case.case_view import CaseView

    app = QApplication.instance() or QApplication([])
    # The offscreen platform reports every window resize it cannot do; not our concern here.
    qInstallMessageHandler(lambda *_args: None)
    service, _ = svc.create_case_file(folder / "cases.adcase", "bench password words", kdf.MINIMUM)
    # The case page is shown from a whole session (it reads evidence, letters and Meldcode too).
    open_file = CaseFileSession(service, SessionSettings(language="en"))
    cases = open_file.cases
    start = time.perf_counter()
    _populate(cases, 10_000, 100_000, 40)
    print(
        f"cases: populated 10,000 cases, 400,000 tasks, 100,000 notes in "
        f"{time.perf_counter() - start:.1f} s"
    )

    panel = CaseListPanel()
    panel.resize(800, 700)

    times, full = [], []
    for _ in range(5):
        panel.set_service(None)
        app.processEvents()
        start = time.perf_counter()
        panel.set_service(cases)
        panel.show()
        app.processEvents()  # the first page is painted
        times.append(time.perf_counter() - start)
        while panel.loader is not None:  # the rest arrives from the background
            app.processEvents()
        full.append(time.perf_counter() - start)
    assert panel.model.rowCount() == 10_000
    print(f"case list, 10,000 cases, first page shown: {_ms(times)}   target < 150 ms")
    print(f"case list, all 10,000 cases loaded (background): {_ms(full)}")

    big = cases.create_case(
        dc.CaseDraft(title="Grote zaak", incident_types=[dc.IncidentType.EXPOSING])
    )
    for i in range(500 - len(cases.tasks(big))):
        cases.add_task(big, TaskInput(f"Taak {i}"))
    with service.case.transaction() as session:
        session.execute(
            insert(Note),
            [
                {
                    "case_id": big,
                    "recorded_at": datetime.now(UTC),
                    "author": "bench",
                    "text": f"Notitie {i} " + "woorden " * 30,
                }
                for i in range(500)
            ],
        )
    view = CaseView()
    view.resize(900, 700)
    view.show()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        view.show_case(open_file, big)
        app.processEvents()
        times.append(time.perf_counter() - start)
    print(
        f"open a case with {len(cases.tasks(big))} tasks and 500 notes: {_ms(times)}   "
        "target < 300 ms"
    )

    rng = random.Random(3)
    queries = (
        [rng.choice(VOCABULARY) for _ in range(40)]
        + [f"{rng.choice(VOCABULARY)} {rng.choice(VOCABULARY)[:3]}" for _ in range(20)]
        + [rng.choice(NAMES) for _ in range(10)]
        + [f"{rng.randint(2021, 2026)}-{rng.randint(1, 9999):03d}" for _ in range(10)]
    )
    times = []
    matches = []
    for query in queries:
        start = time.perf_counter()
        found = cases.matching_case_ids(query)
        times.append(time.perf_counter() - start)
        matches.append(len(found))
    print(
        f"full-text search, 10,000 cases + 100,000 notes, {len(queries)} queries (words, "
        f"prefixes, names, case numbers; median {statistics.median(matches):.0f} matching "
        f"cases): {_ms(times)}   target median < 50 ms"
    )
    worst = [cases.matching_case_ids(w) for w in ("foto",)]
    start = time.perf_counter()
    worst = [cases.matching_case_ids("foto")]
    print(
        f"full-text search, worst case (a word in nearly every note, {len(worst[0])} cases): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms (runs in the background in the app)"
    )
    view.close()
    panel.close()
    service.close()
