"""What the theme templates read for each page, as plain data (no engine, no Python calls).

Every page carries it in its front matter under ``th``: the section it belongs to,
the section's name, logo, palette stylesheet and icons, the page's share image and,
on a school's pages, that school's navigation with the current page marked. Templates
only read these values — which is what lets MkDocs, ProperDocs and Zensical (whose
MiniJinja templates cannot call Python) render the same theme. Text in it is escaped
once by whoever writes it out (:func:`trusthub.site.text.as_text`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..repo import Repo
from .plan import TRUST, SitePlan
from .urls import SCHOOL_LIST, TRUST_LOGO, page_url, school_asset

THEME_DIR = Path(__file__).resolve().parent.parent / "templates" / "theme"
"""trusthub's theme templates (overrides of Material's), for every engine."""
ICONS = {"svg": "favicon.svg", "png": "32.png", "apple": "apple", "manifest": "manifest"}
"""Theme name of each icon → its name among the generated outputs."""


def section_nav(nav: list[Any], current: str, prefix: str = "__nav") -> list[dict[str, Any]]:
    """A section's navigation (``{title: src_uri | [...]}`` items) with ``current`` marked.

    Each item has ``title``, ``url`` (a site path), ``current``, ``active`` (the item or
    one of its children is the current page), ``id`` (for the toggles of nested
    items) and ``children``.
    """
    items = []
    for index, entry in enumerate(nav, 1):
        ((title, target),) = entry.items()
        if isinstance(target, list):
            children = section_nav(target, current, f"{prefix}_{index}")
            items.append(
                {
                    "title": str(title),
                    "url": "",
                    "id": f"{prefix}_{index}",
                    "current": False,
                    "active": any(child["active"] for child in children),
                    "children": children,
                }
            )
        else:
            items.append(
                {
                    "title": str(title),
                    "url": page_url(target),
                    "id": f"{prefix}_{index}",
                    "current": target == current,
                    "active": target == current,
                    "children": [],
                }
            )
    return items


def theme_data(
    repo: Repo, plan: SitePlan, outputs: dict[str, str], src_uri: str, audience: str
) -> dict[str, Any]:
    """The ``th`` front matter of the page at ``src_uri``."""
    trust = repo.trust
    assert trust is not None
    slug = plan.section_of(src_uri)
    key = "trust" if slug == TRUST else slug
    data: dict[str, Any] = {
        "section": key,
        "trust_name": trust.name,
        "audience": audience,
        "school_list": SCHOOL_LIST,
        "schools_index": page_url("schools/index.md"),
        "icons": {name: outputs[f"icons/{key}/{output}"] for name, output in ICONS.items()},
        "share_image": outputs.get(f"share/{src_uri}", ""),
    }
    if slug == TRUST:
        return {**data, "school": False, "title": trust.name, "home": "", "logo": TRUST_LOGO}
    section = plan.sections[slug]
    return {
        **data,
        "school": True,
        "slug": slug,
        "title": repo.schools[slug].model.name,
        "home": page_url(section.home),
        "logo": school_asset(slug, "logo.svg"),
        "theme_css": school_asset(slug, "theme.css"),
        "nav": section_nav(section.nav, src_uri),
    }
