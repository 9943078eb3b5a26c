"""Open Graph share images: 1200 x 630 PNGs, one per page, drawn with Pillow.

This runs once per page (a thousand or more per site), so it draws straight
into a Pillow image instead of going through SVG and cairosvg.  Text is laid out
with the same font metrics as every other graphic (:mod:`trusthub.design.text`)
and drawn with the same font file at the same size, so a line that was measured
to fit is the line that is drawn.

The card: the section's primary colour, quiet rings in a deeper tone of it
towards the bottom right, the logo on a white tile with the section name beside
it, the page title large, and a bar of the accent colour along the foot.  Every
text colour reaches WCAG AA (4.5:1) on the background and on the rings (which are
always drawn further from the text colour than the background is).
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from trusthub.design import colour
from trusthub.design.text import FittedText, FontMetrics, clean, fit_text
from trusthub.graphics.lockup import INK, WHITE

__all__ = ["HEIGHT", "WIDTH", "share_image"]

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
"""Left and right margin; Facebook, LinkedIn and X crop little, but some chat apps
show the card as a centred square, so the important text keeps well inside."""
TOP = 64
ACCENT_BAR = 14
TILE, TILE_RADIUS, TILE_PAD = 96, 22, 12
EYEBROW_SIZE, EYEBROW_SPACING = 26.0, 0.0
"""The section's name in bold, as written: the brand guide asks for no all capitals."""
SUBLINE_SIZE = 24.0
TITLE_SIZE, TITLE_MIN, TITLE_STEP = 76.0, 44.0, 4.0
TITLE_LEADING = 1.12
TITLE_LINES = 3
TITLE_TOP = TOP + TILE + 40
TITLE_BOTTOM = HEIGHT - ACCENT_BAR - 56
COMPRESS_LEVEL = 3
"""zlib level for the PNG: flat colour compresses well even at a low level, and
higher levels cost more time than they save bytes."""
RINGS = (1080, 600)
"""Centre of the rings, towards the bottom right."""
DISC_R = 330
ORBITS = ((430, 3), (530, 2))
"""Radius and line width of each orbit."""
PLANET_R = 9
PLANET_ANGLE = -100.0
"""Where on the first orbit the accent-coloured planet sits, in degrees."""
PLANET = (
    round(RINGS[0] + ORBITS[0][0] * math.cos(math.radians(PLANET_ANGLE))),
    round(RINGS[1] + ORBITS[0][0] * math.sin(math.radians(PLANET_ANGLE))),
)
_SUPERSAMPLE = 4


def share_image(
    title: str,
    section_name: str,
    *,
    primary: str,
    accent: str,
    regular_font: Path,
    bold_font: Path,
    logo_png: bytes | None = None,
    trust_name: str = "",
) -> bytes:
    """A 1200 x 630 PNG for a page's ``og:image``.

    ``title`` is set as large as fits in up to three lines (shrinking to 44 px,
    then ending in "…"); ``section_name`` heads the card, with ``trust_name``
    under it when it differs.  ``logo_png`` (a PNG, ideally with transparency,
    at least 150 px) sits on a white tile.  The same input always gives the same
    bytes.  Raises :class:`ValueError` if ``logo_png`` is not an image.
    """
    regular, bold = _metrics(Path(regular_font)), _metrics(Path(bold_font))
    background = primary
    ink = colour.text_on(background, INK, WHITE)
    # The rings are drawn away from the text colour, so text on them only gains contrast.
    away = -1 if colour.lightness(ink) > colour.lightness(background) else 1
    ring = colour.with_lightness(background, colour.lightness(background) + away * 0.07)
    if colour.contrast(ring, background) < 1.1:  # already black or white: go the other way
        ring = colour.with_lightness(background, colour.lightness(background) - away * 0.07)
    tones = (background, colour.mix(background, ring, 0.5), ring)
    ink = _readable_on(ink, tones)
    eyebrow_colour = _readable_on(accent, tones)
    subline_colour = _readable_on(colour.mix(ink, background, 0.25), tones)

    image = _backdrop(background, ring)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - ACCENT_BAR, WIDTH, HEIGHT), fill=accent)
    planet, tile = _planet_mask(), _tile_mask()
    image.paste(accent, (PLANET[0] - PLANET_R, PLANET[1] - PLANET_R), planet)

    left = MARGIN
    if logo_png is not None:
        image.paste(WHITE, (MARGIN, TOP), tile)
        _paste_logo(image, logo_png)
        left = MARGIN + TILE + 28
    header_width = WIDTH - MARGIN - left

    section = bold.drawable(section_name)
    trust = regular.drawable(trust_name)
    show_trust = bool(trust) and trust != section
    eyebrow = _one_line(section, bold, header_width, EYEBROW_SIZE, 20.0, EYEBROW_SPACING)
    subline = _one_line(trust, regular, header_width, SUBLINE_SIZE, 18.0) if show_trust else None
    header_height = _line_height(eyebrow) + (_line_height(subline) + 6 if subline else 0)
    header_top = TOP + (TILE - header_height) / 2 if logo_png is not None else TOP
    y = _draw_lines(draw, eyebrow, bold, left, header_top, eyebrow_colour, EYEBROW_SPACING)
    if subline:
        _draw_lines(draw, subline, regular, left, y + 6, subline_colour)

    heading = fit_text(
        bold.drawable(title) or " ",
        bold,
        WIDTH - 2 * MARGIN,
        TITLE_BOTTOM - TITLE_TOP,
        start_size=TITLE_SIZE,
        min_size=TITLE_MIN,
        step=TITLE_STEP,
        line_height=TITLE_LEADING,
        max_lines=TITLE_LINES,
    )
    top = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - heading.height) / 2
    _draw_lines(draw, heading, bold, MARGIN, top, ink)

    return png_bytes(image)


def png_bytes(image: Image.Image, level: int = COMPRESS_LEVEL) -> bytes:
    """``image`` (RGB) as a PNG without row filters.

    Pillow's encoder tries every PNG row filter on every row, which takes
    three times as long as compressing this kind of picture (large flat areas)
    and saves little.  The file is a plain, valid PNG: signature, header,
    one data chunk and end.
    """
    if image.mode != "RGB":
        raise ValueError("png_bytes writes RGB images only")
    width, height = image.size
    raw = image.tobytes()
    stride = width * 3
    rows = b"".join(b"\0" + raw[start : start + stride] for start in range(0, len(raw), stride))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, level)),
            _chunk(b"IEND", b""),
        ]
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _readable_on(preferred: str, tones: tuple[str, ...]) -> str:
    """``preferred``, shaded until it reaches AA on every one of ``tones``."""
    result = preferred
    for _ in range(3):
        for tone in tones:
            result = colour.shade_for_contrast(result, tone, colour.TEXT_RATIO)
        if all(colour.contrast(result, tone) >= colour.TEXT_RATIO for tone in tones):
            return result
    return result


def _one_line(
    text: str, metrics: FontMetrics, width: float, size: float, min_size: float, spacing: float = 0
) -> FittedText:
    return fit_text(
        text or " ",
        metrics,
        width,
        size * 1.25,
        start_size=size,
        min_size=min_size,
        step=2.0,
        max_lines=1,
        letter_spacing=spacing,
    )


def _line_height(fitted: FittedText | None) -> float:
    return fitted.height if fitted else 0.0


def _draw_lines(
    draw: ImageDraw.ImageDraw,
    fitted: FittedText,
    metrics: _PixelMetrics,
    x: float,
    top: float,
    fill: str,
    spacing: float = 0.0,
) -> float:
    """Draw each line with its baseline in the middle of its line box, as
    :func:`trusthub.design.svg.text_block` places SVG text; returns the bottom."""
    size = fitted.size
    font = metrics.font(size)
    ascent, descent = metrics.ascent(size), metrics.descent(size)
    leading = fitted.leading
    baseline = top + (leading - ascent - descent) / 2 + ascent
    for index, line in enumerate(fitted.lines):
        y = round(baseline + index * leading)
        if not spacing:
            draw.text((x, y), line, font=font, fill=fill, anchor="ls")
            continue
        cursor = x
        for char in line:
            draw.text((cursor, y), char, font=font, fill=fill, anchor="ls")
            cursor += metrics.width(char, size, spacing)
    return top + fitted.height


def _paste_logo(image: Image.Image, logo_png: bytes) -> None:
    try:
        with Image.open(io.BytesIO(logo_png)) as source:
            logo = source.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValueError(f"logo_png is not an image Pillow can read: {error}") from error
    room = TILE - 2 * TILE_PAD
    scale = min(room / logo.width, room / logo.height)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    if size != logo.size:
        logo = logo.resize(size, Image.Resampling.LANCZOS)
    x = MARGIN + (TILE - size[0]) // 2
    y = TOP + (TILE - size[1]) // 2
    image.paste(logo, (x, y), logo)


def _backdrop(background: str, ring: str) -> Image.Image:
    """The background with its rings: a fixed map of how far each pixel is from
    ``background`` towards ``ring``, coloured through a 256-step palette."""
    start, end = _rgb(background), _rgb(ring)
    palette = bytes(
        round(a + (b - a) * level / 255)
        for level in range(256)
        for a, b in zip(start, end, strict=True)
    )
    image = _ring_map().copy()
    image.putpalette(palette)
    return image.convert("RGB")


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@cache
def _ring_map() -> Image.Image:
    """Palette indices of the rings: 0 is the background, 128 the disc and 255 the
    orbit lines, antialiased.  Drawn once per process: it never changes."""
    k = _SUPERSAMPLE
    cx, cy = RINGS[0] * k, RINGS[1] * k
    big = (WIDTH * k, HEIGHT * k)

    def circle(draw: ImageDraw.ImageDraw, r: float, **style: Any) -> None:
        draw.ellipse((cx - r * k, cy - r * k, cx + r * k, cy + r * k), **style)

    disc = Image.new("L", big, 0)
    circle(ImageDraw.Draw(disc), DISC_R, fill=128)
    lines = Image.new("L", big, 0)
    draw = ImageDraw.Draw(lines)
    for radius, width in ORBITS:
        circle(draw, radius, outline=255, width=width * k)
    disc = disc.resize((WIDTH, HEIGHT), Image.Resampling.BOX)
    lines = lines.resize((WIDTH, HEIGHT), Image.Resampling.BOX)
    levels = Image.composite(Image.new("L", (WIDTH, HEIGHT), 255), disc, lines)
    return Image.frombytes("P", levels.size, levels.tobytes())


@cache
def _tile_mask() -> Image.Image:
    k = _SUPERSAMPLE
    tile = Image.new("L", (TILE * k, TILE * k), 0)
    ImageDraw.Draw(tile).rounded_rectangle(
        (0, 0, TILE * k - 1, TILE * k - 1), radius=TILE_RADIUS * k, fill=255
    )
    return tile.resize((TILE, TILE), Image.Resampling.BOX)


@cache
def _planet_mask() -> Image.Image:
    k, size = _SUPERSAMPLE, 2 * PLANET_R
    dot = Image.new("L", (size * k, size * k), 0)
    ImageDraw.Draw(dot).ellipse((0, 0, size * k - 1, size * k - 1), fill=255)
    return dot.resize((size, size), Image.Resampling.BOX)


class _PixelMetrics(FontMetrics):
    """Font metrics as Pillow draws the text, at whole pixel sizes.

    :class:`FontMetrics` measures the outlines, as vector renderers draw them;
    drawn straight into pixels, FreeType rounds each glyph's advance to whole
    pixels, which over a long line at a small size adds up to a visible
    overrun.  Measuring with the font at the size it is drawn at keeps the two
    the same.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._pixel_widths: dict[tuple[str, float], float] = {}
        self._drawable: dict[str, bool] = {}

    def width(self, text: str, size: float, letter_spacing: float = 0.0) -> float:
        key = (text, size)
        width = self._pixel_widths.get(key)
        if width is None:
            width = self._pixel_widths[key] = self.font(size).getlength(text)
        return width + letter_spacing * len(text)

    def drawable(self, text: str) -> str:
        """``text`` without the characters the font has no glyph for (emoji,
        other scripts), which would otherwise be drawn as empty boxes."""
        return clean("".join(char for char in text if self._has(char)))

    def _has(self, char: str) -> bool:
        has = self._drawable.get(char)
        if has is None:
            if char.isspace():
                has = True
            else:
                font = self.font(48)
                has = bytes(font.getmask(char)) != bytes(font.getmask("\ue000"))
            self._drawable[char] = has
        return has


@lru_cache(maxsize=16)
def _metrics(path: Path) -> _PixelMetrics:
    return _PixelMetrics(path)
