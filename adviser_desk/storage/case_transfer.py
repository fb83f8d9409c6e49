"""Copying whole cases from one open case file into another (the hand-over).

Which rows belong to a case is read from the schema, not listed by hand: a table belongs to a
case when it refers with ON DELETE CASCADE to ``cases``, or to a table that does (the rule
that makes the purge delete it with the case). A table added later therefore moves with its
case without a change here; tests/storage check that every reference such a table makes is
one this module knows how to carry over.

Rows are read from the sending file and written into the receiving one through SQLAlchemy
Core with the models' tables, so dates and JSON keep their types. Integer ids are new in the
receiver and every reference between copied rows is mapped to them. People are copied with
the case, always as new rows (a person of the same name in the receiving file may be someone
else). Originals are copied once per content, as intake stores them, with the parts that
cascade from them (thumbnails).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Integer, Table, insert, select
from sqlalchemy.orm import Session

from adviser_desk.domain.errors import Cancelled
from adviser_desk.storage.models import Base

CASES = "cases"
PEOPLE = "persons"  # copied along with the rows that refer to them
BLOBS = "evidence_blobs"  # referred to by their hash, which is the same in every file
CHUNK = 500  # ids per IN (...) list, well below SQLite's limit on bound values


@dataclass(frozen=True)
class OwnedTable:
    """A table whose rows belong to a case, and the cascading reference that says so."""

    table: Table
    parent_column: str | None  # None for ``cases`` itself
    parent: str | None


@cache
def owned_tables() -> tuple[OwnedTable, ...]:
    """The case's tables, each after the tables it refers to (``cases`` first)."""
    tables = Base.metadata.tables
    owned: dict[str, OwnedTable] = {CASES: OwnedTable(tables[CASES], None, None)}
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in owned:
                continue
            for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
                if fk.ondelete == "CASCADE" and fk.column.table.name in owned:
                    owned[table.name] = OwnedTable(table, fk.parent.name, fk.column.table.name)
                    changed = True
                    break
    return tuple(owned[t.name] for t in Base.metadata.sorted_tables if t.name in owned)


@cache
def blob_parts() -> tuple[tuple[Table, str], ...]:
    """Tables that are part of an original (they cascade from it), with their hash column."""
    return tuple(
        (table, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == BLOBS and fk.ondelete == "CASCADE"
    )


def unhandled_references() -> list[str]:
    """References of a case's rows that the copy would not know how to carry over: each must
    point at another of the case's tables, at a person, or at an original by its hash."""
    owned = {o.table.name for o in owned_tables()}
    known = owned | {PEOPLE, BLOBS}
    out = [
        f"{o.table.name}.{fk.parent.name} -> {fk.column.table.name}"
        for o in owned_tables()
        for fk in o.table.foreign_keys
        if fk.column.table.name not in known
    ]
    out += [
        f"{table.name}.{fk.parent.name} -> {fk.column.table.name}"
        for table, _column in blob_parts()
        for fk in table.foreign_keys
        if fk.column.table.name != BLOBS
    ]
    return out


def _int_key(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer):
        return keys[0].name
    return None


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for first in range(0, len(values), CHUNK):
        yield values[first : first + CHUNK]


@dataclass
class CopiedCases:
    """What one copy did: for each table, the sending ids mapped to the receiving ones."""

    ids: dict[str, dict[int, int]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def cases(self) -> dict[int, int]:
        return self.ids.get(CASES, {})


CaseValues = Callable[[dict[str, Any]], dict[str, Any]]


def copy_cases(
    source: Session,
    target: Session,
    case_ids: Sequence[int],
    case_values: CaseValues,
    cancelled: Callable[[], bool] = lambda: False,
) -> CopiedCases:
    """Copies the cases and every row that belongs to them (not the originals: see
    :func:`copy_blobs`) in the target's transaction. ``case_values`` adjusts each case row
    (its number, where it came from) before it is written."""
    copied = CopiedCases(ids={PEOPLE: {}})
    for owned in owned_tables():
        if cancelled():
            raise Cancelled()
        table = owned.table
        rows = [dict(row._mapping) for row in _owned_rows(source, owned, copied.ids, case_ids)]
        for values in rows:
            _map_references(source, target, table, values, copied.ids)
        if table.name == CASES:
            rows = [case_values(values) for values in rows]
        copied.rows[table.name] = len(rows)
        key = _int_key(table)
        if not rows:
            copied.ids[table.name] = {}
            continue
        if key is None:
            target.execute(insert(table), rows)
            continue
        old = [values.pop(key) for values in rows]
        new = target.scalars(
            insert(table).returning(table.c[key], sort_by_parameter_order=True), rows
        ).all()
        copied.ids[table.name] = dict(zip(old, new, strict=True))
    copied.rows[PEOPLE] = len(copied.ids[PEOPLE])
    return copied


def _owned_rows(
    source: Session, owned: OwnedTable, ids: dict[str, dict[int, int]], case_ids: Sequence[int]
) -> Iterable[Any]:
    table = owned.table
    if owned.parent is None:
        parents: Sequence[int] = list(case_ids)
        column = table.c[_int_key(table) or "id"]
    else:
        assert owned.parent_column is not None
        parents = sorted(ids.get(owned.parent, {}))
        column = table.c[owned.parent_column]
    order = [table.c[c.name] for c in table.primary_key.columns]
    for chunk in _chunks(parents):
        yield from source.execute(select(table).where(column.in_(chunk)).order_by(*order))


def _map_references(
    source: Session,
    target: Session,
    table: Table,
    values: dict[str, Any],
    ids: dict[str, dict[int, int]],
) -> None:
    for fk in table.foreign_keys:
        name, refers_to = fk.parent.name, fk.column.table.name
        value = values.get(name)
        if value is None or refers_to == BLOBS:
            continue
        if refers_to == PEOPLE:
            values[name] = _person(source, target, value, ids[PEOPLE])
            continue
        if refers_to not in ids:
            raise ValueError(f"cannot carry over {table.name}.{name} -> {refers_to}")
        mapped = ids[refers_to].get(value)
        # A reference outside the copied cases (none is made today): cleared if it may be.
        if mapped is None and not fk.parent.nullable:
            raise ValueError(f"{table.name}.{name} refers outside the copied cases")
        values[name] = mapped


def _person(source: Session, target: Session, person_id: int, people: dict[int, int]) -> int:
    if person_id not in people:
        table = Base.metadata.tables[PEOPLE]
        row = dict(source.execute(select(table).where(table.c.id == person_id)).one()._mapping)
        del row["id"]
        people[person_id] = int(target.scalars(insert(table).returning(table.c.id), [row]).one())
    return people[person_id]


def copy_blobs(
    source: Session,
    target: Session,
    digests: Sequence[str],
    step: Callable[[int], None] = lambda _size: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[int, int]:
    """Copies the originals the target does not hold yet, one at a time (a 2 GB case never
    sits in memory), each with its parts; ``step`` hears each original's size. Returns how
    many originals were copied and their bytes."""
    blobs = Base.metadata.tables[BLOBS]
    present: set[str] = set()
    for chunk in _chunks(list(digests)):
        present.update(target.scalars(select(blobs.c.sha256).where(blobs.c.sha256.in_(chunk))))
    copied = size = 0
    for digest in digests:
        if cancelled():
            raise Cancelled()
        length = 0
        if digest not in present:
            row = dict(source.execute(select(blobs).where(blobs.c.sha256 == digest)).one()._mapping)
            target.execute(insert(blobs), [row])
            length = int(row["size"])
            copied, size = copied + 1, size + length
            del row
        for part, column in blob_parts():
            keys = [part.c[c.name] for c in part.primary_key.columns]
            have = {tuple(r) for r in target.execute(select(*keys).where(part.c[column] == digest))}
            rows = [
                dict(r._mapping)
                for r in source.execute(select(part).where(part.c[column] == digest))
                if tuple(r._mapping[k.name] for k in keys) not in have
            ]
            if rows:
                target.execute(insert(part), rows)
        step(length)
    return copied, size


def failed_blobs(
    session: Session,
    digests: Sequence[str],
    step: Callable[[], None] = lambda: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[str]:
    """The originals whose stored bytes are missing or do not hash to their recorded SHA-256
    (the hash is the original's key and the evidence item's ``sha256``)."""
    blobs = Base.metadata.tables[BLOBS]
    bad = []
    for digest in digests:
        if cancelled():
            raise Cancelled()
        data = session.scalar(select(blobs.c.data).where(blobs.c.sha256 == digest))
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            bad.append(digest)
        del data
        step()
    return bad


def cases_of(session: Session, objects: Iterable[object]) -> set[int]:
    """The ids of the cases the given ORM rows belong to (climbing their cascading references
    to ``cases``); rows of no case (people, originals, the audit chain) give none."""
    rows: dict[str, list[Any]] = {}
    for obj in objects:
        table = getattr(obj, "__table__", None)
        rows.setdefault(getattr(table, "name", ""), []).append(obj)
    found: set[int] = set()
    for name, objs in rows.items():
        found |= cases_of_rows(session, name, [_Attributes(obj) for obj in objs])
    return found


class _Attributes(dict[str, Any]):
    """An ORM row read like the values of an INSERT (the models name attributes as columns)."""

    def __init__(self, obj: object) -> None:
        super().__init__()
        self.obj = obj

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self.obj, key, default)


def cases_of_rows(session: Session, table_name: str, rows: Iterable[Any]) -> set[int]:
    """The ids of the cases that rows of ``table_name`` (given as column -> value mappings,
    as an INSERT's values) belong to."""
    by_name = {o.table.name: o for o in owned_tables()}
    owned = by_name.get(table_name)
    if owned is None:
        return set()
    column = owned.parent_column or _int_key(owned.table) or "id"
    values = {int(v) for row in rows if (v := row.get(column)) is not None}
    if owned.parent is None:
        return values
    pending: dict[str, set[int]] = {owned.parent: values}
    found: set[int] = set()
    # Climb one level at a time, each level one query per table.
    while pending:
        found |= pending.pop(CASES, set())
        climbing, pending = pending, {}
        for name, ids in climbing.items():
            parent = by_name[name]
            assert parent.parent is not None and parent.parent_column is not None
            table = parent.table
            key = table.c[_int_key(table) or "id"]
            up = table.c[parent.parent_column]
            for chunk in _chunks(sorted(ids)):
                found_ids = session.scalars(select(up).where(key.in_(chunk)))
                pending.setdefault(parent.parent, set()).update(
                    int(p) for p in found_ids if p is not None
                )
    return found
