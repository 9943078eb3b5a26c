"""Open Graph share images: 1200 x 630 PNGs, one per page, drawn with Pillow.

This runs once per page (a thousand or more per site), so it draws straight
into a Pillow image instead of going through SVG and cairosvg.  Text is laid out
with the same font metrics as every other graphic (:mod:`trusthub.graphics.text`)
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
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from . import colour
from .lockup import INK, WHITE
from .text import FittedText, FontMetrics, clean, fit_text

__all__ = ["HEIGHT", "WIDTH", "share_image"]

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
"""Left and right margin; Facebook, LinkedIn and X crop little, but some chat apps
show the card as a centred square, so the important text keeps well inside."""
TOP = 64
ACCENT_BAR = 14
TILE, TILE_RADIUS, TILE_PAD = 96, 22, 12
EYEBROW_SIZE, EYEBROW_SPACING = 26.0, 2.0
SUBLINE_SIZE = 24.0
TITLE_SIZE, TITLE_MIN, TITLE_STEP = 76.0, 44.0, 4.0
TITLE_LEADING = 1.12
TITLE_LINES = 3
TITLE_TOP = TOP + TILE + 40
TITLE_BOTTOM = HEIGHT - ACCENT_BAR - 56
COMPRESS_LEVEL = 3
"""zlib level for the PNG: flat colour compresses well even at a low level, and
higher levels cost more time than they save bytes."""
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
    light_text = colour.lightness(ink) > colour.lightness(background)
    # The rings are drawn away from the text colour, so text on them only gains contrast.
    step = -1 if light_text else 1
    base = colour.lightness(background)
    ring = colour.with_lightness(background, base + step * 0.035)
    ring_line = colour.with_lightness(background, base + step * 0.07)
    eyebrow_colour = colour.readable(accent, background)
    subline_colour = colour.readable(colour.mix(ink, background, 0.25), background)

    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    disc, orbit, tile = _masks()
    image.paste(ring, (0, 0), disc)
    image.paste(ring_line, (0, 0), orbit)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - ACCENT_BAR, WIDTH, HEIGHT), fill=accent)

    left = MARGIN
    if logo_png is not None:
        image.paste(WHITE, (MARGIN, TOP), tile)  # the tile mask is the tile's size
        _paste_logo(image, logo_png)
        left = MARGIN + TILE + 28
    header_width = WIDTH - MARGIN - left

    section = clean(section_name).upper()
    trust = clean(trust_name)
    show_trust = bool(trust) and trust.casefold() != clean(section_name).casefold()
    eyebrow = _one_line(section, bold, header_width, EYEBROW_SIZE, 20.0, EYEBROW_SPACING)
    subline = _one_line(trust, regular, header_width, SUBLINE_SIZE, 18.0) if show_trust else None
    header_height = _line_height(eyebrow) + (_line_height(subline) + 6 if subline else 0)
    header_top = TOP + (TILE - header_height) / 2 if logo_png is not None else TOP
    y = _draw_lines(draw, eyebrow, bold, left, header_top, eyebrow_colour, EYEBROW_SPACING)
    if subline:
        _draw_lines(draw, subline, regular, left, y + 6, subline_colour)

    heading = fit_text(
        clean(title) or " ",
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

    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=COMPRESS_LEVEL)
    return out.getvalue()


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
    metrics: FontMetrics,
    x: float,
    top: float,
    fill: str,
    spacing: float = 0.0,
) -> float:
    """Draw each line with its baseline in the middle of its line box, as
    :func:`trusthub.graphics.svg.text_block` places SVG text; returns the bottom."""
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
        logo = Image.open(io.BytesIO(logo_png))
        logo.load()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValueError(f"logo_png is not an image Pillow can read: {error}") from error
    logo = logo.convert("RGBA")
    room = TILE - 2 * TILE_PAD
    scale = min(room / logo.width, room / logo.height)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    if size != logo.size:
        logo = logo.resize(size, Image.Resampling.LANCZOS)
    x = MARGIN + (TILE - size[0]) // 2
    y = TOP + (TILE - size[1]) // 2
    image.paste(logo, (x, y), logo)


@cache
def _masks() -> tuple[Image.Image, Image.Image, Image.Image]:
    """The card's fixed shapes as antialiased masks: the disc, the orbit ring and the
    logo tile.  They do not depend on the input, so they are drawn once per process."""
    k = _SUPERSAMPLE
    cx, cy = 1080 * k, 600 * k

    def circle(draw: ImageDraw.ImageDraw, r: float, **style: object) -> None:
        draw.ellipse((cx - r * k, cy - r * k, cx + r * k, cy + r * k), **style)  # type: ignore[arg-type]

    disc = Image.new("L", (WIDTH * k, HEIGHT * k), 0)
    circle(ImageDraw.Draw(disc), 330, fill=255)
    orbit = Image.new("L", (WIDTH * k, HEIGHT * k), 0)
    draw = ImageDraw.Draw(orbit)
    circle(draw, 430, outline=255, width=3 * k)
    circle(draw, 530, outline=255, width=2 * k)
    tile = Image.new("L", (TILE * k, TILE * k), 0)
    ImageDraw.Draw(tile).rounded_rectangle(
        (0, 0, TILE * k - 1, TILE * k - 1), radius=TILE_RADIUS * k, fill=255
    )
    canvas = (WIDTH, HEIGHT)
    return (
        disc.resize(canvas, Image.Resampling.BOX),
        orbit.resize(canvas, Image.Resampling.BOX),
        tile.resize((TILE, TILE), Image.Resampling.BOX),
    )


@lru_cache(maxsize=16)
def _metrics(path: Path) -> FontMetrics:
    return FontMetrics(path)
