"""Work run inside the drawing child processes (see :func:`trusthub.graphics.render.call_job`):
the only functions a child calls by name.

Arguments arrive as JSON values, so paths come as strings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from trusthub.content.models import Strategy, TitledText, Values
from trusthub.graphics.lockup import lockup
from trusthub.graphics.photos import encode, narrower, published_image
from trusthub.graphics.posters import master_svg
from trusthub.graphics.rocket import RocketTheme, rocket_svg, with_embedded_fonts
from trusthub.graphics.rocket.screen import screen_svg
from trusthub.graphics.share import share_image


def _store(path: str, content: bytes) -> None:
    """Write a job's second output atomically (its first is written by the caller)."""
    partial = f"{path}.{os.getpid()}.partial"
    Path(partial).write_bytes(content)
    os.replace(partial, path)


def share(
    title: str,
    section_name: str,
    primary: str,
    accent: str,
    regular_font: str,
    bold_font: str,
    logo_png: str | None,
    trust_name: str,
) -> bytes:
    """A page's 1200×630 share image."""
    logo = Path(logo_png).read_bytes() if logo_png else None
    return share_image(
        title,
        section_name,
        primary=primary,
        accent=accent,
        regular_font=Path(regular_font),
        bold_font=Path(bold_font),
        logo_png=logo,
        trust_name=trust_name,
    )


def photo(source: str, smaller: list[tuple[int, str]]) -> bytes:
    """A photo without metadata, at most 2000 px on its long edge, as WebP (returned),
    and each (width, path) in ``smaller``: the same photo that many pixels wide."""
    image = published_image(Path(source).read_bytes(), Path(source).name)
    for width, path in smaller:
        _store(path, narrower(image, width))
    return encode(image)


def lockup_files(
    logo: str,
    school_name: str,
    trust_name: str,
    variant: str,
    primary: str,
    accent: str,
    font_family: str,
    regular_font: str,
    bold_font: str,
    download: str,
) -> bytes:
    """A school's lock-up laid out: the SVG the PNGs are drawn from (returned), and the
    same with its fonts embedded, to download, written to ``download``."""
    style = dict(
        variant=variant,
        primary=primary,
        accent=accent,
        font_family=font_family,
        regular_font=Path(regular_font),
        bold_font=Path(bold_font),
    )
    _store(
        download,
        lockup(logo, school_name, trust_name, embed_fonts=True, **style).svg.encode(),  # type: ignore[arg-type]
    )
    return lockup(logo, school_name, trust_name, **style).svg.encode()  # type: ignore[arg-type]


def rocket_files(
    strategy: dict[str, Any],
    values: dict[str, Any],
    theme: dict[str, str],
    title: str,
    local_priorities: list[dict[str, Any]],
    school_name: str | None,
    logo: str | None,
    eyebrow: str,
    files: dict[str, str],
) -> bytes:
    """A section's rocket laid out: the SVG the PNGs are drawn from (returned), and in
    ``files`` the page's SVG and the phone's (fonts embedded), the posters' master, the
    screen version (plain and with fonts) and the layout's warnings (JSON)."""
    plan = Strategy.model_validate(strategy)
    style = RocketTheme(
        theme["primary"],
        theme["accent"],
        theme["font_family"],
        Path(theme["regular_font"]),
        Path(theme["bold_font"]),
    )
    result = rocket_svg(
        plan,
        Values.model_validate(values),
        style,
        title=title,
        local_priorities=[TitledText.model_validate(p) for p in local_priorities],
        school_name=school_name,
        logo_svg=logo,
    )
    screen = screen_svg(
        result, style, title=plan.title, eyebrow=eyebrow, destination=plan.destination
    )
    made = {
        "web": with_embedded_fonts(result.svg, style),
        "narrow": with_embedded_fonts(result.narrow, style),
        "master": master_svg(result.svg),
        "screen": screen,
        "screen_web": with_embedded_fonts(screen, style),
        "warnings": json.dumps(list(result.warnings)),
    }
    for name, text in made.items():
        _store(files[name], text.encode())
    return result.svg.encode()
