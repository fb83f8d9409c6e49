"""The full-text index (SQLite FTS5) inside the encrypted case file.

One index row per searchable thing, with a rowid derived from the thing's id, so updating or
removing it is a primary-key operation. An anonymous reporter is never indexed: finding a case
by their name would reveal who reported it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sqlalchemy import text
from sqlalchemy.orm import Session

from adviser_desk.storage.models import Case, CasePerson, InterviewLine, Note, Person, Task

CASE, PERSON, NOTE, TASK, EVIDENCE, LINE = 1, 2, 3, 4, 5, 6
_KINDS = {
    CASE: "case",
    PERSON: "person",
    NOTE: "note",
    TASK: "task",
    EVIDENCE: "evidence",
    LINE: "interview",
}
# What was said in a conversation, the adviser's questions and the student's answers (issue
# 11: "vriendje", a word the student said, found nothing). The app's own notes in a
# conversation (a lock's kept draft, a speaker correction) are not what anyone said.
SAID = ("adviser", "student")
# What of an evidence item is searched: its description, web address, account and sender (walk
# 7, W7-8: "Dreigbericht" and "nep.sanne.3b" found nothing), and a message's own text (walk
# 10, W10-4: "50 euro" found nothing). The same columns fill the index of a file made before
# (migrations 0015 and 0018) and of a case received from a colleague (SQL below).
EVIDENCE_COLUMNS = ("description", "url", "handle", "sender", "message_text")
_WORD = re.compile(r"\w+", re.UNICODE)


def _rowid(kind: int, ref: int) -> int:
    return ref * 8 + kind


def _put(session: Session, case_id: int, kind: int, ref: int, body: str) -> None:
    rowid = _rowid(kind, ref)
    session.execute(text("DELETE FROM search_index WHERE rowid = :r"), {"r": rowid})
    if body.strip():
        session.execute(
            text(
                "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
                "VALUES (:r, :c, :k, :ref, :b)"
            ),
            {"r": rowid, "c": case_id, "k": _KINDS[kind], "ref": ref, "b": body},
        )


def remove(session: Session, kind: int, ref: int) -> None:
    session.execute(text("DELETE FROM search_index WHERE rowid = :r"), {"r": _rowid(kind, ref)})


def remove_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM search_index WHERE case_id = :c"), {"c": case_id})


def index_case(session: Session, row: Case) -> None:
    body = " ".join([row.number, row.title, row.description, " ".join(row.platforms)])
    _put(session, row.id, CASE, row.id, body)


def index_person(session: Session, case_id: int, link: CasePerson, person: Person) -> None:
    if link.anonymous:
        remove(session, PERSON, link.id)
        return
    body = " ".join([person.name, person.school, person.class_name, person.email, link.note])
    _put(session, case_id, PERSON, link.id, body)


def index_note(session: Session, note: Note) -> None:
    _put(session, note.case_id, NOTE, note.id, note.text)


def index_task(session: Session, task: Task) -> None:
    body = " ".join([task.title if task.item_key is None else "", task.note, task.na_reason])
    _put(session, task.case_id, TASK, task.id, body)


def index_evidence(session: Session, items: Iterable[tuple[int, Mapping[str, object]]]) -> None:
    """New evidence items (their id and columns), in one statement."""
    rows = []
    for item_id, columns in items:
        parts = (str(columns.get(key) or "") for key in EVIDENCE_COLUMNS)
        body = " ".join(part for part in parts if part)
        if body.strip():
            case_id = columns["case_id"]
            rows.append(
                {"r": _rowid(EVIDENCE, item_id), "c": case_id, "k": "evidence", "ref": item_id}
                | {"b": body}
            )
    if rows:
        session.execute(
            text(
                "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
                "VALUES (:r, :c, :k, :ref, :b)"
            ),
            rows,
        )


def index_case_evidence(session: Session, case_id: int) -> None:
    """All evidence items of one case (a case received from a colleague)."""
    session.execute(
        text("DELETE FROM search_index WHERE case_id = :c AND kind = 'evidence'"), {"c": case_id}
    )
    session.execute(
        text(
            "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
            "SELECT id * 8 + 5, case_id, 'evidence', id, trim(description || ' ' || url || "
            "' ' || handle || ' ' || sender || ' ' || message_text) "
            "FROM evidence_items WHERE case_id = :c AND trim(description || ' ' || url || "
            "' ' || handle || ' ' || sender || ' ' || message_text) != ''"
        ),
        {"c": case_id},
    )


def index_line(session: Session, case_id: int, line: InterviewLine) -> None:
    """One line of a conversation, when it is what the adviser or the student said."""
    if line.speaker in SAID:
        _put(session, case_id, LINE, line.id, line.text)


def index_case_lines(session: Session, case_id: int) -> None:
    """All said lines of one case's conversations (a case received from a colleague); the
    same rows as migration 0016 gives a file made before."""
    session.execute(
        text("DELETE FROM search_index WHERE case_id = :c AND kind = 'interview'"), {"c": case_id}
    )
    session.execute(
        text(
            "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
            "SELECT l.id * 8 + 6, i.case_id, 'interview', l.id, l.text "
            "FROM interview_lines l JOIN interviews i ON i.id = l.interview_id "
            "WHERE i.case_id = :c AND l.speaker IN ('adviser', 'student') AND trim(l.text) != ''"
        ),
        {"c": case_id},
    )


def fts_query(user_text: str) -> str:
    """Each word becomes a quoted prefix term, so user input can never be FTS syntax."""
    words = _WORD.findall(user_text)
    return " ".join(f'"{word}"*' for word in words)


def search(session: Session, user_text: str, limit: int = 500) -> list[tuple[int, str]]:
    """(case_id, snippet) pairs for the first ``limit`` matches.

    No ORDER BY: FTS5 then walks its index in rowid order and stops at the limit. Asking for
    rank or newest-first makes it collect every match of a prefix first, which with
    ``cipher_memory_security`` on (every allocation locked and wiped) cost a second for a common
    word in 100,000 notes.
    """
    query = fts_query(user_text)
    if not query:
        return []
    rows = session.execute(
        text(
            "SELECT case_id, snippet(search_index, 3, '[', ']', '…', 10) FROM search_index "
            "WHERE search_index MATCH :q LIMIT :n"
        ),
        {"q": query, "n": limit},
    ).all()
    return [(int(case_id), str(snippet)) for case_id, snippet in rows]


def matching_cases(session: Session, user_text: str) -> set[int]:
    """Every case with a match: what the case list filters on."""
    query = fts_query(user_text)
    if not query:
        return set()
    rows = session.execute(
        text("SELECT DISTINCT case_id FROM search_index WHERE search_index MATCH :q"),
        {"q": query},
    ).all()
    return {int(case_id) for (case_id,) in rows}


def optimize(session: Session) -> None:
    """Merges the index so entries of deleted rows are gone from its pages too."""
    session.execute(text("INSERT INTO search_index (search_index) VALUES ('optimize')"))
