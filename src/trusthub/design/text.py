"""Measure, wrap and fit text with the real font, so layout and rendering agree.

Widths come from Pillow's FreeType binding reading the same WOFF/TTF file that
cairosvg draws with (through fontconfig), so a line measured here is the line
drawn there.  Nothing here counts characters to guess a width.

:func:`fit_text` is the one most callers want: it wraps text into a box, shrinks
it step by step down to a minimum size, and only as a last resort abbreviates it
with an ellipsis, reporting what it had to do.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from PIL import ImageFont

ELLIPSIS = "…"
HYPHEN = "-"
_MISSING_GLYPH_EM = 1.2
"""Width, in ems, assumed for a character the font lacks (the renderer falls back
to another font whose width we cannot know; one and a fifth ems is generous)."""
_REFERENCE_SIZE = 1000
"""Widths are measured at this size and scaled (see :meth:`FontMetrics.width`)."""
_UNKERNED = ImageFont.Layout.BASIC


class FontMetrics:
    """Text measurements for one font file, in user units.

    Any file FreeType reads will do: TTF, OTF, WOFF (and WOFF2 where FreeType was
    built with Brotli).  A font size is the em size in SVG user units.  Pillow
    fonts are loaded once per size and widths are cached per text and size.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fonts: dict[float, ImageFont.FreeTypeFont] = {}
        self._widths: dict[tuple[str, float], float] = {}
        self._missing: dict[str, bool] = {}

    def __repr__(self) -> str:
        return f"FontMetrics({str(self.path)!r})"

    def font(self, size: float) -> ImageFont.FreeTypeFont:
        """The Pillow font at ``size`` (cached per size)."""
        font = self._fonts.get(size)
        if font is None:
            # Basic layout, without OpenType kerning: cairo's text drawing (which
            # cairosvg uses) does not kern, and browsers, which do, only come out
            # narrower.  Measuring unkerned is right for both.
            font = ImageFont.truetype(str(self.path), size, layout_engine=_UNKERNED)
            self._fonts[size] = font
        return font

    @cached_property
    def family(self) -> str:
        """The family name the font file declares, e.g. "Atkinson Hyperlegible"."""
        return self.font(100).getname()[0] or ""

    @cached_property
    def _vertical(self) -> tuple[float, float]:
        ascent, descent = self.font(1000).getmetrics()
        return ascent / 1000, descent / 1000

    def ascent(self, size: float) -> float:
        """Distance from the baseline up to the top of the tallest glyphs."""
        return self._vertical[0] * size

    def descent(self, size: float) -> float:
        """Distance from the baseline down to the bottom of descenders (positive)."""
        return self._vertical[1] * size

    def width(self, text: str, size: float, letter_spacing: float = 0.0) -> float:
        """Advance width of ``text`` set at ``size``, plus any letter spacing.

        Measured at a large reference size and scaled, because at small pixel
        sizes FreeType rounds each glyph's advance to whole pixels, while the
        renderers scale outlines to whatever size the page is drawn at.
        """
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            reference = self.font(_REFERENCE_SIZE)
            units = reference.getlength(text)
            missing = sum(1 for char in text if self._lacks(char))
            if missing:
                notdef = reference.getlength("\ue000")
                units += missing * (_MISSING_GLYPH_EM * _REFERENCE_SIZE - notdef)
            width = units * size / _REFERENCE_SIZE
            self._widths[key] = width
        return width + letter_spacing * len(text)

    def _lacks(self, char: str) -> bool:
        """Whether the font has no glyph for ``char`` (so the renderer falls back)."""
        lacks = self._missing.get(char)
        if lacks is None:
            if char.isspace() or unicodedata.category(char).startswith("M"):
                lacks = False
            else:
                font = self.font(64)
                lacks = bytes(font.getmask(char)) == bytes(font.getmask("\ue000"))
            self._missing[char] = lacks
        return lacks


@dataclass(frozen=True)
class WrappedText:
    """Text broken into lines that each fit a width."""

    lines: tuple[str, ...]
    width: float
    """Width of the widest line."""
    abbreviated: bool = False
    """The text needed more lines than allowed, so the last line ends in "…"."""
    broke_words: bool = False
    """A word wider than the line was split with a hyphen."""
    overflows: bool = False
    """A word is wider than the line and was left whole (only without ``break_words``)."""


@dataclass(frozen=True)
class FittedText:
    """Text fitted into a box: its lines, the size it ended up at and its extent."""

    lines: tuple[str, ...]
    size: float
    line_height: float
    """Distance between baselines, as a multiple of the size."""
    width: float
    """Width of the widest line, in user units."""
    shrunk: bool
    """Set smaller than the size asked for."""
    abbreviated: bool
    """Cut short with "…" because it did not fit even at the minimum size."""
    broke_words: bool = False

    @property
    def leading(self) -> float:
        """Distance between baselines, in user units."""
        return self.size * self.line_height

    @property
    def height(self) -> float:
        """Height of the block: one line box per line."""
        return len(self.lines) * self.leading

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def clean(text: str) -> str:
    """Collapse whitespace and drop control characters (they are not valid in XML)."""
    kept = "".join(
        char if unicodedata.category(char)[0] != "C" or char in "\t\n\r" else " " for char in text
    )
    return " ".join(kept.split())


def wrap(
    text: str,
    metrics: FontMetrics,
    size: float,
    max_width: float,
    max_lines: int,
    *,
    letter_spacing: float = 0.0,
    break_words: bool = True,
    line_widths: Sequence[float] = (),
) -> WrappedText:
    """Break ``text`` into at most ``max_lines`` lines no wider than ``max_width``.

    Lines break between words, filling each line greedily.  A word wider than a
    whole line is split with a hyphen (or, with ``break_words=False``, left whole
    and reported as ``overflows``).  Text that needs more lines than allowed is
    cut at the end of the last line with "…", reported as ``abbreviated``.
    ``line_widths``, if given, sets each line's own width (the last one repeats),
    for text shaped to fit a curve; ``max_width`` then only bounds word splitting.
    """
    if max_lines < 1:
        raise ValueError("max_lines must be at least 1")

    def measure(line: str) -> float:
        return metrics.width(line, size, letter_spacing)

    def room(index: int) -> float:
        if not line_widths:
            return max_width
        return line_widths[min(index, len(line_widths) - 1)]

    words = clean(text).split(" ")
    lines: list[str] = []
    broke = overflows = False
    current = ""
    for word in _pieces(words, measure, max_width, break_words):
        if word.broken:
            broke = True
        candidate = f"{current} {word.text}" if current else word.text
        if current and measure(candidate) > room(len(lines)):
            lines.append(current)
            current = word.text
        else:
            current = candidate
        if measure(current) > room(len(lines)):
            overflows = True
    if current or not lines:
        lines.append(current)

    abbreviated = len(lines) > max_lines
    if abbreviated:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], _abbreviate(rest, measure, room(max_lines - 1))]
    width = max((measure(line) for line in lines), default=0.0)
    return WrappedText(tuple(lines), width, abbreviated, broke, overflows)


@dataclass(frozen=True)
class _Piece:
    text: str
    broken: bool = False


def _pieces(
    words: list[str], measure: Callable[[str], float], max_width: float, break_words: bool
) -> Iterator[_Piece]:
    """Words, with any word wider than a line split into hyphenated pieces."""
    for word in words:
        if not break_words or measure(word) <= max_width:
            yield _Piece(word)
            continue
        rest = word
        while measure(rest) > max_width:
            cut = _longest_prefix(rest, lambda head: measure(head + HYPHEN) <= max_width)
            cut = max(cut, 1)
            yield _Piece(rest[:cut] + HYPHEN, broken=True)
            rest = rest[cut:]
        if rest:
            yield _Piece(rest, broken=True)


def _longest_prefix(text: str, fits: Callable[[str], bool]) -> int:
    """Length of the longest prefix of ``text`` for which ``fits(prefix)`` holds."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


def _abbreviate(text: str, measure: Callable[[str], float], max_width: float) -> str:
    """The longest start of ``text`` that fits with "…" after it, cut at a word if possible."""
    cut = _longest_prefix(text, lambda head: measure(head.rstrip() + ELLIPSIS) <= max_width)
    head = text[:cut]
    if cut < len(text) and " " in head and text[cut] != " ":
        at_word = head[: head.rindex(" ")]
        # Keep the cut at a word boundary unless that throws away most of the line.
        if measure(at_word) >= 0.6 * measure(head):
            head = at_word
    return head.rstrip(" .,;:-\u2013\u2014") + ELLIPSIS


def _balanced(
    text: str,
    metrics: FontMetrics,
    size: float,
    wrapped: WrappedText,
    letter_spacing: float,
) -> WrappedText:
    """The same number of lines, as even in length as greedy breaking allows."""
    if len(wrapped.lines) < 2 or wrapped.abbreviated or wrapped.broke_words:
        return wrapped
    count = len(wrapped.lines)
    low, high = wrapped.width / count, wrapped.width
    best = wrapped
    for _ in range(12):
        middle = (low + high) / 2
        trial = wrap(
            text, metrics, size, middle, count, letter_spacing=letter_spacing, break_words=False
        )
        if trial.abbreviated or trial.overflows:
            low = middle
        else:
            best, high = trial, middle
    return best


def fit_text(
    text: str,
    metrics: FontMetrics,
    box_width: float,
    box_height: float,
    *,
    start_size: float,
    min_size: float,
    line_height: float = 1.25,
    max_lines: int | None = None,
    step: float = 1.0,
    letter_spacing: float = 0.0,
    balance: bool = False,
) -> FittedText:
    """Fit ``text`` into a ``box_width`` by ``box_height`` box.

    Tries ``start_size`` first, then smaller sizes ``step`` apart down to
    ``min_size``, wrapping at each.  The first size at which the whole text fits,
    without splitting words, wins.  At ``min_size`` long words are split with a
    hyphen and, as a last resort, the text is abbreviated with "…" (reported in
    :attr:`FittedText.abbreviated`).  ``balance`` evens out line lengths, which
    suits centred text.  Raises :class:`ValueError` if not even one line at
    ``min_size`` fits the box's height.
    """
    if min_size > start_size:
        raise ValueError("min_size must not exceed start_size")
    sizes = _sizes(start_size, min_size, step)
    for size in sizes:
        lines = _lines_allowed(size, line_height, box_height, max_lines)
        if lines < 1:
            continue
        wrapped = wrap(
            text,
            metrics,
            size,
            box_width,
            lines,
            letter_spacing=letter_spacing,
            break_words=False,
        )
        if not wrapped.abbreviated and not wrapped.overflows:
            if balance:
                wrapped = _balanced(text, metrics, size, wrapped, letter_spacing)
            return _fitted(wrapped, size, line_height, shrunk=size < start_size)
    lines = _lines_allowed(min_size, line_height, box_height, max_lines)
    if lines < 1:
        raise ValueError(
            f"a {box_width:.0f} by {box_height:.0f} box cannot hold one line at size {min_size}"
        )
    wrapped = wrap(text, metrics, min_size, box_width, lines, letter_spacing=letter_spacing)
    return _fitted(wrapped, min_size, line_height, shrunk=min_size < start_size)


def _sizes(start: float, stop: float, step: float) -> list[float]:
    count = math.floor((start - stop) / step + 1e-9)
    sizes = [round(start - index * step, 3) for index in range(count + 1)]
    if sizes[-1] != stop:
        sizes.append(stop)
    return sizes


def _lines_allowed(size: float, line_height: float, box_height: float, cap: int | None) -> int:
    lines = math.floor(box_height / (size * line_height) + 1e-6)
    return lines if cap is None else min(lines, cap)


def _fitted(wrapped: WrappedText, size: float, line_height: float, *, shrunk: bool) -> FittedText:
    return FittedText(
        lines=wrapped.lines,
        size=size,
        line_height=line_height,
        width=wrapped.width,
        shrunk=shrunk,
        abbreviated=wrapped.abbreviated,
        broke_words=wrapped.broke_words,
    )
