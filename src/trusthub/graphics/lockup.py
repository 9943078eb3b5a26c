"""Logo lock-ups: a school's logo, its name and a "Part of <trust>" endorsement.

Three variants, as brand guidelines usually have them:

``colour``
    the logo as drawn, the name in the school's colour (darkened if needed to
    reach AA on white), for white or light backgrounds;
``white``
    everything white, for dark backgrounds and photographs ("white-out");
``mono``
    everything in one dark ink, for one-colour print.

The white and mono logos are the logo redrawn in one colour
(:func:`trusthub.design.onecolour.one_colour_logo`).

Output is deterministic SVG with real ``<text>`` (measured with the brand font),
a ``<title>``, and a viewBox fitted to the content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from trusthub.design import colour
from trusthub.design.fonts import css_family, embedded_font_faces, metrics
from trusthub.design.logo import SVG_NS, LogoError
from trusthub.design.onecolour import OneColourLogo, logo_element, one_colour_logo
from trusthub.design.svg import element, num, text_block, text_content
from trusthub.design.text import FittedText, FontMetrics, clean, fit_text

__all__ = [
    "INK",
    "LOCKUP_VARIANTS",
    "Lockup",
    "LogoError",
    "OneColourLogo",
    "lockup",
    "logo_element",
    "one_colour_logo",
]

Variant = Literal["colour", "white", "mono"]
LOCKUP_VARIANTS: tuple[Variant, ...] = ("colour", "white", "mono")
"""The variants :func:`lockup` draws, in the order a brand kit lists them."""

INK = "#1b2130"
"""The dark ink of the mono variant and of the colour variant's endorsement."""
WHITE = "#ffffff"

LOGO_HEIGHT = 120.0
"""The logo's height in user units; everything else is sized against it."""
PAD = 16.0
"""Space left round the content inside the viewBox."""
GAP = 30.0
"""Between the logo and the text."""
NAME_SIZE, NAME_MIN = 44.0, 30.0
NAME_WIDTH = 600.0
"""The school name wraps (to two lines at most) past this width."""
NAME_LEADING = 1.1
RULE_GAP = 12.0
RULE_WIDTH = 2.0
ENDORSE_SIZE, ENDORSE_MIN = 21.0, 15.0
ENDORSE_LEADING = 1.3


@dataclass(frozen=True)
class Lockup:
    """A drawn lock-up, with the boxes its text fills (in SVG user units)."""

    svg: str
    width: float
    height: float
    text_boxes: tuple[tuple[float, float, float, float], ...]
    """``(x, y, width, height)`` of each block of text."""
    abbreviated: bool
    """The name or the endorsement was cut short with "…" to fit."""


def lockup(
    logo_svg: str,
    school_name: str,
    trust_name: str,
    *,
    variant: Variant,
    primary: str,
    accent: str,
    font_family: str,
    regular_font: Path,
    bold_font: Path,
    ink: str = INK,
    embed_fonts: bool = False,
) -> Lockup:
    """Draw the logo, then the school name (bold, on up to two balanced lines), a
    thin rule and "Part of <trust name>".

    ``logo_svg`` is untrusted SVG source; it is sanitised before it is embedded
    and raises :class:`LogoError` if it is not SVG.  ``primary`` and ``accent``
    are the school's colours (used by the colour variant); ``ink`` is the mono
    variant's colour.  An empty ``trust_name`` leaves out the rule and the
    endorsement.  ``embed_fonts`` includes the two font files (about 40 KB), for
    an SVG that travels on its own (a brand kit download) and must keep its
    measured line widths where the brand font is not installed.
    """
    if variant not in LOCKUP_VARIANTS:
        raise ValueError(f"variant must be one of {', '.join(LOCKUP_VARIANTS)}")
    regular, bold = metrics(Path(regular_font)), metrics(Path(bold_font))
    name_colour, rule_colour, endorse_colour = _colours(variant, primary, accent, ink)
    uid = (
        "lockup-"
        + hashlib.sha256(
            "\0".join(
                [logo_svg, school_name, trust_name, variant, primary, accent, ink, font_family]
            ).encode("utf-8")
        ).hexdigest()[:10]
    )

    name = fit_text(
        clean(school_name) or " ",
        bold,
        NAME_WIDTH,
        2 * NAME_SIZE * NAME_LEADING,
        start_size=NAME_SIZE,
        min_size=NAME_MIN,
        line_height=NAME_LEADING,
        max_lines=2,
        step=2.0,
        balance=True,
    )
    trust = clean(trust_name)
    endorsement = _endorsement(trust, regular, bold) if trust else None
    column = max(name.width, endorsement.width if endorsement else 0.0)
    text_height = name.height
    if endorsement:
        text_height += 2 * RULE_GAP + RULE_WIDTH + endorsement.height

    mark = logo_element(
        logo_svg,
        x=PAD,
        y=0.0,
        height=LOGO_HEIGHT,
        colour=None if variant == "colour" else name_colour,
        uid=uid,
    )
    content_height = max(LOGO_HEIGHT, text_height)
    logo_top = PAD + (content_height - LOGO_HEIGHT) / 2
    text_top = PAD + (content_height - text_height) / 2
    left = PAD + mark.width + GAP
    width = left + column + PAD
    height = PAD + content_height + PAD

    parts: list[str] = [element("g", mark.svg, transform=f"translate(0 {num(logo_top)})")]
    boxes: list[tuple[float, float, float, float]] = []
    svg, box = text_block(
        name,
        bold,
        x=left,
        top=text_top,
        bold=True,
        fill=name_colour,
        background=WHITE,
        role="school-name",
    )
    parts.append(svg)
    boxes.append((box.x, box.y, box.width, box.height))
    if endorsement:
        rule_y = text_top + name.height + RULE_GAP
        parts.append(
            element("rect", x=left, y=rule_y, width=column, height=RULE_WIDTH, fill=rule_colour)
        )
        top = rule_y + RULE_WIDTH + RULE_GAP
        parts.append(endorsement.svg(left, top, regular, endorse_colour))
        boxes.append((left, top, endorsement.width, endorsement.height))

    title = f"{clean(school_name)}, part of {trust}" if trust else clean(school_name)
    head = element(
        "svg",
        None,
        xmlns=SVG_NS,
        viewBox=f"0 0 {num(width)} {num(height)}",
        width=num(width),
        height=num(height),
        role="img",
        aria_labelledby=f"{uid}-title",
        font_family=f"{css_family(font_family, chr(39))}, sans-serif",
    ).removesuffix("/>")
    head_parts = [element("title", text_content(title), id=f"{uid}-title")]
    if embed_fonts:
        faces = embedded_font_faces(font_family, Path(regular_font), Path(bold_font))
        head_parts.append(f"<defs><style>{faces}</style></defs>")
    body = "\n".join([*head_parts, *parts])
    return Lockup(
        svg=f"{head}>\n{body}\n</svg>\n",
        width=width,
        height=height,
        text_boxes=tuple(boxes),
        abbreviated=name.abbreviated or bool(endorsement and endorsement.abbreviated),
    )


def _colours(variant: Variant, primary: str, accent: str, ink: str) -> tuple[str, str, str]:
    """Name, rule and endorsement colours for a variant."""
    if variant == "white":
        return WHITE, WHITE, WHITE
    if variant == "mono":
        return ink, ink, ink
    return (
        colour.shade_for_contrast(primary, WHITE, colour.TEXT_RATIO),
        colour.shade_for_contrast(accent, WHITE, 3.0),
        colour.shade_for_contrast(colour.mix(ink, primary, 0.2), WHITE, colour.TEXT_RATIO),
    )


@dataclass(frozen=True)
class _Endorsement:
    """ "Part of <trust>": on one line, the trust's name in bold; if too long,
    wrapped in the regular weight."""

    trust: str
    size: float
    lines: tuple[str, ...]
    width: float
    two_weights: bool
    abbreviated: bool

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * ENDORSE_LEADING

    def svg(self, x: float, top: float, regular: FontMetrics, fill: str) -> str:
        fitted = FittedText(
            lines=self.lines,
            size=self.size,
            line_height=ENDORSE_LEADING,
            width=self.width,
            shrunk=False,
            abbreviated=self.abbreviated,
        )
        if not self.two_weights:
            return text_block(
                fitted, regular, x=x, top=top, fill=fill, background=WHITE, role="endorsement"
            )[0]
        leading = self.size * ENDORSE_LEADING
        ascent, descent = regular.ascent(self.size), regular.descent(self.size)
        baseline = top + (leading - ascent - descent) / 2 + ascent
        spans = text_content("Part of ") + element(
            "tspan", text_content(self.trust), font_weight="700"
        )
        return element("text", spans, x=x, y=baseline, font_size=self.size, fill=fill)


def _endorsement(trust: str, regular: FontMetrics, bold: FontMetrics) -> _Endorsement:
    size = ENDORSE_SIZE
    while size >= ENDORSE_MIN:
        width = regular.width("Part of ", size) + bold.width(trust, size)
        if width <= NAME_WIDTH:
            return _Endorsement(trust, size, (f"Part of {trust}",), width, True, False)
        size -= 1.0
    fitted = fit_text(
        f"Part of {trust}",
        regular,
        NAME_WIDTH,
        2 * ENDORSE_SIZE * ENDORSE_LEADING,
        start_size=ENDORSE_SIZE,
        min_size=ENDORSE_MIN,
        line_height=ENDORSE_LEADING,
        max_lines=2,
    )
    return _Endorsement(trust, fitted.size, fitted.lines, fitted.width, False, fitted.abbreviated)


# --- Placing a logo, in colour or in one colour -------------------------------------
