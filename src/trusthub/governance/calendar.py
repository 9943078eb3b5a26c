"""Term dates that families can rely on (brand/calendar.yml, schools/<slug>/calendar.yml).

Errors, each at the date that is wrong: a term, holiday or event that ends before it
starts; terms or years out of order or overlapping; a holiday (half term, bank
holiday) outside the terms; holidays that overlap; an INSET day on a weekend, in a
holiday or outside term; a school's own term dates where the autonomy matrix keeps
them aligned. Warnings: a year whose pupil days (term days less holidays and INSET
days) fall outside the trust's range (190 in England), and no dates for next year
once the month the trust sets (March) has come.
"""

from __future__ import annotations

import calendar as months
import datetime as dt

from trusthub.content.calendar import (
    CALENDAR_FILE,
    TERM_DATES_AREA,
    TRUST_CALENDAR,
    has_own_years,
    inset_days,
    own_terms_allowed,
    school_days,
    years_of,
)
from trusthub.content.diagnostics import Report
from trusthub.content.models import AcademicYear, Event, InsetDay, TrustCalendar
from trusthub.content.repo import Repo
from trusthub.content.yamlmarks import Marks

Path = tuple[str | int, ...]


def day(date: dt.date) -> str:
    """``Tuesday 1 September 2026``: how a date reads in a message."""
    return f"{date:%A} {date.day} {date:%B %Y}"


def check_calendar(repo: Repo, report: Report, today: dt.date) -> None:
    """Every calendar file's dates, each school's pupil days, and next year's dates."""
    trust = repo.calendar
    trust_marks = repo.marks.get(TRUST_CALENDAR)
    if trust is not None and trust_marks is not None:
        _check_years(report, TRUST_CALENDAR, trust_marks, trust.years)
        _check_inset(report, TRUST_CALENDAR, trust_marks, trust.years, ())
        _check_events(report, TRUST_CALENDAR, trust_marks, trust.events)
        _check_next_year(report, TRUST_CALENDAR, trust_marks, trust, trust.years, today)
    settings = trust or TrustCalendar()
    for school in repo.school_list():
        path = f"schools/{school.slug}/{CALENDAR_FILE}"
        marks = school.file_marks.get(path)
        own = school.calendar
        if own is not None and marks is not None:
            if own.years and not own_terms_allowed(repo):
                report.add(
                    path,
                    marks.key(("years",)),
                    "term dates are set by the trust",
                    f'the "{TERM_DATES_AREA}" area of brand/autonomy.yml is not local or '
                    "framework: delete years: and keep only inset: and events:",
                )
            elif own.years:
                _check_years(report, path, marks, own.years)
                _check_inset(report, path, marks, own.years, ())
                _check_next_year(report, path, marks, settings, own.years, today)
            _check_inset(report, path, marks, years_of(repo, school), ("inset",), own.inset)
            _check_events(report, path, marks, own.events)
        if trust is None:
            continue
        days = [d.date for d, _ in inset_days(repo, school)]
        for index, year in enumerate(years_of(repo, school)):
            opened, taught = school_days(year, days)
            low, high = settings.pupil_days.min, settings.pupil_days.max
            if low <= taught <= high:
                continue
            own_years = has_own_years(repo, school)
            if own_years and marks is not None:
                where_path, where = path, marks.value(("years", index))
            elif marks is not None and own is not None and own.inset:
                where_path, where = path, marks.key(("inset",))
            else:
                where_path, where = TRUST_CALENDAR, _mark(repo, ("years", index))
            expected = str(low) if low == high else f"{low} to {high}"
            report.warn(
                where_path,
                where,
                f"{school.model.name} teaches {taught} pupil days in {year.name}, not {expected}",
                f"{opened} days in term, less holidays, less {opened - taught} INSET days; "
                "change an INSET day or a term's dates (pupil_days in brand/calendar.yml "
                "sets the range)",
            )


def _mark(repo: Repo, path: Path) -> tuple[int, int]:
    marks = repo.marks.get(TRUST_CALENDAR)
    return marks.value(path) if marks else (1, 1)


def _check_years(report: Report, path: str, marks: Marks, years: list[AcademicYear]) -> None:
    for y, year in enumerate(years):
        at: Path = ("years", y)
        if y and year.start <= years[y - 1].end:
            report.add(
                path,
                marks.value(at),
                f"{year.name} starts on {day(year.start)}, before {years[y - 1].name} ends "
                f"({day(years[y - 1].end)})",
                "list the years oldest first, each after the one before",
            )
        for t, term in enumerate(year.terms):
            where = (*at, "terms", t)
            if term.end < term.start:
                report.add(
                    path,
                    marks.value((*where, "end")),
                    f"{term.name} {year.name} ends on {day(term.end)}, before it starts "
                    f"({day(term.start)})",
                    "write start: the first day and end: the last day",
                )
            elif t and term.start <= year.terms[t - 1].end:
                report.add(
                    path,
                    marks.value((*where, "start")),
                    f"{term.name} {year.name} starts on {day(term.start)}, before "
                    f"{year.terms[t - 1].name} ends ({day(year.terms[t - 1].end)})",
                    "list the terms in order; the breaks between them need no entry",
                )
        spans = sorted(enumerate(year.holidays), key=lambda pair: pair[1].start)
        for n, (h, holiday) in enumerate(spans):
            where = (*at, "holidays", h)
            if holiday.last < holiday.start:
                report.add(
                    path,
                    marks.value((*where, "end")),
                    f"{holiday.name} ends on {day(holiday.last)}, before it starts "
                    f"({day(holiday.start)})",
                    "write start: the first day and end: the last day",
                )
                continue
            if not any(t.start <= holiday.start and holiday.last <= t.end for t in year.terms):
                report.add(
                    path,
                    marks.value((*where, "start")),
                    f"{holiday.name} ({_span(holiday.start, holiday.last)}) is not inside a "
                    f"term of {year.name}",
                    "holidays here are days off in term time (half terms, bank holidays); "
                    "the breaks between terms need no entry",
                )
            if n and holiday.start <= spans[n - 1][1].last:
                report.add(
                    path,
                    marks.value((*where, "start")),
                    f"{holiday.name} overlaps {spans[n - 1][1].name}",
                    "merge them into one holiday, or correct the dates",
                )


def _check_inset(
    report: Report,
    path: str,
    marks: Marks,
    years: list[AcademicYear],
    at: Path,
    days: list[InsetDay] | None = None,
) -> None:
    """INSET days are weekdays in term, outside holidays: each year's own (``days`` None)
    or a school's list at ``at`` checked against ``years``."""
    listed: list[tuple[Path, InsetDay]] = (
        [((*at, i), d) for i, d in enumerate(days)]
        if days is not None
        else [
            (("years", y, "inset", i), d)
            for y, yr in enumerate(years)
            for i, d in enumerate(yr.inset)
        ]
    )
    for where, inset in listed:
        date = inset.date
        problem = ""
        if date.weekday() >= 5:
            problem = f"is a {date:%A}"
        else:
            year = next((yr for yr in years if yr.start <= date <= yr.end), None)
            holiday = next(
                (h for h in (year.holidays if year else []) if h.start <= date <= h.last), None
            )
            if year is None or not any(t.start <= date <= t.end for t in year.terms):
                problem = "is not in term time"
            elif holiday is not None:
                problem = f"is in {holiday.name}"
        if problem:
            report.add(
                path,
                marks.value((*where, "date")),
                f"INSET day {day(date)} {problem}",
                "an INSET day is a weekday in term that the school is closed to pupils",
            )


def _check_events(report: Report, path: str, marks: Marks, events: list[Event]) -> None:
    for i, event in enumerate(events):
        if event.last < event.start:
            report.add(
                path,
                marks.value(("events", i, "end")),
                f'"{event.title}" ends on {day(event.last)}, before it starts ({day(event.start)})',
                "write start: the first day and end: the last day",
            )


def _check_next_year(
    report: Report,
    path: str,
    marks: Marks,
    settings: TrustCalendar,
    years: list[AcademicYear],
    today: dt.date,
) -> None:
    """Warn when today is in (or after) the last year listed, and the month from which the
    next year's dates are due has come."""
    if not years or any(year.start > today for year in years):
        return
    last = years[-1]
    month = settings.next_year_from
    due = dt.date(last.start.year + (month < last.start.month), month, 1)
    if today < due:
        return
    report.warn(
        path,
        marks.key(("years",)),
        f"no term dates after {last.name}",
        f"families plan a year ahead: publish the next year's dates from "
        f"{months.month_name[month]}; next_year_from in {TRUST_CALENDAR} sets the month",
    )


def _span(first: dt.date, last: dt.date) -> str:
    return day(first) if first == last else f"{day(first)} to {day(last)}"
