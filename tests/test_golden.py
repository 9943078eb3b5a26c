"""Golden files for generated text: lock-ups, favicons, theme CSS and a generated page."""

from __future__ import annotations

from pathlib import Path

import pytest

from trusthub.content.repo import load_repo
from trusthub.design.colour import section_palette
from trusthub.graphics.favicon import favicon_svg, web_manifest
from trusthub.graphics.lockup import LOCKUP_VARIANTS, lockup
from trusthub.site.plan import plan_site
from trusthub.site.theme import palette_css

from .golden import assert_golden

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "brand" / "fonts"


@pytest.fixture(scope="module")
def repo():  # type: ignore[no-untyped-def]
    loaded, _ = load_repo(ROOT)
    return loaded


@pytest.mark.parametrize("variant", LOCKUP_VARIANTS)
def test_lockup_svg(repo, variant: str) -> None:  # type: ignore[no-untyped-def]
    school = repo.schools["st-aidans"]
    svg = lockup(
        (school.folder / "logo.svg").read_text(),
        school.model.name,
        repo.trust.name,
        variant=variant,
        primary=school.model.colours.primary,
        accent=school.model.colours.accent,
        font_family="Atkinson Hyperlegible",
        regular_font=FONTS / "atkinson-hyperlegible-latin-400-normal.woff",
        bold_font=FONTS / "atkinson-hyperlegible-latin-700-normal.woff",
    ).svg
    assert_golden(f"lockup/st-aidans-{variant}.svg", svg)


def test_favicon_and_manifest(repo) -> None:  # type: ignore[no-untyped-def]
    school = repo.schools["kingfisher"]
    logo = (school.folder / "logo.svg").read_text()
    assert_golden("icons/kingfisher.svg", favicon_svg(logo, school.model.colours.primary))
    assert_golden(
        "icons/kingfisher.webmanifest",
        web_manifest(
            school.model.name,
            school.model.short_name,
            school.model.colours.primary,
            {192: "icon-192.png", 512: "icon-512.png"},
        ),
    )


def test_school_theme_css(repo) -> None:  # type: ignore[no-untyped-def]
    colours = repo.schools["little-acorns"].model.colours
    assert_golden(
        "css/little-acorns.css",
        palette_css(":root", section_palette(colours.primary, colours.accent)),
    )


def test_generated_school_pages(repo) -> None:  # type: ignore[no-untyped-def]
    plan = plan_site(repo)
    for name in ("index", "values", "strategy", "contact", "how-we-work"):
        page = plan.pages[f"schools/brookfield/{name}.md"]
        assert page.markdown is not None
        assert_golden(f"pages/brookfield/{name}.md", page.markdown)
