"""Schema upgrades with Alembic, with a safety copy before touching an existing file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, so the common case (nothing to do) costs one query and no Alembic import.
HEAD_REVISION = "0009"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if has_table is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def _alembic_config(engine_conn: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = engine_conn
    return config


def run_alembic(engine: Engine, target: str, downgrade: bool = False) -> None:
    from alembic import command

    with engine.begin() as conn:
        config = _alembic_config(conn)
        if downgrade:
            command.downgrade(config, target)  # type: ignore[arg-type]
        else:
            command.upgrade(config, target)  # type: ignore[arg-type]


def safety_copy_path(case_path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return case_path.with_name(f"{case_path.stem}.before-upgrade-{revision}-{stamp}.adcase")


def upgrade(
    engine: Engine,
    case_path: Path,
    make_safety_copy: Callable[[Path], None],
    target: str = HEAD_REVISION,
) -> Path | None:
    """Brings the schema to ``target``; returns the safety copy's path if one was taken."""
    revision = current_revision(engine)
    if revision == target:
        return None
    copy_path = None
    if revision is not None:
        copy_path = safety_copy_path(case_path, revision)
        make_safety_copy(copy_path)
    run_alembic(engine, target)
    return copy_path
