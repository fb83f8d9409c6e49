"""Alembic environment: always run on a connection handed in by ``storage.migrate``."""

from alembic import context

from adviser_desk.storage.models import Base

connection = context.config.attributes["connection"]
step_done = context.config.attributes.get("step_done")


def _step_done(*_args: object, **_kwargs: object) -> None:
    # After each revision, inside the one transaction: progress, and the chance to cancel.
    if step_done is not None:
        step_done()


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    on_version_apply=_step_done,
)
with context.begin_transaction():
    context.run_migrations()
