"""Logos, lock-ups and icons of each section.

Each school gets its logo with a "Part of <trust>" endorsement in colour,
white-out and mono, as SVG and PNG at 1024, 512 and 256 px wide. Every section
gets favicons (SVG, 32 px, 180 px Apple touch icon, 192 and 512 px for its web
manifest) and a 256 px logo PNG for its share images.
"""

from __future__ import annotations

from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.design.logo import clean_svg
from trusthub.graphics import jobs
from trusthub.graphics.favicon import favicon_svg, web_manifest
from trusthub.graphics.lockup import LOCKUP_VARIANTS
from trusthub.graphics.render import call_job, png_job
from trusthub.site import outputs
from trusthub.site.urls import ICON_DIR, school_asset

ICON_SIZES = (512, 192, 32)
"""Square icon sizes: the web manifest's two and the browser tab's."""


def logo_png_name(brand: SectionBrand) -> str:
    return f"logo-png/{brand.key}"


def plan_identity(work: Work, brand: SectionBrand) -> None:
    logo = clean_svg(brand.logo.read_text(encoding="utf-8"))
    _logo_png(work, brand, logo)
    _favicons(work, brand, logo)
    if brand.is_school:
        _lockups(work, brand, logo)


def _logo_png(work: Work, brand: SectionBrand, logo: str) -> None:
    key = work.cache.key("logo-png", logo)
    svg = work.cache.path(key, ".svg")
    if work.todo(svg):
        work.cache.store(svg, logo.encode())
    png = work.cache.path(key, ".png")
    if work.todo(png):
        work.phases[0].append(png_job(svg, png, 256, supersample=False))
    work.outputs.internal[outputs.logo(brand.key)] = svg
    work.outputs.internal[logo_png_name(brand)] = png


def _favicons(work: Work, brand: SectionBrand, logo: str) -> None:
    cache, base = work.cache, f"{ICON_DIR}/{brand.key}"
    shapes = {"": "auto", "-square": "square"}
    paths = {}
    for suffix, shape in shapes.items():
        key = cache.key("favicon", logo, brand.primary, shape)
        svg = cache.path(key, ".svg")
        if work.todo(svg):
            cache.store(svg, favicon_svg(logo, brand.primary, shape=shape).encode())  # type: ignore[arg-type]
        paths[suffix] = (key, svg)
    key, svg = paths[""]
    work.outputs.add(outputs.icon(brand.key, "favicon.svg"), f"{base}/favicon.svg", svg)
    pngs = {size: cache.path(key, f"-{size}.png") for size in ICON_SIZES}
    if any(work.todo(png) for png in pngs.values()):
        largest = max(pngs)
        work.phases[0].append(
            png_job(
                svg,
                pngs[largest],
                largest,
                supersample=False,
                smaller={s: p for s, p in pngs.items() if s != largest},
            )
        )
    for size, png in pngs.items():
        work.outputs.add(outputs.icon(brand.key, f"{size}.png"), f"{base}/icon-{size}.png", png)
    key, svg = paths["-square"]
    apple = cache.path(key, "-180.png")
    if work.todo(apple):
        work.phases[0].append(png_job(svg, apple, 180, supersample=False))
    work.outputs.add(outputs.icon(brand.key, "apple"), f"{base}/apple-touch-icon.png", apple)
    manifest = web_manifest(
        brand.name,
        brand.short_name,
        brand.primary,
        {192: "icon-192.png", 512: "icon-512.png"},
        start_url="../../../../" if not brand.is_school else f"../../../../schools/{brand.key}/",
    )
    path = cache.path(cache.key("manifest", manifest), ".webmanifest")
    if work.todo(path):
        cache.store(path, manifest.encode())
    work.outputs.add(outputs.icon(brand.key, "manifest"), f"{base}/manifest.webmanifest", path)


def _lockups(work: Work, brand: SectionBrand, logo: str) -> None:
    trust = work.repo.trust
    assert trust is not None
    cache, font = work.cache, work.font
    base = school_asset(brand.key, "").rstrip("/")
    for variant in LOCKUP_VARIANTS:
        args = dict(
            variant=variant,
            primary=brand.primary,
            accent=brand.accent,
            font_family=font.family,
            regular_font=font.regular,
            bold_font=font.bold,
        )
        key = cache.key("lockup", logo, brand.name, trust.name, args)
        layout, download = cache.path(key, ".svg"), cache.path(key, ".fonts.svg")
        if work.todo(layout) or work.todo(download):
            work.layouts.append(
                call_job(
                    jobs.lockup_files,
                    layout,
                    logo=logo,
                    school_name=brand.name,
                    trust_name=trust.name,
                    download=str(download),
                    **{k: str(v) for k, v in args.items()},
                )
            )
        work.outputs.add(
            outputs.lockup(brand.key, variant), f"{base}/lockup-{variant}.svg", download
        )
        pngs = [cache.path(key, f"-{width}.png") for width in outputs.LOCKUP_WIDTHS]
        if any(work.todo(png) for png in pngs):
            work.phases[0].append(
                png_job(
                    layout,
                    pngs[0],
                    outputs.LOCKUP_WIDTHS[0],
                    supersample=False,
                    smaller=dict(zip(outputs.LOCKUP_WIDTHS[1:], pngs[1:], strict=True)),
                )
            )
        for width, png in zip(outputs.LOCKUP_WIDTHS, pngs, strict=True):
            work.outputs.add(
                outputs.lockup(brand.key, variant, width),
                f"{base}/lockup-{variant}-{width}.png",
                png,
            )
