"""The pages the site generates for the trust and for every school, listed once.

The site plan (:mod:`trusthub.site.plan`) builds them; the link checks
(:mod:`trusthub.governance.content`) need to know they exist before any build.
"""

from __future__ import annotations

from trusthub.content.governance import SCHOOL_GOVERNANCE
from trusthub.content.models import Area, Level
from trusthub.content.news import news_pages
from trusthub.content.repo import Repo, SchoolEntry

TRUST_PAGES: list[tuple[str, str, str]] = [
    ("index.md", "Home", "home.md"),
    ("strategy.md", "Our strategy", "strategy.md"),
    ("values.md", "Our values", "values.md"),
    ("language.md", "Shared language", "language.md"),
    ("autonomy/index.md", "Aligned autonomy", "autonomy.md"),
    ("schools/index.md", "Our schools", "schools.md"),
    ("led-by-our-schools.md", "Led by our schools", "leads.md"),
    ("brand.md", "Brand guidelines", "brand.md"),
    ("accessibility.md", "Accessibility statement", "accessibility.md"),
]
"""(source path, title, template) of each generated trust page, in navigation order."""
SCHOOLS_INDEX = "schools/index.md"
"""The trust's page that lists its schools (and leads to each school's section)."""
SEARCH_PAGE = ("search.md", "Search", "search.md")
"""(source path, title, template) of the trust's search page: generated, not in the navigation
(the header's search button leads to it)."""
DASHBOARD = "staff/statutory.md"
"""The staff-only page showing every school's statutory information."""

TRUST_TERM_DATES = ("term-dates.md", "Term dates", "term_dates.md")
"""The trust's term dates page (with brand/calendar.yml): the dates every school shares."""

SCHOOL_HOME = ("index.md", "Home", "school_home.md")
SCHOOL_VALUES = ("values.md", "Our values in action", "school_values.md")
SCHOOL_STRATEGY = ("strategy.md", "Our strategy", "school_strategy.md")
SCHOOL_TRUST = ("how-we-work.md", "How we work as a trust", "school_trust.md")
SCHOOL_CONTACT = ("contact.md", "Contact and information", "school_contact.md")
SCHOOL_TERM_DATES = ("term-dates.md", "Term dates", "school_term_dates.md")
"""A school's term dates page, with its calendar feed (when the trust has brand/calendar.yml)."""
SCHOOL_PAGES = (SCHOOL_HOME, SCHOOL_VALUES, SCHOOL_STRATEGY, SCHOOL_TRUST, SCHOOL_CONTACT)
"""(path in the school's section, title, template) of the pages every school has, in
their usual navigation order (the school's own pages come after Home)."""


def shared_areas(repo: Repo, school: SchoolEntry) -> list[Area]:
    """The areas ``school``'s "How we work as a trust" page lists: the aligned ones, and
    framework areas the school has not written its own account of. Each links to the
    trust's page for the area, so the trust's policy is published once, not per school.
    Areas the school names a contact for come first."""
    addenda = {p.meta.area for p in school.pages if p.meta.area}
    areas = [
        area
        for area in (repo.autonomy.areas if repo.autonomy else [])
        if area.level is Level.aligned or (area.level is Level.framework and area.id not in addenda)
    ]
    # Those with someone to talk to at the school (safeguarding) first.
    return sorted(areas, key=lambda area: area.id not in school.model.contacts)


def school_generated(repo: Repo, school: SchoolEntry) -> set[str]:
    """Pages the site generates in ``school``'s section, relative to its folder."""
    pages = {name for name, _, _ in SCHOOL_PAGES} | news_pages(school.stories)
    if repo.calendar is not None:
        pages.add(SCHOOL_TERM_DATES[0])
    return pages | ({SCHOOL_GOVERNANCE} if school.governors is not None else set())
