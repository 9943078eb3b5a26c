"""What each section of the site (the trust, each school) brings to its graphics."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trusthub.content.models import TitledText, Trust
from trusthub.content.repo import Repo
from trusthub.site.plan import TRUST


@dataclass(frozen=True)
class SectionBrand:
    """The brand of one section: the trust, or one school."""

    key: str
    """"trust" or the school's slug."""
    name: str
    short_name: str
    primary: str
    accent: str
    """The second colour: a school's ``colours.accent``, the trust's ``palette.secondary``."""
    logo: Path
    local_priorities: tuple[TitledText, ...] = ()
    is_school: bool = False


@dataclass(frozen=True)
class Fonts:
    family: str
    regular: Path
    bold: Path
    folder: Path


def fonts(repo: Repo) -> Fonts:
    """The trust's regular and bold upright font files."""
    trust: Trust | None = repo.trust
    assert trust is not None
    upright = [f for f in trust.font.files if f.style == "normal"]
    regular = min(upright, key=lambda f: abs(f.weight - 400))
    bold = min(upright, key=lambda f: abs(f.weight - 700))
    folder = (repo.brand_dir / regular.path).parent
    return Fonts(
        trust.font.family, repo.brand_dir / regular.path, repo.brand_dir / bold.path, folder
    )


def section_brands(repo: Repo, slugs: list[str]) -> list[SectionBrand]:
    """The trust's brand, then each listed school's."""
    trust = repo.trust
    assert trust is not None
    brands = [
        SectionBrand(
            TRUST,
            trust.name,
            trust.short_name,
            trust.palette.primary,
            trust.palette.secondary,
            repo.brand_dir / trust.logo,
        )
    ]
    for slug in slugs:
        school = repo.schools[slug]
        m = school.model
        brands.append(
            SectionBrand(
                slug,
                m.name,
                m.short_name,
                m.colours.primary,
                m.colours.accent,
                school.folder / m.logo,
                tuple(m.local_priorities),
                is_school=True,
            )
        )
    return brands
