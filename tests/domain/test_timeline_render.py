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


def test_closing_reopening_and_their_undo_read_as_one_line_with_a_count() -> None:
    """Walk 13, W13-5: one line per closing, reopening and undo, its count in the sentence
    (a count of 1 reads in the singular); a reopening written before says what it said."""
    from adviser_desk import catalogues

    closing = {"count": 12, "reason": "Case closed", "marked": list(range(12))}
    assert render("task.closed_with_case", closing) == (
        "12 open tasks marked not applicable with the closing (reason: Case closed)"
    )
    one = {"count": 1, "reason": "Case closed", "marked": [4]}
    assert render("task.closed_with_case", one) == (
        "1 open task marked not applicable with the closing (reason: Case closed)"
    )
    outcome = {"outcome": "other"}
    assert render("case.reopened", {**outcome, "tasks": 3}) == (
        "Case reopened; the outcome recorded at closing was: Other outcome"
    )
    assert render("case.reopened", {**outcome, "tasks": 0, "count": 0}) == (
        "Case reopened; the outcome recorded at closing was: Other outcome"
    )
    assert render("case.reopened", {**outcome, "tasks": 3, "count": 3}).endswith(
        ". 3 tasks the closing marked not applicable are open again"
    )
    assert render("case.closing_undone", {"count": 0}) == "Closing undone: the case is open again"
    assert render("case.reopening_undone", {"count": 2, "marked": [1, 2]}).endswith(
        "; 2 tasks are marked not applicable again"
    )
    dutch = catalogues.load(catalogues.ours("nl"))
    assert dutch is not None
    assert render("task.closed_with_case", closing, dutch.translate) == (
        "12 open taken bij het sluiten als niet van toepassing gemarkeerd (reden: Zaak gesloten)"
    )
    assert render("case.closing_undone", {"count": 1}, dutch.translate) == (
        "Sluiten ongedaan gemaakt: de zaak en 1 taak die het sluiten als niet van toepassing had "
        "gemarkeerd, zijn weer open"
    )
