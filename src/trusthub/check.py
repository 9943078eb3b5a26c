"""One entry point for every check: load, validate, cross-file rules, governance."""

from __future__ import annotations

from pathlib import Path

from .blocklint import lint_blocks
from .diagnostics import Report
from .references import check_references
from .repo import Repo, load_repo


def check_repo(root: Path) -> tuple[Repo, Report]:
    """Load ``root`` and run every rule; the report holds every problem found."""
    repo, report = load_repo(root)
    check_references(repo, report)
    if repo.complete:
        lint_blocks(repo, report)
    return repo, report
