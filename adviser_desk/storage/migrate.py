"""Schema upgrades with Alembic, with a safety copy before touching an existing file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from adviser_desk.domain.work import (
    Cancelled,
    CancelRequested,
    Progress,
    never_cancelled,
    no_progress,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, so the common case (nothing to do) costs one query and no Alembic import.
HEAD_REVISION = "0021"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if has_table is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


# Shares of an upgrade's progress bar: the safety copy reads and writes the whole file, while
# the revisions themselves are quick (thumbnails are made later, in the background). A
# (0, 0) report means busy without a measure (while the copy is checked).
COPY_SHARE = 900
PROGRESS_TOTAL = 1000

StepDone = Callable[[], None]  # called after each revision, inside the upgrade's transaction


def _alembic_config(engine_conn: object, step_done: StepDone | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = engine_conn
    config.attributes["step_done"] = step_done
    return config


def pending_steps(engine: Engine, target: str = HEAD_REVISION) -> int:
    """How many revisions lie between the file and ``target`` (0 when it is there)."""
    from alembic.script import ScriptDirectory

    revision = current_revision(engine)
    if revision == target:
        return 0
    config = _alembic_config(None)
    script = ScriptDirectory.from_config(config)  # type: ignore[arg-type]
    return sum(1 for _ in script.iterate_revisions(target, revision))


def run_alembic(
    engine: Engine, target: str, downgrade: bool = False, step_done: StepDone | None = None
) -> None:
    """All revisions in ONE transaction: stopped half way (Cancel, a crash, a full disk), the
    file is left exactly as it was."""
    from alembic import command

    with engine.begin() as conn:
        config = _alembic_config(conn, step_done)
        if downgrade:
            command.downgrade(config, target)  # type: ignore[arg-type]
        else:
            command.upgrade(config, target)  # type: ignore[arg-type]


def safety_copy_path(case_path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return case_path.with_name(f"{case_path.stem}.before-upgrade-{revision}-{stamp}.adcase")


SafetyCopy = Callable[[Path, Progress, CancelRequested], None]


def upgrade(
    engine: Engine,
    case_path: Path,
    make_safety_copy: SafetyCopy,
    target: str = HEAD_REVISION,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
) -> Path | None:
    """Brings the schema to ``target``; returns the safety copy's path if one was taken.

    Progress is reported out of PROGRESS_TOTAL (or (0, 0) for a while: busy), only when there
    is something to upgrade. Cancel
    is safe at every point: during the safety copy (the partial copy is removed) and between
    revisions (the one transaction rolls back, the copy is removed); the file keeps its old
    version and opens again as before."""
    revision = current_revision(engine)
    if revision == target:
        return None
    steps = max(1, pending_steps(engine, target))
    progress(0, PROGRESS_TOTAL)
    copy_path = None
    if revision is not None:
        copy_path = safety_copy_path(case_path, revision)

        def copying(done: int, total: int) -> None:
            if done < total:
                progress(COPY_SHARE * done // total, PROGRESS_TOTAL)
            else:
                # The copy is written; checking each of its pages (about as long again) tells
                # nothing on the way: (0, 0) says "busy" rather than a bar that stands still.
                progress(0, 0)

        make_safety_copy(copy_path, copying, cancelled)
    if cancelled():
        _remove(copy_path)
        raise Cancelled()
    base = COPY_SHARE if copy_path is not None else 0
    applied = 0

    def step_done() -> None:
        nonlocal applied
        applied += 1
        progress(base + (PROGRESS_TOTAL - base) * min(applied, steps) // steps, PROGRESS_TOTAL)
        if cancelled() and applied < steps:
            raise Cancelled()  # rolls the whole upgrade back

    try:
        run_alembic(engine, target, step_done=step_done)
    except BaseException:
        _remove(copy_path)  # the file was not changed: no copy of its old version is needed
        raise
    progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return copy_path


def _remove(path: Path | None) -> None:
    if path is not None:
        path.unlink(missing_ok=True)
