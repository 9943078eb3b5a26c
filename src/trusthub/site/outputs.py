"""The names of generated outputs, and what a section offers to download.

The build registers each file it makes under a name (``Outputs.add(name, …)``);
blocks and theme data find the file by the same name. Each name is spelled here
once, by a function, so no template or module rebuilds it from pieces; what a
section offers to download is one typed value (:func:`downloads`) that the
downloads and rocket blocks only read.
"""

from __future__ import annotations

from dataclasses import dataclass

LOCKUP_LABELS = {
    "colour": "in colour",
    "white": "white, for dark backgrounds",
    "mono": "one colour",
}
"""Each lock-up variant (:data:`trusthub.graphics.lockup.LOCKUP_VARIANTS`), as downloads say it."""
LOCKUP_WIDTHS = (1024, 512, 256)
"""Lock-up PNG widths; each is half the one before, so one drawing makes all three."""
POSTERS = ("A4", "A3", "A2")
"""Paper sizes of the rocket posters (each printed to the edge, with 3 mm bleed)."""
MARKED_POSTERS = ("A3",)
"""Sizes also offered with crop marks, for a print shop."""
ROCKET_FILES = {
    ".png": "PNG",
    "@2x.png": "PNG, high resolution",
    **{f"-{size.lower()}.pdf": f"PDF poster, {size}" for size in POSTERS},
    **{f"-{size.lower()}-marks.pdf": f"{size} with crop marks" for size in MARKED_POSTERS},
    "-screen.png": "screen, 1920×1080",
}
"""The rocket's downloads: name suffix → label."""


def rocket(section: str, suffix: str = ".svg") -> str:
    """A section's rocket: ``.svg`` (on the page), or one of :data:`ROCKET_FILES`."""
    return f"rocket/{section}{suffix}"


def poster(section: str, size: str, *, marks: bool = False) -> str:
    return rocket(section, f"-{size.lower()}{'-marks' if marks else ''}.pdf")


def rocket_screen(section: str, suffix: str = ".png") -> str:
    """A section's 1920×1080 rocket for screens and slides: ``.png`` or ``.svg``."""
    return rocket(section, f"-screen{suffix}")


def rocket_narrow(section: str) -> str:
    """A section's rocket laid out for a phone's narrow screen (SVG)."""
    return rocket(section, "-narrow.svg")


def lockup(section: str, variant: str, width: int | None = None) -> str:
    return f"lockup/{section}/{variant}" + (f"-{width}.png" if width else ".svg")


def icon(section: str, name: str) -> str:
    """A section's icon: ``favicon.svg``, ``<size>.png``, ``apple`` or ``manifest``."""
    return f"icons/{section}/{name}"


def logo(section: str) -> str:
    """A section's logo, cleaned (an input to other files, not published itself)."""
    return f"logo/{section}"


def kit(section: str) -> str:
    return f"kit/{section}.zip"


def document(site_path: str) -> str:
    """A published PDF (``schools/<slug>/documents/<file>.pdf`` or ``documents/<file>.pdf``)."""
    return f"document/{site_path}"


def share(src_uri: str) -> str:
    """The share image of the page at ``src_uri``."""
    return f"share/{src_uri}"


@dataclass(frozen=True)
class Link:
    label: str
    path: str
    """Site path of the file."""


@dataclass(frozen=True)
class LockupFiles:
    label: str
    svg: str
    pngs: tuple[Link, ...]


@dataclass(frozen=True)
class Downloads:
    """What a section offers to download, as site paths (missing files left out)."""

    kit: str | None
    lockups: tuple[LockupFiles, ...]
    rocket: str | None
    """The rocket drawn on the page (SVG)."""
    rocket_files: tuple[Link, ...]
    posters: tuple[Link, ...]
    rocket_narrow: str | None = None
    """The rocket laid out for a phone (SVG), shown instead of the poster on narrow screens."""


def downloads(assets: dict[str, str], section: str) -> Downloads:
    """The downloads of ``section`` ("trust" or a slug) among the generated ``assets``."""
    lockups = tuple(
        LockupFiles(
            label,
            assets[lockup(section, variant)],
            tuple(
                Link(f"PNG {width} px", assets[lockup(section, variant, width)])
                for width in LOCKUP_WIDTHS
                if lockup(section, variant, width) in assets
            ),
        )
        for variant, label in LOCKUP_LABELS.items()
        if lockup(section, variant) in assets
    )
    files = tuple(
        Link(label, assets[rocket(section, suffix)])
        for suffix, label in ROCKET_FILES.items()
        if rocket(section, suffix) in assets
    )
    posters = tuple(
        Link(f"{size} PDF", assets[poster(section, size)])
        for size in POSTERS
        if poster(section, size) in assets
    )
    return Downloads(
        assets.get(kit(section)),
        lockups,
        assets.get(rocket(section)),
        files,
        posters,
        assets.get(rocket_narrow(section)),
    )
