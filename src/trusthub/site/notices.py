"""The notices each section's pages show in their banner, as theme data.

A trust notice shows on every page of the site, a school's on every page of its
section; each only on builds from the day of ``from`` to the day of ``until``
(:meth:`~trusthub.content.models.Notice.shown_on`). The theme's ``announce`` block
reads them (``config.extra.th.sections[…].notices``), in every engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from trusthub.content.models import Notice, Notices
from trusthub.content.models.base import link_scheme
from trusthub.content.repo import Repo
from trusthub.site.plan import TRUST, SitePlan
from trusthub.site.urls import page_url


def notice_data(notice: Notice, folder: str) -> dict[str, Any]:
    """What the banner shows of one notice; a page link made a site path from ``folder``."""
    link = notice.link or ""
    external = link_scheme(link) is not None
    if link and not external:
        page, _, anchor = link.partition("#")
        link = page_url(folder + page) + (f"#{anchor}" if anchor else "")
    return {
        "message": notice.message,
        "severity": notice.severity.value,
        "label": notice.severity.label,
        "link": link,
        "external": external,
        "link_text": notice.link_text,
    }


def section_notices(repo: Repo, plan: SitePlan, today: dt.date) -> dict[str, list[dict[str, Any]]]:
    """Section key → the notices its pages show on ``today``: the trust's, then its own."""
    trust = _live(repo.notices, today, "")
    shown = {TRUST: trust}
    for slug in plan.sections:
        own = _live(repo.schools[slug].notices, today, f"schools/{slug}/")
        shown[slug] = trust + own
    return shown


def notices_key(notices: list[dict[str, Any]]) -> str:
    """What "Hide this notice" remembers: the same on every page of a section, and new
    whenever its notices change (so a new notice is never hidden by an old choice)."""
    text = json.dumps([[n["message"], n["severity"], n["link"]] for n in notices])
    return hashlib.sha256(text.encode()).hexdigest()[:16] if notices else ""


def _live(notices: Notices | None, today: dt.date, folder: str) -> list[dict[str, Any]]:
    listed = notices.notices if notices else []
    ranked = sorted((n for n in listed if n.shown_on(today)), key=lambda n: _RANK[n.severity.value])
    return [notice_data(n, folder) for n in ranked]


_RANK = {"urgent": 0, "warning": 1, "info": 2}
"""The most urgent notice first."""
