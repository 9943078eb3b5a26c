"""Urgent notices (brand/notices.yml, schools/<slug>/notices.yml): links that go
somewhere, and no notice left in a file after its day is over.

A notice past ``until`` no longer shows (the next build leaves it out), so the check
only warns: delete it, so the file says what the site shows.
"""

from __future__ import annotations

import datetime as dt

from trusthub.content.diagnostics import Report, close_match
from trusthub.content.models import Notice, Notices
from trusthub.content.models.base import link_scheme
from trusthub.content.repo import Repo
from trusthub.content.sitemap import TRUST_PAGES, TRUST_TERM_DATES, school_generated
from trusthub.content.yamlmarks import Marks
from trusthub.governance.calendar import day

NOTICES_FILE = "notices.yml"
TRUST_NOTICES = f"brand/{NOTICES_FILE}"


def notice_files(repo: Repo) -> list[tuple[str, str, Notices, set[str]]]:
    """(scope, file, notices, pages a relative link may name) of every valid notices file:
    scope "trust" for the trust's, else a school's slug."""
    found = []
    if repo.notices is not None:
        pages = {uri for uri, _, _ in TRUST_PAGES} | {p.url_path for p in repo.content_pages}
        pages |= {f"autonomy/{a.id}.md" for a in (repo.autonomy.areas if repo.autonomy else [])}
        if repo.calendar is not None:
            pages.add(TRUST_TERM_DATES[0])
        found.append(("trust", TRUST_NOTICES, repo.notices, pages))
    for school in repo.school_list():
        if school.notices is not None:
            own = {p.url_path.removeprefix(f"schools/{school.slug}/") for p in school.pages}
            path = f"schools/{school.slug}/{NOTICES_FILE}"
            found.append((school.slug, path, school.notices, own | school_generated(repo, school)))
    return found


def live_notices(notices: Notices | None, today: dt.date) -> list[Notice]:
    """The notices of a file that show on a build made on ``today``."""
    return [n for n in (notices.notices if notices else []) if n.shown_on(today)]


def check_notices(repo: Repo, report: Report, today: dt.date) -> None:
    for scope, path, notices, pages in notice_files(repo):
        marks = (
            repo.marks.get(path) if scope == "trust" else repo.schools[scope].file_marks.get(path)
        )
        if marks is None:
            continue
        for index, notice in enumerate(notices.notices):
            _check_link(report, path, marks, index, notice, pages)
            if notice.last_day < today:
                report.warn(
                    path,
                    marks.value(("notices", index, "until")),
                    f"notice ended on {day(notice.last_day)} and no longer shows",
                    "delete it from the file",
                )


def _check_link(
    report: Report, path: str, marks: Marks, index: int, notice: Notice, pages: set[str]
) -> None:
    if notice.link is None or link_scheme(notice.link) is not None:
        return
    page = notice.link.partition("#")[0]
    if page in pages:
        return
    report.add(
        path,
        marks.value(("notices", index, "link")),
        f'"{notice.link}" is not a page of this section',
        close_match(page, pages)
        or "link to a page in this folder (contact.md) or an https:// address",
    )
