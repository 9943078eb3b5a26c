"""Statutory information: what each school publishes, and whether it is up to date.

:func:`statutory_status` works out every school and item once, as plain data, for
both the ``trusthub check`` rule (:func:`check_statutory`) and the staff
dashboard page.

An item is *stale* when its annual due date (MM-DD) has passed since it was last
reviewed, or when it was reviewed more than ``max_age_days`` ago. An item with a
due date or a maximum age but no ``reviewed`` date is stale too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from trusthub.content.diagnostics import Report
from trusthub.content.models import StatutoryItem
from trusthub.content.repo import Repo

State = Literal["present", "stale", "missing", "not-applicable"]


@dataclass(frozen=True)
class ItemStatus:
    """One statutory item for one school."""

    id: str
    title: str
    state: State
    reviewed: dt.date | None
    link: str | None
    """As written in school.yml: a page in the school's folder or a URL."""
    reason: str
    """Why the item is in this state, as a sentence fragment for people."""


@dataclass(frozen=True)
class SchoolStatus:
    """Every statutory item for one school, in the order of brand/statutory.yml."""

    slug: str
    name: str
    items: tuple[ItemStatus, ...]

    def count(self, state: State) -> int:
        return sum(1 for item in self.items if item.state == state)


def last_due(due: str, today: dt.date) -> dt.date:
    """The most recent ``due`` (MM-DD) date on or before ``today``."""
    month, day = (int(part) for part in due.split("-"))
    for year in (today.year, today.year - 1, today.year - 2):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February in a year that has none
            date = dt.date(year, month, 28)
        if date <= today:
            return date
    raise AssertionError("unreachable: a date two years back is always on or before today")


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


def _long_date(date: dt.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]}"


def item_status(
    item: StatutoryItem, link: str | None, reviewed: dt.date | None, today: dt.date
) -> tuple[State, str]:
    """(state, reason) of one item that applies to the school."""
    if link is None:
        return "missing", "not listed under statutory:"
    if reviewed is not None and reviewed > today:
        return "stale", f"reviewed date {reviewed.isoformat()} is in the future"
    if item.due is not None:
        due = last_due(item.due, today)
        if reviewed is None:
            return "stale", f"due by {_long_date(due)} each year; no reviewed date"
        if reviewed < due:
            return "stale", (
                f"due by {_long_date(due)} each year; last reviewed {reviewed.isoformat()}"
            )
    if item.max_age_days is not None:
        if reviewed is None:
            return "stale", f"to be reviewed every {item.max_age_days} days; no reviewed date"
        age = (today - reviewed).days
        if age > item.max_age_days:
            return "stale", (
                f"last reviewed {reviewed.isoformat()}, {age} days ago; "
                f"to be reviewed every {item.max_age_days} days"
            )
    if reviewed is not None:
        return "present", f"reviewed {reviewed.isoformat()}"
    return "present", "published"


def statutory_status(repo: Repo, today: dt.date) -> list[SchoolStatus]:
    """Every school (in name order) and every statutory item, with its state."""
    assert repo.statutory is not None
    statuses = []
    for school in repo.school_list():
        items = []
        for item in repo.statutory.items:
            entry = school.model.statutory.get(item.id)
            link = entry.link if entry else None
            reviewed = entry.reviewed if entry else None
            if not item.applies_to(school.model.phase):
                phase = school.model.phase.label.lower()
                article = "an" if phase[0] in "aeiou" else "a"
                items.append(
                    ItemStatus(
                        item.id,
                        item.title,
                        "not-applicable",
                        reviewed,
                        link,
                        f"does not apply to {article} {phase} school",
                    )
                )
                continue
            state, reason = item_status(item, link, reviewed, today)
            items.append(ItemStatus(item.id, item.title, state, reviewed, link, reason))
        statuses.append(SchoolStatus(school.slug, school.model.name, tuple(items)))
    return statuses


def check_statutory(repo: Repo, report: Report, today: dt.date) -> None:
    """Warn about every missing or stale statutory item."""
    for status in statutory_status(repo, today):
        school = repo.schools[status.slug]
        for item in status.items:
            label = f'statutory item "{item.id}" ({item.title})'
            if item.state == "missing":
                report.warn(
                    school.yaml_path,
                    school.marks.key(("statutory",)),
                    f"{label} is missing",
                    "add it under statutory: with a link to a page or URL",
                )
            elif item.state == "stale":
                if item.reviewed is None:
                    where = school.marks.key(("statutory", item.id))
                    hint = "add reviewed: with the date it was last checked (YYYY-MM-DD)"
                else:
                    where = school.marks.value(("statutory", item.id, "reviewed"))
                    hint = "publish the current version, then set reviewed: to that date"
                if item.reviewed is not None and item.reviewed > today:
                    hint = "check the date: write the day it was last reviewed"
                report.warn(school.yaml_path, where, f"{label} is out of date: {item.reason}", hint)
