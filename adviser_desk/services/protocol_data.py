"""Loads the protocol checklists and referral cards from ``resources/`` (once per process)."""

from __future__ import annotations

import json
from functools import cache

from adviser_desk.domain.interview_guide import InterviewGuide, parse_guide
from adviser_desk.domain.protocol import Protocol, parse_protocol
from adviser_desk.resources import resources_dir


@cache
def protocol() -> Protocol:
    base = resources_dir()
    with open(base / "protocols" / "protocol.json", encoding="utf-8") as handle:
        data = json.load(handle)
    with open(base / "referrals.json", encoding="utf-8") as handle:
        referrals = json.load(handle)
    return parse_protocol(data, referrals)


@cache
def interview_guide() -> InterviewGuide:
    with open(resources_dir() / "interview_guide.json", encoding="utf-8") as handle:
        return parse_guide(json.load(handle))
