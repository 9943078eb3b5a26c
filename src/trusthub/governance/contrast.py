"""Colour contrast: brand colours the light theme cannot use as given (WCAG 2.2 AA).

The theme derives the nearest passing shade of the same hue
(:func:`trusthub.design.colour.section_palette`); this rule says so, with both values,
so that no colour changes silently and ``--strict`` can insist on accessible
colours in the YAML.

Only the colours as people see them in the light scheme are reported. The
dark-scheme link colour is always derived: no colour reaches 4.5:1 against both
white and Material's slate background, so asking schools to pick one would be
asking the impossible.
"""

from __future__ import annotations

from functools import lru_cache

from trusthub.content.diagnostics import Report
from trusthub.content.repo import Repo
from trusthub.content.yamlmarks import Marks
from trusthub.design.colour import (
    LIGHT_BACKGROUND,
    TEXT_RATIO,
    WHITE,
    Adjustment,
    SectionPalette,
    contrast,
    difference,
    section_palette,
)

DISTINCT = 14.5
"""Schools' primary colours at least this far apart (ΔE 2000) tell apart at a glance,
as on the directory of school cards."""


def adjustment_message(adjustment: Adjustment, role: str | None = None) -> str:
    given, used, against = adjustment.given, adjustment.used, adjustment.against
    return (
        f"{role or adjustment.role} {given} has {contrast(given, against):.2f}:1 contrast "
        f"against {against}; the site uses {used} ({contrast(used, against):.2f}:1)"
    )


@lru_cache(maxsize=256)
def _palette(primary: str, accent: str) -> SectionPalette:
    return section_palette(primary, accent)


def _check_pair(
    primary: str,
    accent: str,
    keys: dict[str, tuple[str, ...]],
    path: str,
    marks: Marks,
    report: Report,
) -> None:
    # Deriving a shade walks through many colours: only do it for colours that fail.
    if contrast(primary, WHITE) >= TEXT_RATIO and contrast(accent, LIGHT_BACKGROUND) >= TEXT_RATIO:
        return
    for adjustment in _palette(primary.lower(), accent.lower()).adjustments:
        if adjustment.against != LIGHT_BACKGROUND:
            continue
        kind = "primary" if adjustment.role.startswith("primary") else "accent"
        name, loc = keys[kind][0], keys[kind][1:]
        role = name + adjustment.role.removeprefix(kind)
        report.warn(
            path,
            marks.value(loc),
            adjustment_message(adjustment, role),
            f"use {adjustment.used} or darker to choose the shade yourself",
        )


def check_contrast(repo: Repo, report: Report) -> None:
    """Warn about the trust's and each school's colours that fail on a light background."""
    if repo.trust is not None and "brand/trust.yml" in repo.marks:
        palette = repo.trust.palette
        _check_pair(
            palette.primary,
            palette.secondary,
            {
                "primary": ("primary", "palette", "primary"),
                "accent": ("secondary", "palette", "secondary"),
            },
            "brand/trust.yml",
            repo.marks["brand/trust.yml"],
            report,
        )
    for school in repo.school_list():
        colours = school.model.colours
        _check_pair(
            colours.primary,
            colours.accent,
            {
                "primary": ("primary", "colours", "primary"),
                "accent": ("accent", "colours", "accent"),
            },
            school.yaml_path,
            school.marks,
            report,
        )


def check_distinct(repo: Repo, report: Report) -> None:
    """Warn when a school's primary colour is hard to tell from another school's."""
    schools = repo.school_list()
    for index, school in enumerate(schools):
        mine = school.model.colours.primary
        for other in schools[:index]:
            theirs = other.model.colours.primary
            delta = difference(mine, theirs)
            if delta < DISTINCT:
                report.warn(
                    school.yaml_path,
                    school.marks.value(("colours", "primary")),
                    f"primary colour {mine} is hard to tell apart from {other.model.short_name}'s"
                    f" {theirs} (ΔE {delta:.1f}, needs {DISTINCT:g})",
                    "choose a colour further from it in hue or lightness, so families can tell "
                    "the schools apart on the directory",
                )
