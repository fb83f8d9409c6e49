"""Output without Qt (the command line): reports and messages in English."""

from __future__ import annotations

from adviser_desk.reports.common import english as english
