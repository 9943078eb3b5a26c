"""One entry point for every check: load, validate, cross-file rules, governance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trusthub.content.dates import TODAY_ENV, reference_date
from trusthub.content.diagnostics import Report
from trusthub.content.repo import Repo, load_repo
from trusthub.governance import run_governance
from trusthub.governance.blocks import lint_blocks
from trusthub.governance.references import check_references

__all__ = ["TODAY_ENV", "check_repo", "reference_date"]


def check_repo(root: Path, today: dt.date | None = None) -> tuple[Repo, Report]:
    """Load ``root`` and run every rule; the report holds every problem found.

    ``today`` decides which statutory information is out of date (tests fix it).
    """
    repo, report = load_repo(root)
    check_references(repo, report)
    if repo.complete:
        lint_blocks(repo, report)
        run_governance(repo, report, today or reference_date())
    return repo, report
