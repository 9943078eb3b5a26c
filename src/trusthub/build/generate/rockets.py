"""The strategy rocket of each section: SVG for the page, PNGs and PDF posters to download."""

from __future__ import annotations

from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics.render import pdf_job, png_job, poster_svg
from trusthub.graphics.rocket import RocketTheme, rocket_svg, with_embedded_fonts
from trusthub.site import outputs
from trusthub.site.urls import rocket_dir

ROCKET_WIDTH = 600
"""Width of the rocket's 1x screen PNG; the 2x PNG is twice as wide."""


def plan_rocket(work: Work, brand: SectionBrand) -> None:
    strategy, values = work.repo.strategy, work.repo.values
    assert strategy is not None and values is not None
    font, cache = work.font, work.cache
    theme = RocketTheme(brand.primary, brand.accent, font.family, font.regular, font.bold)
    logo = brand.logo.read_text(encoding="utf-8") if brand.is_school else None
    school_name = brand.name if brand.is_school else None
    title = strategy.title if brand.is_school else brand.name
    key = cache.key(
        "rocket",
        strategy,
        values,
        theme.primary,
        theme.accent,
        font.family,
        font.regular,
        font.bold,
        title,
        brand.local_priorities,
        school_name,
        logo,
    )
    base = rocket_dir(brand.key)
    layout, web = cache.path(key, ".svg"), cache.path(key, ".web.svg")
    if work.todo(layout) or work.todo(web):
        result = rocket_svg(
            strategy,
            values,
            theme,
            title=title,
            local_priorities=brand.local_priorities,
            school_name=school_name,
            logo_svg=logo,
        )
        work.outputs.warnings.extend(f"{brand.name}: {w}" for w in result.warnings)
        cache.store(layout, result.svg.encode())
        cache.store(web, with_embedded_fonts(result.svg, theme).encode())
    work.outputs.add(outputs.rocket(brand.key), f"{base}.svg", web)
    large, small = cache.path(key, "@2x.png"), cache.path(key, ".png")
    if work.todo(large) or work.todo(small):
        work.phases[0].append(
            png_job(layout, large, 2 * ROCKET_WIDTH, smaller={ROCKET_WIDTH: small})
        )
    work.outputs.add(outputs.rocket(brand.key, ".png"), f"{base}.png", small)
    work.outputs.add(outputs.rocket(brand.key, "@2x.png"), f"{base}@2x.png", large)
    for page in outputs.POSTERS:
        name = page.lower()
        pdf = cache.path(key, f"-{name}.pdf")
        if work.todo(pdf):
            poster = cache.store(
                cache.path(key, f"-{name}.poster.svg"),
                poster_svg(layout.read_text(encoding="utf-8"), page).encode(),
            )
            work.phases[0].append(pdf_job(poster, pdf))
        work.outputs.add(outputs.poster(brand.key, page), f"{base}-{name}.pdf", pdf)
