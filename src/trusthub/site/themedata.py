"""What the theme templates read for each page, as plain data (no engine, no Python calls).

What a section shares is written once, in the site configuration under
``extra.th.sections.<key>``: the section's name, logo, palette stylesheet and icons
and, for a school, its navigation. Each page's front matter carries only its own
part under ``th``: its section's key, its URL and its share image. Templates look the
section up (``config.extra.th.sections[page.meta.th.section]``) and mark the current
page by comparing URLs — they only read values, which is what lets MkDocs,
ProperDocs and Zensical (whose MiniJinja templates cannot call Python) render the
same theme, and it keeps each page's front matter a few lines long. Text in it is
escaped once by whoever writes it out (:func:`trusthub.site.text.as_text`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import quote

from trusthub.content.dates import reference_date
from trusthub.content.repo import Repo
from trusthub.content.sitemap import SCHOOL_CONTACT, SCHOOLS_INDEX, SEARCH_PAGE
from trusthub.site import outputs as output_names
from trusthub.site.notices import notices_key, section_notices
from trusthub.site.plan import TRUST, SitePlan
from trusthub.site.urls import (
    SCHOOL_LIST,
    SEARCH_DIR,
    TRUST_LOGO,
    page_url,
    school_asset,
    tel_url,
)

THEME_DIR = Path(__file__).resolve().parent.parent / "templates" / "theme"
"""trusthub's theme templates (overrides of Material's), for every engine."""
ICONS = {"svg": "favicon.svg", "png": "32.png", "apple": "apple", "manifest": "manifest"}
"""Theme name of each icon → its name among the generated outputs."""


def section_nav(nav: list[Any]) -> list[dict[str, Any]]:
    """A school's navigation (``{title: src_uri | [...]}`` items) as template data.

    A page is ``{title, url}`` (a site path); a group is ``{title, pages, children}``,
    ``pages`` being the URLs under it, so the template opens the group that holds
    the current page (``page.meta.th.url in item.pages``).
    """
    items: list[dict[str, Any]] = []
    for entry in nav:
        ((title, target),) = entry.items()
        if isinstance(target, list):
            children = section_nav(target)
            pages = [url for child in children for url in child.get("pages", [child.get("url")])]
            items.append({"title": str(title), "pages": pages, "children": children})
        else:
            items.append({"title": str(title), "url": page_url(target)})
    return items


def site_theme(
    repo: Repo,
    plan: SitePlan,
    outputs: dict[str, str],
    audience: str,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """``extra.th`` of the site configuration: every section's theme data, by key, with the
    notices its pages show on ``today`` (the build's date by default)."""
    trust = repo.trust
    assert trust is not None
    notices = section_notices(repo, plan, today or reference_date())
    shared = {
        "trust_name": trust.name,
        "trust_short_name": trust.short_name,
        "legal": legal_line(repo),
        "trust_contact": page_url("contact.md") if "contact.md" in plan.pages else "",
        "audience": audience,
        "school_list": SCHOOL_LIST,
        "schools_index": page_url(SCHOOLS_INDEX),
        "search": page_url(SEARCH_PAGE[0]) if SEARCH_PAGE[0] in plan.pages else "",
        "search_dir": SEARCH_DIR,  # Pagefind's library, loaded only by the search page
    }
    sections: dict[str, Any] = {}
    for slug in [TRUST, *plan.sections]:
        icons = {name: outputs[output_names.icon(slug, o)] for name, o in ICONS.items()}
        if slug == TRUST:
            sections[slug] = {
                **shared,
                "icons": icons,
                "school": False,
                "title": trust.name,
                "search_section": search_section(trust.name),
                "short_name": trust.short_name,
                "tagline": trust.tagline,
                "home": "",
                "logo": TRUST_LOGO,
                "notices": notices[TRUST],
                "notices_key": notices_key(notices[TRUST]),
            }
            continue
        section = plan.sections[slug]
        sections[slug] = {
            **shared,
            "icons": icons,
            "school": True,
            "slug": slug,
            "title": repo.schools[slug].model.name,
            "search_section": search_section(repo.schools[slug].model.name),
            "short_name": repo.schools[slug].model.short_name,
            "home": page_url(section.home),
            "logo": school_asset(slug, "logo.svg"),
            "theme_css": school_asset(slug, "theme.css"),
            "contact": school_contact(repo, slug),
            "nav": section_nav(section.nav),
            "notices": notices[slug],
            "notices_key": notices_key(notices[slug]),
        }
    return {"sections": sections}


def search_section(name: str) -> str:
    """A section's name as the search index's filter holds it and the header's search button
    passes it (``?section=``): percent-encoded, as JavaScript's encodeURIComponent with
    ``!'()*`` encoded too. Pagefind's interface writes filter values into the page as HTML,
    so the value must hold no markup, whatever a school's name contains."""
    return quote(name, safe="")


def page_theme(plan: SitePlan, outputs: dict[str, str], src_uri: str) -> dict[str, Any]:
    """The ``th`` front matter of the page at ``src_uri``: its section, URL and share image."""
    return {
        "section": plan.section_of(src_uri),
        "url": page_url(src_uri),
        "share_image": outputs.get(output_names.share(src_uri), ""),
    }


def legal_line(repo: Repo) -> str:
    """The sentence every page's footer carries about the trust as a company ("" if unknown)."""
    trust = repo.trust
    if trust is None or trust.legal is None:
        return ""
    legal = trust.legal
    return (
        f"{trust.name} is a charitable company limited by guarantee, registered in "
        f"{legal.registered_in}, company number {legal.company_number}. "
        f"Registered office: {legal.registered_office}."
    )


def school_contact(repo: Repo, slug: str) -> dict[str, str]:
    """How to reach a school, for its pages' footer."""
    school = repo.schools[slug].model
    return {
        "name": school.name,
        "address": " ".join(school.address.split()),
        "phone": school.phone,
        "tel": tel_url(school.phone),
        "email": school.email,
        "page": page_url(f"schools/{slug}/{SCHOOL_CONTACT[0]}"),
    }
