"""Colour maths for the graphics: tints, shades and text that stays readable.

Everything works in OKLCH (perceptually even lightness), through coloraide, and
returns ``#rrggbb`` strings so that the output is deterministic and plain.
"""

from __future__ import annotations

from functools import lru_cache

from coloraide import Color

from ..colours import contrast, mix  # one implementation for the site and the graphics

AA_TEXT = 4.5
"""WCAG 2.x AA minimum contrast for normal-size text."""


def _hex(color: Color) -> str:
    return color.convert("srgb").fit("srgb").to_string(hex=True)


@lru_cache(maxsize=512)
def lightness(colour: str) -> float:
    """OKLCH lightness, 0 (black) to 1 (white)."""
    return float(Color(colour).convert("oklch")["lightness"])


@lru_cache(maxsize=512)
def with_lightness(colour: str, value: float, chroma: float | None = None) -> str:
    """The same hue at OKLCH lightness ``value`` (and chroma, if given)."""
    oklch = Color(colour).convert("oklch")
    oklch["lightness"] = max(0.0, min(1.0, value))
    if chroma is not None:
        oklch["chroma"] = chroma
    return _hex(oklch)


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white: 0 keeps it, 1 is white."""
    return mix(colour, "#ffffff", amount)


def shade(colour: str, amount: float) -> str:
    """``colour`` mixed with black: 0 keeps it, 1 is black."""
    return mix(colour, "#000000", amount)


@lru_cache(maxsize=512)
def readable(preferred: str, background: str, minimum: float = AA_TEXT) -> str:
    """``preferred`` if it reaches ``minimum`` contrast on ``background``, else the
    nearest shade of the same hue (darker or lighter, whichever gets there) that does.
    """
    if contrast(preferred, background) >= minimum:
        return preferred
    oklch = Color(preferred).convert("oklch")
    start = float(oklch["lightness"])
    darker = lightness(background) >= 0.6
    candidates = [start - step / 100 for step in range(1, 101)]
    if not darker:
        candidates = [start + step / 100 for step in range(1, 101)]
    for value in candidates:
        candidate = with_lightness(preferred, value)
        if contrast(candidate, background) >= minimum:
            return candidate
    return "#000000" if darker else "#ffffff"


def text_on(background: str, ink: str, paper: str) -> str:
    """Whichever of ``paper`` (light) or ``ink`` (dark) reads better on ``background``,
    adjusted if needed so that it reaches AA contrast."""
    best = max((paper, ink), key=lambda colour: contrast(colour, background))
    return readable(best, background)


def surface_for(background: str, text: str, minimum: float = AA_TEXT) -> str:
    """``background``, or the nearest shade of its hue on which ``text`` reaches
    ``minimum`` contrast (used when a brand colour is too mid-toned for any text)."""
    if contrast(text, background) >= minimum:
        return background
    start = lightness(background)
    lighter_text = lightness(text) > start
    for step in range(1, 101):
        value = start - step / 100 if lighter_text else start + step / 100
        candidate = with_lightness(background, value)
        if contrast(text, candidate) >= minimum:
            return candidate
    return "#000000" if lighter_text else "#ffffff"
