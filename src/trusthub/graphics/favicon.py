"""Favicons and the web app manifest for a section (the trust or one school).

A logo that is already a filled mark (a badge: shield, roundel, tile) is its own
favicon, drawn edge to edge so that it stays legible at 16 and 32 pixels.  Any
other logo is set, in one colour, on a rounded square in the section's colour.
Icons that platforms crop or fill (the Apple touch icon, "maskable" PWA icons)
use a full-bleed square with the logo inside the safe zone.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath
from typing import Literal

from trusthub.design import colour, safejson
from trusthub.design.logo import SVG_NS
from trusthub.design.svg import element, num
from trusthub.graphics.lockup import INK, WHITE, logo_element, one_colour_logo

__all__ = ["FAVICON_SHAPES", "MANIFEST_SIZES", "favicon_svg", "web_manifest"]

Shape = Literal["auto", "tile", "square"]
FAVICON_SHAPES: tuple[Shape, ...] = ("auto", "tile", "square")
MANIFEST_SIZES = (192, 512)
"""Icon sizes every web app manifest needs (Chrome's install criteria)."""

SIZE = 64.0
"""The favicon's viewBox is a SIZE x SIZE square."""
BADGE_MARGIN = 1.0
TILE_RADIUS = 0.22
"""Corner radius of the rounded square, as a share of its side."""
TILE_LOGO = 0.72
SQUARE_LOGO = 0.56
"""A full-bleed square's logo fits the centre 56%: inside the circle of 80% that
maskable icons keep, and clear of the Apple touch icon's rounded corners."""

_TYPES = {
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
}


def favicon_svg(logo_svg: str, background: str, *, shape: Shape = "auto") -> str:
    """A square SVG favicon for a section whose colour is ``background``.

    ``shape="auto"`` draws a badge-style logo as it is, edge to edge, and sets
    any other logo in one colour (white or ink, whichever reads on
    ``background``) on a rounded square.  ``"tile"`` always uses the rounded
    square; ``"square"`` fills the whole icon, for the Apple touch icon and
    maskable icons.  Raises :class:`~trusthub.design.logo.LogoError` if the
    logo is not SVG.
    """
    if shape not in FAVICON_SHAPES:
        raise ValueError(f"shape must be one of {', '.join(FAVICON_SHAPES)}")
    uid = (
        "favicon-"
        + hashlib.sha256("\0".join([logo_svg, background, shape]).encode("utf-8")).hexdigest()[:10]
    )
    parts: list[str] = []
    if shape == "auto" and one_colour_logo(logo_svg, WHITE).badge:
        parts.append(_centred(logo_svg, SIZE - 2 * BADGE_MARGIN, None, uid))
    else:
        radius = TILE_RADIUS * SIZE if shape != "square" else 0.0
        parts.append(element("rect", width=SIZE, height=SIZE, rx=radius or None, fill=background))
        ink = colour.text_on(background, INK, WHITE)
        share = SQUARE_LOGO if shape == "square" else TILE_LOGO
        parts.append(_centred(logo_svg, SIZE * share, ink, uid))
    head = element(
        "svg",
        None,
        xmlns=SVG_NS,
        viewBox=f"0 0 {num(SIZE)} {num(SIZE)}",
        width=num(SIZE),
        height=num(SIZE),
    ).removesuffix("/>")
    return f"{head}>\n" + "\n".join(parts) + "\n</svg>\n"


def _centred(logo_svg: str, box: float, fill: str | None, uid: str) -> str:
    """The logo fitted into a ``box``-sized square in the middle of the icon."""
    probe = logo_element(logo_svg, x=0, y=0, height=box, colour=fill, uid=uid)
    scale = min(1.0, box / probe.width)
    width, height = probe.width * scale, box * scale
    placed = logo_element(
        logo_svg,
        x=(SIZE - width) / 2,
        y=(SIZE - height) / 2,
        height=height,
        colour=fill,
        uid=uid,
    )
    return placed.svg


def web_manifest(
    name: str,
    short_name: str,
    theme_colour: str,
    icons: dict[int, str],
    *,
    background_colour: str = WHITE,
    maskable: dict[int, str] | None = None,
    start_url: str = "./",
) -> str:
    """A web app manifest (JSON text) for a section.

    ``icons`` maps a square icon's size in pixels to its URL (relative to the
    manifest); it must include 192 and 512, which are listed with ``purpose:
    any``.  ``maskable`` icons, if given, are listed with ``purpose: maskable``.
    """
    missing = [size for size in MANIFEST_SIZES if size not in icons]
    if missing:
        raise ValueError(f"the web manifest needs icons of {' and '.join(map(str, missing))} px")
    entries = [_icon(size, url, "any") for size, url in sorted(icons.items())]
    entries += [_icon(size, url, "maskable") for size, url in sorted((maskable or {}).items())]
    manifest = {
        "name": name,
        "short_name": short_name,
        "start_url": start_url,
        "display": "standalone",
        "theme_color": theme_colour,
        "background_color": background_colour,
        "icons": entries,
    }
    return safejson.dumps(manifest, indent=2) + "\n"


def _icon(size: int, url: str, purpose: str) -> dict[str, str]:
    if size < 1:
        raise ValueError(f"icon size must be positive, not {size}")
    suffix = PurePosixPath(url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    icon = {"src": url, "sizes": f"{size}x{size}", "purpose": purpose}
    if suffix in _TYPES:
        icon["type"] = _TYPES[suffix]
    if suffix == ".svg":
        icon["sizes"] = "any"
    return icon
