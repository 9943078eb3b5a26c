"""The rocket on a 1920×1080 screen: a reception display or a training deck's first slide.

Not a second drawing: the poster's own SVG is placed on the right, through a
``viewBox`` that starts at the destination star, and the heading and the mission
move to a column on the left, large enough to read across a room.
"""

from __future__ import annotations

import re
from pathlib import Path

from trusthub.design.fonts import css_family, metrics
from trusthub.design.shapes import star
from trusthub.design.svg import element, text_block, text_content
from trusthub.design.text import clean, fit_text
from trusthub.graphics.palette import RocketPalette
from trusthub.graphics.rocket.geometry import HEIGHT, WIDTH
from trusthub.graphics.rocket.layout import RocketResult, RocketTheme

SCREEN_WIDTH = 1920.0
SCREEN_HEIGHT = 1080.0
_ROOT_TAG = re.compile(r"<svg\b[^>]*>", re.DOTALL)


def screen_svg(
    result: RocketResult,
    theme: RocketTheme,
    *,
    title: str,
    eyebrow: str,
    destination: str,
) -> str:
    """The 1920×1080 screen version of a drawn rocket."""
    c = RocketPalette.derive(theme.primary, theme.accent, theme.ink, theme.paper)
    regular, bold = metrics(Path(theme.regular_font)), metrics(Path(theme.bold_font))
    crop = max(0.0, result.star_top)
    view_h = HEIGHT - crop
    art_h = SCREEN_HEIGHT - 40
    art_w = art_h * WIDTH / view_h
    art_x = SCREEN_WIDTH - art_w - 40
    match = _ROOT_TAG.search(result.svg)
    assert match is not None
    root = (
        f'<svg x="{art_x:.1f}" y="20" width="{art_w:.1f}" height="{art_h:.1f}" '
        f'viewBox="0 {crop:.1f} {WIDTH:g} {view_h:.1f}" role="img" '
        'aria-labelledby="' + _attr(match.group(0), "aria-labelledby") + '">'
    )
    art = root + result.svg[match.end() :]
    # The destination card's lower edge would show at the top: the mission is in the
    # column, so the card is painted out and the star drawn again on its badge.
    scale = art_h / view_h
    star_x, star_y = art_x + art_w / 2, 20 + 30 * scale
    art += (
        element(
            "rect", x=art_x - 1, y=19, width=art_w + 2, height=30 * scale + 1, fill=c.background
        )
        + element(
            "circle",
            cx=star_x,
            cy=star_y,
            r=29 * scale,
            fill=c.card,
            stroke=c.card_line,
            stroke_width=2 * scale,
        )
        + star(star_x, star_y + scale, 21 * scale, c.accent)
    )
    column_x, column_w = 110.0, art_x - 110.0 - 80.0
    parts: list[str] = []
    y = 200.0
    kicker = fit_text(
        clean(eyebrow), bold, column_w, 60, start_size=40, min_size=28, line_height=1.2, max_lines=1
    )
    svg, box = text_block(
        kicker,
        bold,
        x=column_x,
        top=y,
        bold=True,
        background=c.background,
        fill=c.brand_text_on(c.background, theme.primary),
        role="eyebrow",
    )
    parts.append(svg)
    y = box.bottom + 16
    heading = fit_text(
        clean(title),
        bold,
        column_w,
        3 * 84 * 1.1,
        start_size=84,
        min_size=48,
        line_height=1.1,
        max_lines=3,
    )
    svg, box = text_block(
        heading,
        bold,
        x=column_x,
        top=y,
        bold=True,
        background=c.background,
        fill=c.ink,
        role="title",
    )
    parts.append(svg)
    y = box.bottom + 48
    parts.append(element("rect", x=column_x, y=y, width=120, height=10, rx=5, fill=c.accent))
    y += 50
    label = fit_text(
        "Our destination",
        bold,
        column_w,
        60,
        start_size=40,
        min_size=40,
        line_height=1.2,
        max_lines=1,
    )
    svg, box = text_block(
        label,
        bold,
        x=column_x,
        top=y,
        bold=True,
        background=c.background,
        fill=c.brand_text_on(c.background, theme.primary),
        role="heading",
    )
    parts.append(svg)
    mission = fit_text(
        clean(destination),
        regular,
        column_w,
        SCREEN_HEIGHT - 90 - box.bottom,
        start_size=44,
        min_size=28,
        line_height=1.3,
    )
    svg, _ = text_block(
        mission,
        regular,
        x=column_x,
        top=box.bottom + 12,
        background=c.background,
        fill=c.ink,
        role="destination",
    )
    parts.append(svg)
    head = element(
        "svg",
        None,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {SCREEN_WIDTH:g} {SCREEN_HEIGHT:g}",
        width=f"{SCREEN_WIDTH:g}",
        height=f"{SCREEN_HEIGHT:g}",
        role="img",
        aria_labelledby="screen-title",
        font_family=f"{css_family(theme.font_family, chr(39))}, sans-serif",
    ).removesuffix("/>")
    return (
        f"{head}>\n"
        + element("title", text_content(clean(title)), id="screen-title")
        + "\n"
        + element("desc", text_content(f"{clean(eyebrow)}: {clean(title)}, as a rocket ship."))
        + "\n"
        + element("rect", width=SCREEN_WIDTH, height=SCREEN_HEIGHT, fill=c.background)
        + "\n"
        + "".join(parts)
        + "\n"
        + art
        + "</svg>\n"
    )


def _attr(tag: str, name: str) -> str:
    found = re.search(rf'\s{name}="([^"]*)"', tag)
    return found.group(1) if found else ""
