"""Aligned autonomy: what schools cannot replace, and what every school must address.

A school page whose ``area:`` is an ``aligned`` area would replace the trust's
policy, which is the same for every school. A ``framework`` area page becomes
the school's addendum to the trust page, so a school has at most one per area.
Every school says how it meets each of the trust's non-negotiables
(``expectations`` in brand/autonomy.yml).
"""

from __future__ import annotations

from trusthub.content.diagnostics import Report
from trusthub.content.models import Level
from trusthub.content.repo import Page, Repo, SchoolEntry


def check_autonomy(repo: Repo, report: Report) -> None:
    """Report aligned areas replaced, duplicate addenda and unaddressed non-negotiables."""
    assert repo.autonomy is not None
    areas = repo.autonomy.by_id()
    for school in repo.school_list():
        addenda: dict[str, Page] = {}
        for page in school.pages:
            area = areas.get(page.meta.area or "")
            if area is None:
                continue
            where = page.source.marks.value(("area",))
            if area.level is Level.aligned:
                report.add(
                    page.source.path,
                    where,
                    f'area "{area.id}" is aligned: the trust\'s policy is published for '
                    "every school and cannot be replaced",
                    "remove area:, or ask the trust to change the area's level",
                )
            elif area.level is Level.framework:
                first = addenda.setdefault(area.id, page)
                if first is not page:
                    shown = first.url_path.removeprefix(f"schools/{school.slug}/")
                    report.add(
                        page.source.path,
                        where,
                        f'"{shown}" is already this school\'s addendum for area "{area.id}"',
                        "keep one page per area: merge the two, or remove area: from one of them",
                    )
        _check_expectations(repo, school, report)


def _check_expectations(repo: Repo, school: SchoolEntry, report: Report) -> None:
    assert repo.autonomy is not None
    written = school.model.expectations
    where = school.marks.key(("expectations",))
    for expectation in repo.autonomy.expectations:
        if expectation.id not in written:
            report.warn(
                school.yaml_path,
                where,
                f'does not say how it meets the non-negotiable "{expectation.id}" '
                f"({expectation.title})",
                f'add "{expectation.id}:" under expectations: with a sentence or two',
            )
