"""Timeline events read in the adviser's language, stored values included."""

from __future__ import annotations

from adviser_desk.domain.timeline import render


def test_conversation_started_shows_the_kind_as_its_label_not_the_stored_value() -> None:
    """Walker: "Gesprek begonnen (victim)" in the Dutch timeline."""
    assert render("interview.started", {"with": "victim"}) == "Interview started (The victim)"
    dutch = {"The victim": "Het slachtoffer", "Interview started ({with})": "Gesprek ({with})"}

    def translate(_context: str, text: str) -> str:
        return dutch.get(text, text)

    assert render("interview.started", {"with": "victim"}, translate) == "Gesprek (Het slachtoffer)"
    assert "Parent or guardian" in render("interview.started", {"with": "parent"})  # legacy
