"""A downloadable brand kit per section, zipped once everything in it has been drawn."""

from __future__ import annotations

from trusthub.build.generate.rockets import POSTERS
from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics.kit import brand_kit
from trusthub.site.urls import KIT_DIR


def plan_kit(work: Work, brand: SectionBrand) -> None:
    """The zip's contents by name; it is made after drawing (see :func:`make_kit`)."""
    names = work.outputs.names
    key = brand.key
    members = {"logos/logo.svg": f"logo/{key}"}
    members.update(
        {
            f"rocket/rocket{inside}": f"rocket/{key}{suffix}"
            for inside, suffix in ((".svg", ".svg"), (".png", ".png"), ("-large.png", "@2x.png"))
        }
    )
    members.update(
        {f"rocket/poster-{p.lower()}.pdf": f"rocket/{key}-{p.lower()}.pdf" for p in POSTERS}
    )
    members.update({f"icons/{name}": f"icons/{key}/{name}" for name in ("favicon.svg", "512.png")})
    if brand.is_school:
        members.update(
            {
                f"lockups/{name.split('/')[-1]}": name
                for name in names
                if name.startswith(f"lockup/{key}/")
            }
        )
    found = {inside: work.outputs.find(name) for inside, name in members.items()}
    sources = {inside: path for inside, path in found.items() if path is not None}
    trust = work.repo.trust
    palette = (
        {"primary": brand.primary, "accent": brand.secondary}
        if brand.is_school or trust is None
        else trust.palette.named()
    )
    kit_key = work.cache.key(
        "kit", brand.name, palette, work.font.family, {k: str(v) for k, v in sources.items()}
    )
    path = work.cache.path(kit_key, ".zip")
    if work.todo(path):
        work.finally_.append((path, sources, brand.name, palette))
    work.outputs.add(f"kit/{key}.zip", f"{KIT_DIR}/{key}.zip", path)


def make_kit(work: Work, job: tuple[object, ...]) -> None:
    path, sources, name, palette = job
    files = {inside: source.read_bytes() for inside, source in sources.items()}  # type: ignore[attr-defined]
    work.cache.store(
        path,
        brand_kit(
            files,
            name=name,
            palette=palette,  # type: ignore[arg-type]
            font_family=work.font.family,
        ),
    )
