"""Calendars as families see them: iCalendar feeds, the term dates page, the next key dates.

Each school section has a feed at ``schools/<slug>/calendar.ics`` and the trust one at
``calendar.ics`` (RFC 5545, written with the icalendar library): all-day events in
Europe/London, each with a UID that stays the same from build to build, so that a
calendar subscribed to once (``webcal:``) updates in place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

import yaml
from icalendar import Calendar, vDuration
from icalendar import Event as CalendarEvent

from trusthub.content.calendar import Entry, coming, entries, in_year, shown_years, years_of
from trusthub.content.models import AcademicYear
from trusthub.content.models.base import link_scheme
from trusthub.content.repo import Repo, SchoolEntry
from trusthub.site.plan import SitePlan

TIMEZONE = "Europe/London"
FEED = "calendar.ics"
NO_HOST = "calendar.invalid"
"""The UIDs' domain when the site has no site_url (RFC 5545 asks for one)."""
KIND_LABELS = {
    "term-start": "Term",
    "term-end": "Term",
    "holiday": "Holiday",
    "inset": "INSET day",
    "event": "Event",
}


def feed_path(slug: str | None) -> str:
    """Site path of a section's calendar feed: the trust's (None) or a school's."""
    return f"schools/{slug}/{FEED}" if slug else FEED


def site_url(repo: Repo) -> str:
    """The site's address from its mkdocs.yml ("" if it has none)."""
    config = repo.root / "mkdocs.yml"
    if not config.is_file():
        return ""
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    url = data.get("site_url") if isinstance(data, dict) else None
    return url.rstrip("/") + "/" if isinstance(url, str) and url.startswith("http") else ""


def webcal(url: str, path: str) -> str:
    """The subscribe link of a feed: its full address with ``webcal:`` for ``https:``
    ("" without a site address: a subscription needs one)."""
    if not url:
        return ""
    return "webcal:" + (url + path).split(":", 1)[1]


def calendar_feeds(repo: Repo, plan: SitePlan, today: dt.date, url: str) -> dict[str, bytes]:
    """Site path → iCalendar feed, for the trust and each school of ``plan``."""
    if repo.calendar is None or repo.trust is None:
        return {}
    feeds = {feed_path(None): feed(repo, None, today, url)}
    for slug in plan.sections:
        feeds[feed_path(slug)] = feed(repo, repo.schools[slug], today, url)
    return feeds


def feed(repo: Repo, school: SchoolEntry | None, today: dt.date, url: str) -> bytes:
    """One section's feed. ``today`` is its DTSTAMP (midnight UTC), so a build on a given
    day writes the same bytes."""
    assert repo.trust is not None
    name = school.model.name if school else repo.trust.name
    host = urlsplit(url).hostname or NO_HOST
    calendar = Calendar()
    calendar.add("prodid", f"-//trusthub//{inert(repo.trust.name)}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", inert(f"{name}: term dates"))
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add("refresh-interval", dt.timedelta(days=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(dt.timedelta(days=1)))
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    for entry in entries(repo, school):
        event = CalendarEvent()
        event.add("uid", f"{entry.uid}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end + dt.timedelta(days=1))  # all day: the end is exclusive
        event.add("summary", inert(entry.title))
        if entry.description:
            event.add("description", inert(entry.description))
        if entry.link and link_scheme(entry.link) in ("http", "https"):
            event.add("url", entry.link)
        event.add("categories", [KIND_LABELS[entry.kind]])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def inert(text: str) -> str:
    """``text`` with angle brackets replaced (‹ ›): Google Calendar and Outlook show an
    event's text as HTML, so a school's words must not be able to become markup there.
    (icalendar escapes what RFC 5545 needs: line breaks, commas, semicolons.)"""
    return text.replace("<", "‹").replace(">", "›")


@dataclass(frozen=True)
class YearView:
    """One academic year as the term dates page shows it."""

    year: AcademicYear
    terms: list[Entry]
    """Each term's start and end, in order (pairs)."""
    holidays: list[Entry]
    inset: list[Entry]
    events: list[Entry]


def year_views(repo: Repo, school: SchoolEntry | None, today: dt.date) -> list[YearView]:
    """This academic year and next, for ``school``'s term dates page (the trust's: None)."""
    found = entries(repo, school)
    return [
        YearView(
            year,
            in_year(found, year, ("term-start", "term-end")),
            in_year(found, year, ("holiday",)),
            in_year(found, year, ("inset",)),
            in_year(found, year, ("event",)),
        )
        for year in shown_years(years_of(repo, school), today)
    ]


def key_dates(repo: Repo, school: SchoolEntry, today: dt.date, count: int = 3) -> list[Entry]:
    """The next ``count`` dates on ``school``'s calendar from ``today``."""
    return coming(entries(repo, school), today, count)


def when(entry: Entry, year: bool = False) -> str:
    """``Fri 4 Dec``, ``Mon 26 – Fri 30 Oct``, ``Wed 3 Mar – Fri 5 Mar`` (with ``year``:
    ``Fri 4 Dec 2026``)."""
    tail = " %Y" if year else ""
    first = f"{entry.start:%a} {entry.start.day} {entry.start:%b{tail}}"
    if entry.start == entry.end:
        return first
    last = f"{entry.end:%a} {entry.end.day} {entry.end:%b{tail}}"
    if (entry.start.month, entry.start.year) == (entry.end.month, entry.end.year):
        first = f"{entry.start:%a} {entry.start.day}"
    return f"{first} – {last}"
