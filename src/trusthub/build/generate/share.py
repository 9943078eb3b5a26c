"""A share (Open Graph) image for every page: its title in its section's colours."""

from __future__ import annotations

from pathlib import Path

from trusthub.build.generate.identity import logo_png_name
from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics import jobs
from trusthub.graphics.photos import published_name
from trusthub.graphics.render import call_job
from trusthub.site import outputs
from trusthub.site.urls import share_image


def plan_share(work: Work, brand: SectionBrand, pages: list[tuple[str, str]]) -> None:
    """Share images for ``pages`` — (source path, title) — of ``brand``'s section."""
    trust = work.repo.trust
    assert trust is not None
    cache, font = work.cache, work.font
    logo_png = str(work.outputs.internal[logo_png_name(brand)])
    logo_text = brand.logo.read_text(encoding="utf-8")
    section = brand.name if brand.is_school else trust.name
    endorsement = trust.name if brand.is_school else ""
    for src_uri, title in pages:
        args = dict(
            title=title,
            section_name=section,
            primary=brand.primary,
            accent=brand.accent,
            trust_name=endorsement,
        )
        key = cache.key("share", args, font.regular, font.bold, logo_text)
        png = cache.path(key, ".png")
        if work.todo(png):
            work.phases[1].append(
                call_job(
                    jobs.share,
                    png,
                    regular_font=str(font.regular),
                    bold_font=str(font.bold),
                    logo_png=logo_png,
                    **args,
                )
            )
        work.outputs.add(outputs.share(src_uri), share_image(src_uri), png)


def plan_photos(work: Work, photos: dict[str, Path]) -> dict[str, str]:
    """Publish each photo (site path → source file) as WebP; return old → new site path."""
    renamed = {}
    for site_path, source in photos.items():
        key = work.cache.key("photo", source)
        webp = work.cache.path(key, ".webp")
        if work.todo(webp):
            work.phases[1].append(call_job(jobs.photo, webp, source=str(source)))
        new_path = published_name(site_path)
        work.outputs.add(f"photo/{site_path}", new_path, webp)
        renamed[site_path] = new_path
    return renamed
