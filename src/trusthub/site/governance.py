"""The governance pages: the trust's register (members, trustees, committees) and each
school's local governing body, from brand/governance.yml and schools/<slug>/governors.yml.

The trust's page is generated at :data:`TRUST_GOVERNANCE` unless content/ holds a page
there (which can show the register with ``/// governance-register``); a school's at
``schools/<slug>/governance.md`` unless the school wrote its own.
"""

from __future__ import annotations

from typing import Any

from trusthub.content.governance import SCHOOL_GOVERNANCE
from trusthub.content.repo import Repo
from trusthub.site.render import render_markdown

TRUST_GOVERNANCE = "about/governance.md"
TITLE = "Governance"


def governance_pages(
    repo: Repo, slug: str | None, context: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """(source path, title, Markdown) of the section's governance page, if it has a register."""
    if slug is None:
        if repo.governance is None:
            return []
        return [(TRUST_GOVERNANCE, TITLE, render_markdown("governance.md", **context))]
    if repo.schools[slug].governors is None:
        return []
    markdown = render_markdown("school_governance.md", **context)
    return [(f"schools/{slug}/{SCHOOL_GOVERNANCE}", TITLE, markdown)]
