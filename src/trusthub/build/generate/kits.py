"""A downloadable brand kit per section, zipped once everything in it has been drawn."""

from __future__ import annotations

from trusthub.build.generate.sections import SectionBrand
from trusthub.build.generate.work import Work
from trusthub.graphics.kit import brand_kit
from trusthub.site import outputs
from trusthub.site.urls import KIT_DIR


def plan_kit(work: Work, brand: SectionBrand) -> None:
    """The zip's contents by name; it is made after drawing (see :func:`make_kit`)."""
    key = brand.key
    members = {"logos/logo.svg": outputs.logo(key)}
    members.update(
        {
            f"rocket/rocket{inside}": outputs.rocket(key, suffix)
            for inside, suffix in (
                (".svg", ".svg"),
                (".png", ".png"),
                ("-large.png", "@2x.png"),
                ("-screen.png", "-screen.png"),
                ("-screen.svg", "-screen.svg"),
            )
        }
    )
    members.update(
        {f"rocket/poster-{p.lower()}.pdf": outputs.poster(key, p) for p in outputs.POSTERS}
    )
    members.update({f"icons/{n}": outputs.icon(key, n) for n in ("favicon.svg", "512.png")})
    if brand.is_school:
        for variant in outputs.LOCKUP_LABELS:
            members[f"lockups/{variant}.svg"] = outputs.lockup(key, variant)
            for width in outputs.LOCKUP_WIDTHS:
                members[f"lockups/{variant}-{width}.png"] = outputs.lockup(key, variant, width)
    found = {inside: work.outputs.find(name) for inside, name in members.items()}
    sources = {inside: path for inside, path in found.items() if path is not None}
    trust = work.repo.trust
    palette = (
        {"primary": brand.primary, "accent": brand.accent}
        if brand.is_school or trust is None
        else trust.palette.named()
    )
    kit_key = work.cache.key(
        "kit", brand.name, palette, work.font.family, {k: str(v) for k, v in sources.items()}
    )
    path = work.cache.path(kit_key, ".zip")
    if work.todo(path):
        work.finally_.append((path, sources, brand.name, palette))
    work.outputs.add(outputs.kit(key), f"{KIT_DIR}/{key}.zip", path)


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
