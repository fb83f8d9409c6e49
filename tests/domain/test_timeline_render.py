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


def test_evidence_letter_and_takedown_events_read_in_dutch() -> None:
    """The events read from custody, letters and takedowns show their stored values (an
    item's type, a takedown's channel and status) as labels, in the real Dutch catalogue."""
    from adviser_desk import catalogues

    dutch = catalogues.load(catalogues.ours("nl"))
    assert dutch is not None
    translate = dutch.translate
    reported = render("takedown.reported", {"number": "B-002", "channel": "platform"}, translate)
    assert reported == "Offline halen: B-002 gemeld bij " + translate(
        "evidence", "the platform itself"
    )
    assert "platform" in reported and "the platform" not in reported
    checked = render("takedown.checked", {"number": "B-002", "online": "removed"}, translate)
    assert checked == "Offline halen: B-002 gecontroleerd, " + translate("evidence", "removed")
    added = render(
        "evidence.recorded",
        {"number": "B-001", "type": "Screenshot or image", "what": "klas.png"},
        translate,
    )
    assert added == "Bewijs B-001 toegevoegd (Screenshot of afbeelding): klas.png"
    assert render("letter.printed", {"title": "Stopbrief", "version": 2}, translate) == (
        "Brief afgedrukt: Stopbrief, versie 2"
    )
    assert render("evidence.handed_over", {"receiver": "Agent", "numbers": "B-001"}) == (
        "Evidence handed over to Agent: B-001"
    )
