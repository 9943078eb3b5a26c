"""One entry point for every check: load, validate, cross-file rules, governance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .blocklint import lint_blocks
from .diagnostics import Report
from .governance import run_governance
from .references import check_references
from .repo import Repo, load_repo


def check_repo(root: Path, today: dt.date | None = None) -> tuple[Repo, Report]:
    """Load ``root`` and run every rule; the report holds every problem found.

    ``today`` decides which statutory information is out of date (tests fix it).
    """
    repo, report = load_repo(root)
    check_references(repo, report)
    if repo.complete:
        lint_blocks(repo, report)
        run_governance(repo, report, today or dt.date.today())
    return repo, report
