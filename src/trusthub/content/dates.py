"""The day content is judged on: today, unless the environment names another."""

from __future__ import annotations

import datetime as dt
import os

TODAY_ENV = "TRUSTHUB_TODAY"
"""Judge dates (statutory reviews) as if on this day, YYYY-MM-DD: for tests and planning."""


def reference_date() -> dt.date:
    """Today, unless TRUSTHUB_TODAY names another day."""
    value = os.environ.get(TODAY_ENV)
    return dt.date.fromisoformat(value) if value else dt.date.today()


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: dt.date) -> str:
    """A date as people write it, whatever the machine's locale: "12 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
