"""The Markdown extensions every page is rendered with, whichever build renders it.

The site's own list (``markdown_extensions`` in its ``mkdocs.yml``) plus what trusthub
needs: ``abbr`` with the shared glossary, so every page explains the trust's terms,
``md_in_html`` with ``attr_list`` for the HTML that blocks expand to, and ``toc`` for
heading ids.
"""

from __future__ import annotations

from typing import Any

from trusthub.content.repo import Repo
from trusthub.site.glossary import abbreviations

NEEDED = ("md_in_html", "attr_list", "toc")
"""``toc`` gives headings the ids that statutory links point at (``policies.md#behaviour``)."""


def add_site_extensions(names: list[Any], configs: dict[str, Any], repo: Repo) -> None:
    """Add trusthub's extensions and settings to ``names`` and ``configs`` (in place)."""
    if repo.language is not None:
        if "abbr" not in names:
            names.append("abbr")
        configs.setdefault("abbr", {})["glossary"] = abbreviations(repo.language)
    for name in NEEDED:
        if name not in names:
            names.append(name)
