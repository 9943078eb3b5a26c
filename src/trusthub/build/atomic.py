"""What every build does around its engine: refuse bad content, and never clobber a good site."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trusthub.content.diagnostics import Report
    from trusthub.content.repo import Repo


class BuildFailed(Exception):
    """The site could not be built; the last good site is untouched."""


def checked(root: Path, strict: bool) -> tuple[Repo, Report]:
    """The repository at ``root``, loaded and checked; BuildFailed if it may not be built."""
    from trusthub.governance.check import check_repo  # not needed when nothing changed

    repo, report = check_repo(root)
    if report.failed(strict):
        problems = "\n".join(str(d) for d in report.errors or report.warnings)
        raise BuildFailed(f"{problems}\n{report.summary()}\nThe site was not changed.")
    return repo, report


def site_target(root: Path, audience: str, site_dir: Path | None) -> Path:
    """Where the site goes: ``site_dir``, or site/ (site-staff/ for staff) in ``root``."""
    target = (site_dir or root / ("site" if audience == "public" else "site-staff")).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def replace_site(staging: Path, target: Path) -> None:
    """Put the finished site at ``staging`` where ``target`` was, in one rename."""
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
