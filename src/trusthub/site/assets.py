"""Static files the site needs besides pages: styles, fonts, logos, script, school list."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from trusthub.content.dates import reference_date
from trusthub.content.repo import Repo
from trusthub.design import safejson
from trusthub.design.colour import section_palette
from trusthub.design.fonts import web_font, web_font_name
from trusthub.design.logo import clean_svg
from trusthub.site.calendar import calendar_feeds
from trusthub.site.news import news_feeds
from trusthub.site.plan import SitePlan
from trusthub.site.theme import palette_css, trust_css
from trusthub.site.urls import (
    FONT_DIR,
    SCHOOL_LIST,
    SCRIPT,
    STYLESHEET,
    TRUST_LOGO,
    TRUST_LOGO_MONO,
    page_url,
    school_asset,
)

__all__ = ["SCHOOL_LIST", "SCRIPT", "STYLESHEET", "robots_txt", "site_assets"]


def _package_text(name: str) -> str:
    return resources.files("trusthub").joinpath("assets", name).read_text(encoding="utf-8")


def robots_txt(audience: str, site_url: str | None) -> str:
    """Search engines may index the public site (and find its sitemap); staff builds, never."""
    lines = ["User-agent: *"]
    if audience == "staff":
        lines.append("Disallow: /")
    else:
        lines.append("Allow: /")
        if site_url:
            lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"


def site_assets(
    repo: Repo, plan: SitePlan, audience: str = "public", site_url: str | None = None
) -> dict[str, bytes]:
    """Site path → content of every static file trusthub adds to the site."""
    trust = repo.trust
    assert trust is not None
    files: dict[str, bytes] = {
        STYLESHEET: trust_css(
            trust, [repo.schools[slug] for slug in plan.sections], _package_text("trusthub.css")
        ).encode(),
        SCRIPT: _package_text("trusthub.js").encode(),
    }
    for font in trust.font.files:
        source = repo.brand_dir / font.path
        stat = source.stat()
        files[f"{FONT_DIR}/{web_font_name(font.path)}"] = web_font(
            source, (stat.st_size, stat.st_mtime_ns)
        )
    files[TRUST_LOGO] = _logo(repo.brand_dir / trust.logo)
    if trust.logo_mono:
        files[TRUST_LOGO_MONO] = _logo(repo.brand_dir / trust.logo_mono)
    schools = []
    for slug in plan.sections:
        school = repo.schools[slug]
        files[school_asset(slug, "logo.svg")] = _logo(school.folder / school.model.logo)

        palette = section_palette(school.model.colours.primary, school.model.colours.accent)
        files[school_asset(slug, "theme.css")] = palette_css(":root", palette).encode()
        schools.append(
            {
                "slug": slug,
                "name": school.model.name,
                "url": "../../" + page_url(f"schools/{slug}/index.md"),
            }
        )
    schools.sort(key=lambda s: s["name"])
    files[SCHOOL_LIST] = safejson.dumps(schools).encode()
    files["robots.txt"] = robots_txt(audience, site_url).encode()
    files.update(calendar_feeds(repo, plan, reference_date(), site_url or trust.site_url or ""))
    files.update(news_feeds(repo, plan, site_url or trust.site_url))
    return files


def _logo(path: Path) -> bytes:
    return clean_svg(path.read_text(encoding="utf-8")).encode()
