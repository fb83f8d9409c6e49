"""Tasks the app plans itself are rendered in the reader's language, whatever was stored."""

from __future__ import annotations

from adviser_desk.domain import app_tasks


def test_the_stored_wording_is_rendered_in_either_language() -> None:
    stored = app_tasks.stored_title(
        app_tasks.TAKEDOWN_RECHECK, number="B-001", url="https://x.com/a: b"
    )
    assert stored == "Check whether B-001 is still online: https://x.com/a: b"
    assert app_tasks.render(stored, "nl") == (
        "Controleren of B-001 nog online staat: https://x.com/a: b"
    )
    assert app_tasks.render(stored, "en") == stored
    # Older files stored the Dutch wording: it is recognised as well.
    old = "Controleren of B-002 nog online staat: https://t.me/kanaal"
    assert app_tasks.render(old, "en") == "Check whether B-002 is still online: https://t.me/kanaal"
    # What an adviser typed stays as typed.
    assert app_tasks.render("Check whether the mentor knows", "nl") == (
        "Check whether the mentor knows"
    )
