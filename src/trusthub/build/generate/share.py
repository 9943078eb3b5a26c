"""A share (Open Graph) image for every page: its title in its section's colours."""

from __future__ import annotations

from pathlib import Path

from trusthub.build.generate.identity import logo_png_name
from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics import jobs
from trusthub.graphics.photos import (
    WIDTHS,
    PublishedPhoto,
    published_name,
    published_size,
    rendition_name,
)
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
        key = work.cache.key("photo", source, WIDTHS)
        webp = work.cache.path(key, ".webp")
        new_path = published_name(site_path)
        size = published_size(source)
        widths = [w for w in WIDTHS if size and w < size[0]]
        copies = [(w, work.cache.path(f"{key}-{w}w", ".webp")) for w in widths]
        if work.todo(webp) or any(work.todo(path) for _, path in copies):
            smaller = [(w, str(path)) for w, path in copies]
            work.phases[1].append(call_job(jobs.photo, webp, source=str(source), smaller=smaller))
        work.outputs.add(f"photo/{site_path}", new_path, webp)
        for w, path in copies:
            work.outputs.add(f"photo/{site_path}@{w}w", rendition_name(new_path, w), path)
        if size:
            narrower = tuple((w, rendition_name(new_path, w)) for w in widths)
            work.outputs.photos[new_path] = PublishedPhoto(*size, narrower)
        renamed[site_path] = new_path
    return renamed
