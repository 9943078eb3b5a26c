"""The governance register's checks: terms of office that have ended, attendance not
recorded for the last academic year, and no declared-interests entry.

Members, trustees (brand/governance.yml) and each school's local governors
(schools/<slug>/governors.yml) are checked alike, except that attendance is asked of
those who sit at board meetings: trustees and local governors. Someone appointed after
the last academic year ended has no attendance to record for it. Each finding is a
warning at the line that needs changing; a committee member who is not on the register
is an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from trusthub.content.dates import long_date
from trusthub.content.diagnostics import Report, did_you_mean
from trusthub.content.governance import TRUST_REGISTER
from trusthub.content.models import Governor
from trusthub.content.repo import Repo
from trusthub.content.yamlmarks import Marks

__all__ = ["attendance_for", "check_register", "last_academic_year"]


def last_academic_year(today: dt.date) -> str:
    """The academic year (1 September to 31 August) that ended most recently, "2025-26"."""
    start = today.year - 1 if today.month >= 9 else today.year - 2
    return f"{start}-{(start + 1) % 100:02d}"


def year_end(year: str) -> dt.date:
    """The last day of an academic year: 31 August."""
    return dt.date(int(year[:4]) + 1, 8, 31)


def attendance_due(governor: Governor, year: str) -> bool:
    """True if ``governor`` served in ``year``, so that their attendance should be recorded."""
    return governor.term.start <= year_end(year)


def attendance_for(governor: Governor, today: dt.date) -> tuple[str, str | None]:
    """(the last academic year, their attendance in it: "5 of 6", None if not recorded, or
    "" when they were appointed after it ended)."""
    year = last_academic_year(today)
    if not attendance_due(governor, year):
        return year, ""
    return year, governor.attendance.get(year)


def _people(repo: Repo) -> Iterator[tuple[str, Marks, tuple[str | int, ...], Governor, bool]]:
    """(file, marks, path in the file, governor, sits at board meetings) for everyone."""
    if repo.governance is not None and TRUST_REGISTER in repo.marks:
        marks = repo.marks[TRUST_REGISTER]
        for index, person in enumerate(repo.governance.members):
            yield TRUST_REGISTER, marks, ("members", index), person, False
        for index, person in enumerate(repo.governance.trustees):
            yield TRUST_REGISTER, marks, ("trustees", index), person, True
    for school in repo.school_list():
        body = school.governors
        if body is not None:
            for index, person in enumerate(body.model.governors):
                yield body.path, body.marks, ("governors", index), person, True


def check_register(repo: Repo, report: Report, today: dt.date) -> None:
    """Add every finding about the governance register to ``report``."""
    year = last_academic_year(today)
    for path, marks, at, person, board in _people(repo):
        name = person.name
        if person.term.end is not None and person.term.end < today:
            report.warn(
                path,
                marks.value((*at, "term", "end")),
                f"the term of office of {name} ended on {long_date(person.term.end)}",
                "give the new term's start and end if they were reappointed; "
                "otherwise take them off the register",
            )
        if board and attendance_due(person, year) and year not in person.attendance:
            where = (
                marks.key((*at, "attendance")) if person.attendance else marks.value((*at, "name"))
            )
            report.warn(
                path,
                where,
                f"no attendance recorded for {name} in {year}",
                "add the board meetings they attended of those held, "
                f'like attendance: {{{year}: "5 of 6"}}',
            )
        if person.interests is None:
            report.warn(
                path,
                marks.value((*at, "name")),
                f"{name} has no declared interests",
                "list their business and pecuniary interests under interests:, "
                "or write interests: none",
            )
    _check_committees(repo, report)


def _check_committees(repo: Repo, report: Report) -> None:
    if repo.governance is None or TRUST_REGISTER not in repo.marks:
        return
    marks = repo.marks[TRUST_REGISTER]
    known = {p.name for p in [*repo.governance.members, *repo.governance.trustees]}
    for c, committee in enumerate(repo.governance.committees):
        for m, name in enumerate(committee.members):
            if name not in known:
                report.add(
                    TRUST_REGISTER,
                    marks.value(("committees", c, "members", m)),
                    f'"{name}" on the {committee.name} committee is not on the register',
                    did_you_mean(name, known),
                )
