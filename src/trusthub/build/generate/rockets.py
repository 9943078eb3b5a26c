"""The strategy rocket of each section: SVG for the page, PNGs and PDF posters to download."""

from __future__ import annotations

from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics.posters import master_svg
from trusthub.graphics.render import pdf_job, png_job
from trusthub.graphics.rocket import RocketTheme, rocket_svg, with_embedded_fonts
from trusthub.graphics.rocket.screen import screen_svg
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
    narrow, master = cache.path(key, ".narrow.svg"), cache.path(key, ".master.svg")
    screen, screen_web = cache.path(key, ".screen.svg"), cache.path(key, ".screen.web.svg")
    if any(work.todo(path) for path in (layout, web, narrow, master, screen, screen_web)):
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
        drawn_screen = screen_svg(
            result,
            theme,
            title=strategy.title,
            eyebrow=brand.name,
            destination=strategy.destination,
        )
        cache.store(layout, result.svg.encode())
        cache.store(web, with_embedded_fonts(result.svg, theme).encode())
        cache.store(narrow, with_embedded_fonts(result.narrow, theme).encode())
        cache.store(master, master_svg(result.svg).encode())
        cache.store(screen, drawn_screen.encode())
        cache.store(screen_web, with_embedded_fonts(drawn_screen, theme).encode())
    work.outputs.add(outputs.rocket(brand.key), f"{base}.svg", web)
    work.outputs.add(outputs.rocket_narrow(brand.key), f"{base}-narrow.svg", narrow)
    work.outputs.add(outputs.rocket_screen(brand.key, ".svg"), f"{base}-screen.svg", screen_web)
    large, small = cache.path(key, "@2x.png"), cache.path(key, ".png")
    if work.todo(large) or work.todo(small):
        work.phases[0].append(
            png_job(layout, large, 2 * ROCKET_WIDTH, smaller={ROCKET_WIDTH: small})
        )
    work.outputs.add(outputs.rocket(brand.key, ".png"), f"{base}.png", small)
    work.outputs.add(outputs.rocket(brand.key, "@2x.png"), f"{base}@2x.png", large)
    slide = cache.path(key, "-screen.png")
    if work.todo(slide):
        work.phases[0].append(png_job(screen, slide, 1920, supersample=False))
    work.outputs.add(outputs.rocket_screen(brand.key), f"{base}-screen.png", slide)
    # One drawing (the A3 master) makes every poster, scaled as vector.
    posters = {
        **{page: cache.path(key, f"-{page.lower()}.pdf") for page in outputs.POSTERS},
        **{
            f"{page}+marks": cache.path(key, f"-{page.lower()}-marks.pdf")
            for page in outputs.MARKED_POSTERS
        },
    }
    if any(work.todo(path) for path in posters.values()):
        first, *rest = posters
        work.phases[0].append(
            pdf_job(master, posters[first], first, {spec: posters[spec] for spec in rest})
        )
    for spec, pdf in posters.items():
        page, _, marks = spec.partition("+")
        name = outputs.poster(brand.key, page, marks=bool(marks))
        work.outputs.add(name, f"{base}{name.removeprefix('rocket/' + brand.key)}", pdf)
