"""brand/notices.yml and schools/<slug>/notices.yml: urgent notices shown as a banner.

A trust notice shows on every page of the site; a school's on every page of its
section and nowhere else. Each shows on every build from the day of ``from`` to the
day of ``until``; the first build after ``until`` leaves it out and ``trusthub check``
warns that it is still in the file.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, model_validator

from trusthub.content.models.base import Link, StrictModel, Text, content_error


class Severity(StrEnum):
    info = "info"
    """Worth knowing: a change of date, a reminder."""
    warning = "warning"
    """Act on it: a late start, a trip cancelled."""
    urgent = "urgent"
    """Today: the school is closed (snow, a power cut)."""

    @property
    def label(self) -> str:
        return {"info": "Notice", "warning": "Important", "urgent": "Urgent"}[self.value]


class Notice(StrictModel):
    message: Text = Field(max_length=300, description="One or two plain sentences.")
    link: Link | None = Field(
        default=None,
        description="More about it: a page in this folder (term-dates.md) or an https:// address.",
    )
    link_text: Text = Field(default="Read more", max_length=60, description="The link's words.")
    starts: dt.datetime | dt.date = Field(
        alias="from", description="Shown from this day (YYYY-MM-DD, or YYYY-MM-DD HH:MM)."
    )
    until: dt.datetime | dt.date = Field(
        description="Shown to the end of this day; gone on the next build after it."
    )
    severity: Severity = Field(default=Severity.warning, description="info, warning or urgent.")

    @property
    def first_day(self) -> dt.date:
        return _day(self.starts)

    @property
    def last_day(self) -> dt.date:
        return _day(self.until)

    def shown_on(self, today: dt.date) -> bool:
        return self.first_day <= today <= self.last_day

    @model_validator(mode="after")
    def _in_order(self) -> Notice:
        if self.last_day < self.first_day:
            raise content_error(
                f"until ({self.last_day}) is before from ({self.first_day})",
                "a notice shows from the day of from to the day of until",
            )
        return self


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class Notices(StrictModel):
    """brand/notices.yml or schools/<slug>/notices.yml"""

    notices: list[Notice] = Field(default_factory=list)
