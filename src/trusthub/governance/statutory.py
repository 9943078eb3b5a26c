"""Statutory information: what each school publishes, and whether it is up to date.

:func:`statutory_status` works out every school and item once, as plain data, for
both the ``trusthub check`` rule (:func:`check_statutory`) and the staff
dashboard page.

An item is *stale* when its annual due date (MM-DD) has passed since it was last
reviewed, or when it was reviewed more than ``max_age_days`` ago. An item with a
due date or a maximum age but no ``reviewed`` date is stale too.

Each item links to a place an inspector can open: a section of a page
(``policies.md#behaviour``, a heading id as the site gives it), a document
(``documents/behaviour-policy.pdf``) or a URL. :func:`link_target` says where a link
goes, for the check (:func:`check_statutory_links`: the page, heading and document
exist; no two items share the top of one page) and for the school's contact page.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from trusthub.content.dates import MONTHS
from trusthub.content.diagnostics import Report
from trusthub.content.documents import DOCUMENTS_DIR, Document, format_size
from trusthub.content.models import Audience, StatutoryItem, StatutoryLink
from trusthub.content.paths import inside
from trusthub.content.repo import Page, Repo, SchoolEntry
from trusthub.content.sitemap import SCHOOL_PAGES
from trusthub.content.yamlmarks import Marks
from trusthub.governance.markdown import heading_ids

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


def _long_date(date: dt.date) -> str:
    """A yearly due date as people write it: "31 August"."""
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


def report_item(
    report: Report,
    path: str,
    marks: Marks,
    entry: tuple[str | int, ...],
    label: str,
    status: ItemStatus,
    today: dt.date,
) -> None:
    """Warn about one stale item, at its ``reviewed:`` date (or its entry, if it has none).

    Schools' items and the trust's documents are judged and reported the same way."""
    if status.state != "stale":
        return
    if status.reviewed is None:
        where = marks.key(entry)
        hint = "add reviewed: with the date it was last checked (YYYY-MM-DD)"
    else:
        where = marks.value((*entry, "reviewed"))
        hint = "publish the current version, then set reviewed: to that date"
    if status.reviewed is not None and status.reviewed > today:
        hint = "check the date: write the day it was last reviewed"
    report.warn(path, where, f"{label} is out of date: {status.reason}", hint)


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
                    "add it under statutory: with a link to a section of a page "
                    "(policies.md#behaviour), a document or a URL",
                )
            report_item(
                report, school.yaml_path, school.marks, ("statutory", item.id), label, item, today
            )


# Where each link goes ----------------------------------------------------------------------

Kind = Literal["section", "page", "document", "web"]


@dataclass(frozen=True)
class LinkTarget:
    """Where one statutory link goes, as the contact page shows it."""

    kind: Kind
    where: str
    """For people: “Equality objectives” on “Policies”, PDF “Behaviour policy”, 52 KB,
    reports.ofsted.gov.uk."""
    path: str
    """Site source path of the page (``schools/x/policies.md``), site path of the document,
    or the URL."""
    anchor: str = ""


def _page(school: SchoolEntry, file: str) -> Page | None:
    wanted = f"schools/{school.slug}/{file}"
    return next((p for p in school.pages if p.url_path == wanted), None)


def _in_folder(school: SchoolEntry, file: str) -> bool:
    target = inside(school.folder, file)
    return target is not None and target.is_file()


def _document(school: SchoolEntry, file: str) -> Document | None:
    folder, _, name = file.rpartition("/")
    if folder != DOCUMENTS_DIR:
        return None
    return next((d for d in school.documents if d.name == name), None)


def link_target(
    school: SchoolEntry, entry: StatutoryLink, sizes: dict[str, int] | None = None
) -> LinkTarget | None:
    """Where ``entry`` of ``school`` goes, or None if nowhere (``trusthub check`` says why).

    ``sizes`` gives the published size of documents by site path (else their own size).
    """
    if entry.external:
        host = urlsplit(entry.link).hostname or entry.link
        return LinkTarget("web", host.removeprefix("www."), entry.link)
    document = _document(school, entry.file)
    if document is not None:
        size = (sizes or {}).get(document.site_path, document.size)
        where = f"PDF “{document.title}”, {format_size(size)}"
        return LinkTarget("document", where, document.site_path)
    page = _page(school, entry.file)
    if page is None:
        generated = {name: title for name, title, _ in SCHOOL_PAGES}
        if entry.file in generated and not entry.anchor:
            path = f"schools/{school.slug}/{entry.file}"
            return LinkTarget("page", f"page “{generated[entry.file]}”", path)
        return None
    if not entry.anchor:
        return LinkTarget("page", f"page “{page.title}”", page.url_path)
    heading = heading_ids(page.source.body).get(entry.anchor)
    if heading is None:
        return None
    return LinkTarget("section", f"“{heading}” on “{page.title}”", page.url_path, entry.anchor)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - {"and", "the", "of", "policy"}


def _best_heading(item: StatutoryItem, ids: dict[str, str]) -> str | None:
    """The heading of a page most likely to hold ``item``, by the words they share."""
    wanted = _words(item.title) | _words(item.id)
    scored = [(len(wanted & _words(text)), anchor) for anchor, text in ids.items()]
    best = max(scored, default=(0, ""))
    return best[1] if best[0] else None


def check_statutory_links(repo: Repo, report: Report) -> None:
    """Every statutory link goes to a heading, document or page that exists and is public;
    two items that both link to the top of one page are warned about."""
    assert repo.statutory is not None
    items = repo.statutory.by_id()
    for school in repo.school_list():
        tops: dict[str, list[str]] = {}
        for item_id, entry in school.model.statutory.items():
            if entry.external or item_id not in items:
                continue
            where = school.marks.value(("statutory", item_id, "link"))
            if not entry.file:
                report.add(
                    school.yaml_path,
                    where,
                    f'statutory link "{entry.link}" names no page',
                    "write the page before the #, like policies.md#behaviour",
                )
                continue
            if entry.file.startswith(f"{DOCUMENTS_DIR}/"):
                continue  # a document: its file is checked where it is loaded
            page = _page(school, entry.file)
            if page is None:
                if entry.anchor and entry.file in {name for name, _, _ in SCHOOL_PAGES}:
                    report.add(
                        school.yaml_path,
                        where,
                        f"{entry.file} is written by trusthub: its headings cannot be linked",
                        f"link {entry.file} itself, or a heading on one of the school's own pages",
                    )
                elif not entry.file.endswith(".md") and _in_folder(school, entry.file):
                    report.add(
                        school.yaml_path,
                        where,
                        f'statutory item "{item_id}" links to {entry.file}, which is neither '
                        "a page nor a document the site publishes",
                        f"save it as a PDF in {DOCUMENTS_DIR}/ and link "
                        f"{DOCUMENTS_DIR}/<its name>.pdf, or link a page",
                    )
                continue  # a missing file is reported with the references
            if page.meta.audience is Audience.staff:
                report.add(
                    school.yaml_path,
                    where,
                    f'statutory item "{item_id}" links to {entry.file}, a staff-only page',
                    "statutory information is for everyone: link a public page or document",
                )
                continue
            ids = heading_ids(page.source.body)
            if not entry.anchor:
                tops.setdefault(entry.file, []).append(item_id)
            elif entry.anchor not in ids:
                close = difflib.get_close_matches(entry.anchor, list(ids), n=1, cutoff=0.6)
                best = close[0] if close else _best_heading(items[item_id], ids)
                listed = ", ".join(f'"#{anchor}"' for anchor in list(ids)[:8])
                hint = f'did you mean "#{best}"? ' if best else ""
                report.add(
                    school.yaml_path,
                    where,
                    f'no heading "#{entry.anchor}" on {entry.file}',
                    f"{hint}its headings are {listed}"
                    if ids
                    else f"{entry.file} has no headings: add one (## Behaviour)",
                )
        for file, shared in tops.items():
            if len(shared) < 2:
                continue
            ids = heading_ids(_page(school, file).source.body)  # type: ignore[union-attr]
            for item_id in shared:
                others = [f'"{other}"' for other in shared if other != item_id]
                named = ", ".join(others[:3]) + (
                    f" and {len(others) - 3} more" if len(others) > 3 else ""
                )
                best = _best_heading(items[item_id], ids)
                hint = (
                    f"link the section that has it, like {file}#{best}"
                    if best
                    else f"give it a heading on {file} and link {file}#<its id>"
                )
                report.warn(
                    school.yaml_path,
                    school.marks.value(("statutory", item_id, "link")),
                    f'statutory item "{item_id}" ({items[item_id].title}) links to the top '
                    f"of {file}, as {named} also {'does' if len(others) == 1 else 'do'}",
                    f"{hint}, or a document in {DOCUMENTS_DIR}/",
                )
