"""A section's calendar worked out from brand/calendar.yml and a school's calendar.yml.

One school's dates are the trust's academic years (or its own, where the autonomy
matrix lets it: :func:`own_terms_allowed`), the trust's INSET days and events, and
the school's own INSET days and events. :func:`entries` lists them as the feed and
the pages show them, each with a UID that stays the same from build to build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from trusthub.content.models import AcademicYear, Event, InsetDay, Level
from trusthub.content.repo import Repo, SchoolEntry

TERM_DATES_AREA = "term-dates"
"""The autonomy area that says whether a school may set its own term dates."""
CALENDAR_FILE = "calendar.yml"
TRUST_CALENDAR = f"brand/{CALENDAR_FILE}"

Kind = Literal["term-start", "term-end", "holiday", "inset", "event"]
ORDER: tuple[Kind, ...] = ("term-start", "holiday", "inset", "event", "term-end")
"""How entries on the same day are listed: a term opens before its first INSET day."""


@dataclass(frozen=True)
class Entry:
    """One dated thing in a calendar: a day, or days from ``start`` to ``end`` included."""

    kind: Kind
    title: str
    start: dt.date
    end: dt.date
    uid: str
    """Stable from build to build: the section, the kind, the day and the title."""
    description: str = ""
    link: str | None = None
    trust_wide: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def own_terms_allowed(repo: Repo) -> bool:
    """May schools set their own term dates? Yes unless the ``term-dates`` area of
    brand/autonomy.yml is aligned (or missing: the trust's dates hold)."""
    area = repo.autonomy.by_id().get(TERM_DATES_AREA) if repo.autonomy else None
    return area is not None and area.level is not Level.aligned


def has_own_years(repo: Repo, school: SchoolEntry | None) -> bool:
    """Does ``school`` keep its own term dates (written, and allowed)?"""
    return bool(
        school is not None and school.calendar and school.calendar.years and own_terms_allowed(repo)
    )


def years_of(repo: Repo, school: SchoolEntry | None) -> list[AcademicYear]:
    """The academic years ``school`` keeps (the trust's with None)."""
    if school is not None and school.calendar and has_own_years(repo, school):
        return list(school.calendar.years)
    return list(repo.calendar.years) if repo.calendar else []


def inset_days(repo: Repo, school: SchoolEntry | None) -> list[tuple[InsetDay, bool]]:
    """Every INSET day of ``school``: (day, True for the trust's), in date order."""
    days = [
        (d, True) for year in (repo.calendar.years if repo.calendar else []) for d in year.inset
    ]
    if school is not None:
        if school.calendar and has_own_years(repo, school):
            days += [(d, False) for year in school.calendar.years for d in year.inset]
        days += [(d, False) for d in (school.calendar.inset if school.calendar else [])]
    return sorted(days, key=lambda pair: pair[0].date)


def events_of(repo: Repo, school: SchoolEntry | None) -> list[tuple[Event, bool]]:
    """The trust's events and ``school``'s: (event, True for the trust's), in date order."""
    found = [(e, True) for e in (repo.calendar.events if repo.calendar else [])]
    if school is not None and school.calendar:
        found += [(e, False) for e in school.calendar.events]
    return sorted(found, key=lambda pair: pair[0].start)


def entries(repo: Repo, school: SchoolEntry | None) -> list[Entry]:
    """Everything in ``school``'s calendar (the trust's with None), in date order."""
    scope = school.slug if school else "trust"
    found: list[Entry] = []

    def add(kind: Kind, title: str, start: dt.date, end: dt.date, **more: object) -> None:
        uid = f"{scope}-{kind}-{start:%Y%m%d}-{_slug(title)}"
        taken = sum(1 for e in found if e.uid.split("~")[0] == uid)
        found.append(Entry(kind, title, start, end, uid + (f"~{taken}" if taken else ""), **more))  # type: ignore[arg-type]

    own_years = has_own_years(repo, school)
    for year in years_of(repo, school):
        for term in year.terms:
            add(
                "term-start",
                f"{term.name} starts",
                term.start,
                term.start,
                trust_wide=not own_years,
            )
            add("term-end", f"{term.name} ends", term.end, term.end, trust_wide=not own_years)
        for holiday in year.holidays:
            add("holiday", holiday.name, holiday.start, holiday.last, trust_wide=not own_years)
    for day, trusts in inset_days(repo, school):
        add("inset", day.title, day.date, day.date, trust_wide=trusts)
    for event, trusts in events_of(repo, school):
        add(
            "event",
            event.title,
            event.start,
            event.last,
            description=event.description,
            link=event.link,
            trust_wide=trusts,
        )
    return sorted(found, key=lambda e: (e.start, ORDER.index(e.kind), e.end, e.title))


def shown_years(years: list[AcademicYear], today: dt.date) -> list[AcademicYear]:
    """This academic year and next: the first two that have not ended by ``today``."""
    return [year for year in years if year.end >= today][:2]


def coming(found: list[Entry], today: dt.date, count: int = 3) -> list[Entry]:
    """The next ``count`` key dates from ``today`` (a holiday under way counts)."""
    return [e for e in found if e.end >= today][:count]


def in_year(found: list[Entry], year: AcademicYear, kinds: tuple[Kind, ...]) -> list[Entry]:
    """The entries of ``kinds`` that start within ``year``."""
    return [e for e in found if e.kind in kinds and year.start <= e.start <= year.end]


def school_days(year: AcademicYear, inset: list[dt.date]) -> tuple[int, int]:
    """(days the school is open, days pupils are taught) in ``year``: weekdays in term less
    holidays, and less INSET days for pupils."""
    off = {day for holiday in year.holidays for day in holiday.days()}
    open_days = {
        day for term in year.terms for day in term.days() if day.weekday() < 5 and day not in off
    }
    return len(open_days), len(open_days - set(inset))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "date"
