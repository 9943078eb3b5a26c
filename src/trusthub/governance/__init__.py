"""Governance checks: the rules that keep aligned autonomy real (SPEC §6, §7).

Each rule lives in its own module and adds diagnostics to one report:

- :mod:`.language` — avoided phrases in pages and free-text YAML;
- :mod:`.glossary` — glossary terms and aliases that are everyday words;
- :mod:`.autonomy` — aligned areas not replaced, non-negotiables addressed;
- :mod:`.statutory` — statutory information present and up to date
  (and :func:`statutory_status` for the staff dashboard);
- :mod:`.trust_documents` — the trust's own documents (brand/documents.yml);
- :mod:`.calendar` — term dates, holidays, INSET days, pupil days, next year's dates;
- :mod:`.notices` — urgent notices: their links, and notices past their day;
- :mod:`.news` — news stories' photos, and the school stories the trust chooses;
- :mod:`.register` — the governance register: ended terms, attendance, declared interests;
- :mod:`.accessibility` — the statement's known problems match the site's content;
- :mod:`.contrast` — brand colours that fail WCAG 2.2 AA;
- :mod:`.content` — images without alt text, links that go nowhere;
- :mod:`.owners` — the generated CODEOWNERS file;
- :mod:`.references` — ids, files and links one file takes from another;
- :mod:`.blocks` — ``/// name`` blocks the site cannot render.

:mod:`.check` runs them all after loading and validating the content.
"""

from __future__ import annotations

import datetime as dt

from trusthub.content.diagnostics import Report
from trusthub.content.repo import Repo
from trusthub.governance.accessibility import check_accessibility
from trusthub.governance.autonomy import check_autonomy
from trusthub.governance.calendar import check_calendar
from trusthub.governance.content import check_content
from trusthub.governance.contrast import check_contrast, check_distinct
from trusthub.governance.glossary import check_glossary
from trusthub.governance.language import lint_language
from trusthub.governance.news import check_news
from trusthub.governance.notices import check_notices
from trusthub.governance.owners import check_owners, codeowners_text, write_codeowners
from trusthub.governance.register import check_register
from trusthub.governance.statutory import (
    ItemStatus,
    LinkTarget,
    SchoolStatus,
    check_statutory,
    check_statutory_links,
    link_target,
    statutory_status,
)
from trusthub.governance.trust_documents import check_trust_documents

__all__ = [
    "ItemStatus",
    "LinkTarget",
    "SchoolStatus",
    "codeowners_text",
    "link_target",
    "run_governance",
    "statutory_status",
    "write_codeowners",
]


def run_governance(repo: Repo, report: Report, today: dt.date) -> None:
    """Run every governance rule over a complete ``repo`` (every brand file loaded)."""
    lint_language(repo, report)
    check_glossary(repo, report)
    check_autonomy(repo, report)
    check_statutory(repo, report, today)
    check_statutory_links(repo, report)
    check_trust_documents(repo, report, today)
    check_calendar(repo, report, today)
    check_notices(repo, report, today)
    check_news(repo, report)
    check_register(repo, report, today)
    check_accessibility(repo, report)
    check_contrast(repo, report)
    check_distinct(repo, report)
    check_content(repo, report)
    check_owners(repo, report)
