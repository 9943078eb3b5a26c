"""Colour maths for the site's themes and for the graphics, built on coloraide.

WCAG 2.2 contrast, mixing in OKLab, and lightness in OKLCH (perceptually even), so a
shade or tint is recognisably the same colour. Every function returns ``#rrggbb``
strings, so output is deterministic and plain. One search finds an accessible shade
(:func:`shade_for_contrast`), for the stylesheets and the graphics alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from coloraide import Color

WHITE = "#ffffff"
LIGHT_BACKGROUND = WHITE
DARK_BACKGROUND = "#1e2129"
"""Material's slate scheme background."""
TEXT_RATIO = 4.5
"""WCAG 2.2 AA for normal text."""
UI_RATIO = 3.0
"""WCAG 2.2 AA for large text and user-interface components."""


@lru_cache(maxsize=4096)
def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    return float(Color(foreground).contrast(Color(background), method="wcag21"))


@lru_cache(maxsize=4096)
def _lab(colour: str) -> Color:
    """The colour in CIELab (D65), parsed and converted once: ΔE compares every pair of
    schools, so each colour takes part in many comparisons."""
    return Color(colour).convert("lab-d65")


@lru_cache(maxsize=4096)
def difference(one: str, other: str) -> float:
    """How different two colours look (CIEDE2000 ΔE: about 2 is just noticeable)."""
    return float(_lab(one).delta_e(_lab(other), method="2000"))


def rgb(colour: str) -> tuple[int, int, int]:
    srgb = Color(colour).convert("srgb").fit("srgb")
    r, g, b = (round(c * 255) for c in srgb.coords())
    return r, g, b


def cmyk(colour: str) -> tuple[int, int, int, int]:
    """Naive device CMYK percentages (for brand guidelines; printers will proof)."""
    r, g, b = (c / 255 for c in rgb(colour))
    k = 1 - max(r, g, b)
    if k >= 1:
        return 0, 0, 0, 100
    c, m, y = ((1 - x - k) / (1 - k) for x in (r, g, b))
    return round(c * 100), round(m * 100), round(y * 100), round(k * 100)


@lru_cache(maxsize=4096)
def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0–1) of the way towards ``other``, as hex."""
    return (
        Color(colour)
        .mix(other, amount, space="oklab")
        .convert("srgb")
        .fit("srgb")
        .to_string(hex=True)
    )


@lru_cache(maxsize=4096)
def shade_for_contrast(colour: str, against: str, ratio: float) -> str:
    """The nearest shade of ``colour``'s hue with at least ``ratio`` contrast against ``against``.

    Keeps hue and chroma where it can and moves OKLCh lightness away from the
    background (by bisection), so the result is still recognisably the same colour.
    """
    if contrast(colour, against) >= ratio:
        return colour.lower()
    base = Color(colour).convert("oklch")

    def shade(lightness: float) -> str:
        candidate = base.clone()
        candidate["lightness"] = lightness
        return _hex(candidate)

    darker = Color(against).luminance() > 0.18
    passing, failing = (0.0 if darker else 1.0), float(base["lightness"])
    if contrast(shade(passing), against) < ratio:
        return "#000000" if darker else WHITE
    for _ in range(16):  # 1/65536 of the lightness range: finer than one step of hex
        middle = (passing + failing) / 2
        if contrast(shade(middle), against) >= ratio:
            passing = middle
        else:
            failing = middle
    return shade(passing)


def _hex(color: Color) -> str:
    return str(color.convert("srgb").fit("srgb").to_string(hex=True))


@lru_cache(maxsize=512)
def lightness(colour: str) -> float:
    """OKLCH lightness, 0 (black) to 1 (white)."""
    return float(Color(colour).convert("oklch")["lightness"])


@lru_cache(maxsize=512)
def with_lightness(colour: str, value: float) -> str:
    """The same hue and chroma at OKLCH lightness ``value``."""
    oklch = Color(colour).convert("oklch")
    oklch["lightness"] = max(0.0, min(1.0, value))
    return _hex(oklch)


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white: 0 keeps it, 1 is white."""
    return mix(colour, WHITE, amount)


def text_on(background: str, ink: str, paper: str) -> str:
    """Whichever of ``paper`` (light) or ``ink`` (dark) reads better on ``background``,
    shaded if need be to reach AA contrast for text."""
    best = max((paper, ink), key=lambda colour: contrast(colour, background))
    return shade_for_contrast(best, background, TEXT_RATIO)


@dataclass(frozen=True)
class Adjustment:
    """A colour the theme could not use as given, and the shade used instead."""

    role: str
    given: str
    used: str
    against: str
    ratio: float

    def sentence(self) -> str:
        return (
            f"{self.role} {self.given} has {contrast(self.given, self.against):.2f}:1 contrast "
            f"against {self.against}; using {self.used} "
            f"({contrast(self.used, self.against):.2f}:1, needs {self.ratio}:1)"
        )


@dataclass(frozen=True)
class SectionPalette:
    """Colours a section's theme uses, each checked for WCAG 2.2 AA."""

    primary: str
    """Header and button background; white text sits on it."""
    accent: str
    """Links and highlights on the light background."""
    accent_dark: str
    """Links and highlights on the dark (slate) background."""
    primary_light: str
    primary_dark: str
    adjustments: tuple[Adjustment, ...]


@lru_cache(maxsize=1024)
def section_palette(primary: str, accent: str) -> SectionPalette:
    """Derive accessible theme colours from a brand pair, recording every change."""
    wanted = [
        ("primary colour (behind white text)", primary, WHITE, TEXT_RATIO),
        ("accent colour (links on white)", accent, LIGHT_BACKGROUND, TEXT_RATIO),
        ("accent colour (links in dark mode)", accent, DARK_BACKGROUND, TEXT_RATIO),
    ]
    used, adjustments = [], []
    for role, given, against, ratio in wanted:
        shade = shade_for_contrast(given, against, ratio)
        used.append(shade)
        if shade != given.lower():
            adjustments.append(Adjustment(role, given.lower(), shade, against, ratio))
    p, a, a_dark = used
    return SectionPalette(
        primary=p,
        accent=a,
        accent_dark=a_dark,
        primary_light=mix(p, WHITE, 0.85),
        primary_dark=mix(p, "#000000", 0.25),
        adjustments=tuple(adjustments),
    )


YELLOWS = (70.0, 110.0)
"""OKLCH hues of yellows, mustards and golds: dark, they read as olive or khaki."""
GOLD_LIGHTNESS = 0.68


@lru_cache(maxsize=512)
def vivid(colour: str) -> str:
    """``colour`` as a surface in a graphic: a dark yellow (a mustard) lifted in OKLCH
    lightness, at its own hue and chroma, so that it reads golden rather than khaki;
    any other colour as it is."""
    oklch = Color(colour).convert("oklch")
    hue, chroma = float(oklch["hue"]), float(oklch["chroma"])
    if chroma < 0.05 or not YELLOWS[0] <= hue <= YELLOWS[1]:
        return colour.lower()
    if oklch["lightness"] >= GOLD_LIGHTNESS:
        return colour.lower()
    oklch["lightness"] = GOLD_LIGHTNESS
    return _hex(oklch)
