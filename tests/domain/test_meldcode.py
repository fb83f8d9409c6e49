"""The Meldcode record's rules: what a step needs, and the advice the afwegingskader gives."""

from __future__ import annotations

from datetime import date

import pytest

from adviser_desk.domain import meldcode as dm

TODAY = date(2026, 12, 2)


def entry(step: dm.Step, day: int, answer: dm.Answer = dm.Answer.NONE) -> dm.Entry:
    return dm.Entry(step, date(2026, 11, day), "M. de Vries", answer, "")


def test_an_empty_entry_clears_the_step() -> None:
    assert dm.check(dm.Entry(dm.Step.SIGNALS, by="  "), TODAY).empty


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (dm.Entry(dm.Step.SIGNALS, None, "M. de Vries", note="x"), dm.NEEDS_DATE),
        (dm.Entry(dm.Step.SIGNALS, date(2026, 12, 3), "M. de Vries"), dm.IN_FUTURE),
        (dm.Entry(dm.Step.SIGNALS, TODAY, " "), dm.NEEDS_WHO),
        (dm.Entry(dm.Step.SIGNALS, TODAY, "M.", dm.Answer.YES), dm.WRONG_ANSWER),
        (dm.Entry(dm.Step.REPORT_DECISION, TODAY, "M."), dm.NEEDS_ANSWER),
        (dm.Entry(dm.Step.CONSULTATION, TODAY, "M.", dm.Answer.NO), dm.WRONG_ANSWER),
    ],
)
def test_a_step_needs_its_date_who_and_answer(given: dm.Entry, message: str) -> None:
    with pytest.raises(dm.MeldcodeInputError) as raised:
        dm.check(given, TODAY)
    assert raised.value.message == message


def test_every_step_and_answer_has_a_label_and_hint() -> None:
    assert set(dm.STEP_LABELS) == set(dm.Step) == set(dm.STEP_HINTS) == set(dm.ANSWERS)
    assert set(dm.ANSWER_LABELS) == set(dm.Answer)
    assert len(dm.STEPS) == 6  # five steps, step 5 holding two decisions


def test_status_follows_the_two_decisions() -> None:
    assert dm.Record.of([]).status == dm.Status.NOT_STARTED
    started = [entry(dm.Step.SIGNALS, 2)]
    assert dm.Record.of(started).status == dm.Status.IN_PROGRESS
    decided = [
        *started,
        entry(dm.Step.WEIGHING, 5, dm.Answer.SUSPICION),
        entry(dm.Step.REPORT_DECISION, 6, dm.Answer.NO),
        entry(dm.Step.HELP_DECISION, 6, dm.Answer.YES),
    ]
    record = dm.Record.of(decided)
    assert record.status == dm.Status.DECIDED
    assert not record.reported
    assert record.warnings() == []
    assert [e.step for e in record.entries] == list(dm.STEPS)


def test_the_afwegingskader_warns_when_unsafety_is_not_reported() -> None:
    record = dm.Record.of(
        [
            entry(dm.Step.WEIGHING, 5, dm.Answer.UNSAFE),
            entry(dm.Step.REPORT_DECISION, 6, dm.Answer.NO),
            entry(dm.Step.HELP_DECISION, 6, dm.Answer.NO),
        ]
    )
    assert dm.W_UNSAFE_NOT_REPORTED in record.warnings()
    assert dm.W_NO_HELP_NOT_REPORTED in record.warnings()


def test_deciding_before_weighing_and_dates_out_of_order_are_pointed_out() -> None:
    early = dm.Record.of([entry(dm.Step.REPORT_DECISION, 3, dm.Answer.YES)])
    assert dm.W_ORDER in early.warnings()
    assert early.reported
    backwards = dm.Record.of(
        [entry(dm.Step.SIGNALS, 10), entry(dm.Step.CONSULTATION, 4, dm.Answer.COLLEAGUE)]
    )
    assert dm.W_DATES in backwards.warnings()
