"""The strategy rocket of each section: SVG for the page, PNGs and PDF posters to download."""

from __future__ import annotations

from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics import jobs
from trusthub.graphics.render import call_job, pdf_job, png_job
from trusthub.graphics.rocket import RocketTheme
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
    layout = cache.path(key, ".svg")
    files = {
        "web": cache.path(key, ".web.svg"),
        "narrow": cache.path(key, ".narrow.svg"),
        "master": cache.path(key, ".master.svg"),
        "screen": cache.path(key, ".screen.svg"),
        "screen_web": cache.path(key, ".screen.web.svg"),
        "warnings": cache.path(key, ".warnings.json"),
    }
    if any(work.todo(path) for path in (layout, *files.values())):
        work.layouts.append(
            call_job(
                jobs.rocket_files,
                layout,
                strategy=strategy.model_dump(mode="json"),
                values=values.model_dump(mode="json"),
                theme={
                    "primary": theme.primary,
                    "accent": theme.accent,
                    "font_family": theme.font_family,
                    "regular_font": str(theme.regular_font),
                    "bold_font": str(theme.bold_font),
                },
                title=title,
                local_priorities=[p.model_dump(mode="json") for p in brand.local_priorities],
                school_name=school_name,
                logo=logo,
                eyebrow=brand.name,
                files={name: str(path) for name, path in files.items()},
            )
        )
    work.notes.append((brand.name, files["warnings"]))
    web, narrow, master = files["web"], files["narrow"], files["master"]
    screen, screen_web = files["screen"], files["screen_web"]
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
