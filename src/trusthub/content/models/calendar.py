"""brand/calendar.yml and schools/<slug>/calendar.yml: term dates, INSET days and events.

The trust publishes its academic years (terms, and the holidays inside them: half
terms and bank holidays), the INSET days every school shares and trust-wide events.
A school adds its own INSET days and events and, where the autonomy matrix lets it
(the ``term-dates`` area is not ``aligned``), its own academic years instead of the
trust's. ``trusthub check`` judges the dates (:mod:`trusthub.governance.calendar`).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from trusthub.content.models.base import Link, StrictModel, Text

PUPIL_DAYS = 190
"""Days a year pupils are taught in English state schools (195 with five INSET days)."""


class Span(StrictModel):
    """Something that lasts one day or several: a term, a holiday, an event."""

    start: dt.date = Field(description="First day, YYYY-MM-DD.")
    end: dt.date | None = Field(
        default=None, description="Last day (itself included); the start day if left out."
    )

    @property
    def last(self) -> dt.date:
        return self.end or self.start

    def days(self) -> list[dt.date]:
        """Every day from the first to the last (none if they are out of order)."""
        count = (self.last - self.start).days + 1
        return [self.start + dt.timedelta(days=n) for n in range(max(count, 0))]


class Term(Span):
    name: Text = Field(description="e.g. Autumn term.")
    end: dt.date = Field(description="Last day of the term (itself included), YYYY-MM-DD.")


class Holiday(Span):
    """A day or days off inside a term: a half term, a bank holiday."""

    name: Text = Field(description="e.g. October half term, Early May bank holiday.")


class InsetDay(StrictModel):
    """A staff training day: the school is open to staff, closed to pupils."""

    date: dt.date = Field(description="YYYY-MM-DD, a weekday in term.")
    title: Text = Field(default="INSET day (school closed to pupils)", description="Shown as is.")


class Event(Span):
    """Something families put in their diary: a concert, a sports day, parents' evenings."""

    title: Text = Field(description="What it is, in a few words.")
    description: str = Field(default="", description="One or two sentences, plain text.")
    link: Link | None = Field(
        default=None, description="More about it: a page in this folder or an https:// address."
    )


class AcademicYear(StrictModel):
    name: Text = Field(description="e.g. 2026–27.")
    terms: list[Term] = Field(min_length=1, description="In order; holidays between them.")
    holidays: list[Holiday] = Field(
        default_factory=list,
        description="Days off inside terms: half terms and bank holidays.",
    )
    inset: list[InsetDay] = Field(default_factory=list, description="INSET days of the year.")

    @property
    def start(self) -> dt.date:
        return self.terms[0].start

    @property
    def end(self) -> dt.date:
        return self.terms[-1].end


class DayRange(StrictModel):
    min: int = Field(default=PUPIL_DAYS, ge=0, le=366)
    max: int = Field(default=PUPIL_DAYS, ge=0, le=366)


class TrustCalendar(StrictModel):
    """brand/calendar.yml"""

    years: list[AcademicYear] = Field(default_factory=list, description="In order, oldest first.")
    events: list[Event] = Field(default_factory=list, description="Trust-wide events.")
    pupil_days: DayRange = Field(
        default_factory=DayRange,
        description="How many days a year each school teaches pupils (term days less "
        "holidays and INSET days): 190 is the English norm.",
    )
    next_year_from: int = Field(
        default=3,
        ge=1,
        le=12,
        description="From this month (1–12) of an academic year, the next year's dates must "
        "be published (3: from March).",
    )


class SchoolCalendar(StrictModel):
    """schools/<slug>/calendar.yml"""

    inset: list[InsetDay] = Field(
        default_factory=list, description="The school's own INSET days, besides the trust's."
    )
    events: list[Event] = Field(default_factory=list, description="The school's events.")
    years: list[AcademicYear] = Field(
        default_factory=list,
        description="The school's own term dates, instead of the trust's: only where the "
        "term-dates area of brand/autonomy.yml is not aligned.",
    )
