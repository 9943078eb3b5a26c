"""The "rocket ship" strategy graphic, as an accessible, deterministic SVG.

The rocket flies towards a **destination** star (the mission).  Its **nose**
cone holds the vision, its **body** one section per strategic priority, its two
**fins** the trust's values, its **engines** the enablers and its **launch pad**
the foundations.  A school's version adds the school's logo and name and shows
its local priorities as "boosters" beside the body, in the school's palette.

The layout is computed here, in SVG user units on a 1000 × 1414 portrait canvas
(1:√2, the A-series shape), with every line of text measured with the brand font
(:mod:`trusthub.graphics.text`).  Text wraps, shrinks, and only as a last resort
is abbreviated with "…" — and then :attr:`RocketResult.warnings` says so.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..models import Strategy, TitledText, Values
from . import colour
from .logo import prepare_logo
from .svg import TextBox, element, num, text_block, text_content
from .text import FittedText, FontMetrics, clean, fit_text, wrap

__all__ = ["HEIGHT", "WIDTH", "RocketResult", "RocketTheme", "TextBox", "rocket_svg"]

WIDTH = 1000.0
HEIGHT = 1414.0
"""Canvas size in user units: portrait, 1:√2 like A4 and A3."""

MARGIN = 50.0
MIN_SIZE = 16.0
"""Smallest font size: 1.6% of the width, still readable on a 390 px phone."""
GAP = 10.0
EYEBROW_SIZE = 16.0
EYEBROW_SPACING = 1.6
MAX_LOCAL_PRIORITIES = 4

NOSE_HEIGHT = 186.0
FIN_OUTER = MARGIN + 8
LOGO_SIZE = 80.0
BODY_WIDTH = 480.0
BODY_LEFT = (WIDTH - BODY_WIDTH) / 2
BODY_RIGHT = BODY_LEFT + BODY_WIDTH
CENTRE = WIDTH / 2
MODULE_RIGHT = BODY_LEFT - 22
"""Right edge of the left column of a school's local-priority modules."""


@dataclass(frozen=True)
class RocketTheme:
    """Colours and font for a rocket: the trust's or a school's."""

    primary: str
    """Main colour: the rocket's body."""
    secondary: str
    """Accent colour: nose cone, fins, flames, number badges."""
    font_family: str
    """Font family name as the font files declare it, e.g. "Atkinson Hyperlegible"."""
    regular_font: Path
    """The regular (400) font file, WOFF or TTF, used to measure body text."""
    bold_font: Path
    """The bold (700) font file, used to measure headings."""
    ink: str = "#1b2130"
    """Dark text colour."""
    paper: str = "#ffffff"
    """Light text and card colour."""


@dataclass(frozen=True)
class RocketResult:
    """The rendered rocket."""

    svg: str
    warnings: tuple[str, ...]
    """Plain sentences about text that had to be abbreviated to fit."""
    boxes: tuple[TextBox, ...]
    """Every text element's box, in SVG user units (for tests and checks)."""


def rocket_svg(
    strategy: Strategy,
    values: Values,
    theme: RocketTheme,
    *,
    title: str,
    local_priorities: Sequence[TitledText] = (),
    school_name: str | None = None,
    logo_svg: str | None = None,
) -> RocketResult:
    """Draw the strategy as a rocket ship.

    ``title`` heads the graphic and names it for assistive technology.  For a
    school's rocket pass ``school_name``, its ``logo_svg`` (SVG source text) and
    up to four ``local_priorities``; use the school's colours in ``theme``.
    """
    if len(local_priorities) > MAX_LOCAL_PRIORITIES:
        raise ValueError(f"at most {MAX_LOCAL_PRIORITIES} local priorities fit on the rocket")
    return _Rocket(strategy, values, theme, title, tuple(local_priorities), school_name, logo_svg)()


@lru_cache(maxsize=16)
def _metrics(path: Path) -> FontMetrics:
    return FontMetrics(path)


@dataclass(frozen=True)
class _Colours:
    """The palette a rocket is drawn in, derived from two brand colours."""

    background: str
    halo: str
    star_dust: str
    body: str
    body_alt: str
    band: str
    accent: str
    accent_soft: str
    deep: str
    deep_line: str
    nozzle: str
    card: str
    card_line: str
    ink: str
    paper: str
    trajectory: str
    flame_core: str
    flame_mid: str
    window: str
    module: str

    @classmethod
    def derive(cls, theme: RocketTheme) -> _Colours:
        primary, secondary = theme.primary, theme.secondary
        lightness = colour.lightness(primary)
        deep = colour.with_lightness(primary, min(lightness, 0.3))
        body_alt = colour.with_lightness(primary, lightness + (0.05 if lightness < 0.6 else -0.05))
        return cls(
            background=colour.mix(theme.paper, primary, 0.05),
            halo=colour.mix(theme.paper, primary, 0.1),
            star_dust=colour.mix(theme.paper, primary, 0.3),
            body=primary,
            body_alt=body_alt,
            band=deep,
            accent=secondary,
            accent_soft=colour.tint(secondary, 0.55),
            deep=deep,
            deep_line=colour.with_lightness(deep, colour.lightness(deep) + 0.12),
            nozzle=colour.mix(deep, theme.ink, 0.4),
            card=theme.paper,
            card_line=colour.mix(theme.paper, primary, 0.18),
            ink=theme.ink,
            paper=theme.paper,
            trajectory=colour.mix(theme.paper, primary, 0.45),
            flame_core=colour.tint(secondary, 0.85),
            flame_mid=colour.tint(secondary, 0.45),
            window=colour.mix(theme.paper, primary, 0.12),
            module=colour.mix(theme.paper, secondary, 0.08),
        )

    def text_on(self, background: str) -> str:
        """The light or dark text colour that reads best on ``background`` (AA)."""
        return colour.text_on(background, self.ink, self.paper)

    def brand_text_on(self, background: str, brand: str) -> str:
        """A brand colour for text on ``background``, shaded until it reaches AA."""
        return colour.readable(brand, background)


@dataclass
class _Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass
class _Rocket:
    strategy: Strategy
    values: Values
    theme: RocketTheme
    title: str
    local: tuple[TitledText, ...]
    school_name: str | None
    logo_svg: str | None
    back: list[str] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    occupied: list[_Rect] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.regular = _metrics(Path(self.theme.regular_font))
        self.bold = _metrics(Path(self.theme.bold_font))
        self.c = _Colours.derive(self.theme)
        self.uid = "rocket-" + self._fingerprint()[:10]

    # -- the whole picture -------------------------------------------------

    def __call__(self) -> RocketResult:
        header_bottom = self._header()
        destination_bottom = self._destination(header_bottom + 16)
        pad_top = self._launch_pad()
        body_bottom = self._engines(pad_top)
        nose_tip = destination_bottom + 8
        body_top = self._nose(nose_tip)
        self._trajectory(destination_bottom, nose_tip)
        self._body(body_top, body_bottom)
        fins_top = self._fins(body_top, body_bottom)
        if self.local:
            self._boosters(header_bottom + 18, fins_top - 20)
        self._backdrop(body_top)
        return RocketResult(self._document(), tuple(self.warnings), tuple(self.boxes))

    def _fingerprint(self) -> str:
        parts = [
            self.strategy.model_dump_json(),
            self.values.model_dump_json(),
            repr(self.theme),
            self.title,
            repr([item.model_dump_json() for item in self.local]),
            repr(self.school_name),
            self.logo_svg or "",
        ]
        return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()

    def _document(self) -> str:
        title_id, desc_id = f"{self.uid}-title", f"{self.uid}-desc"
        family = "".join(ch for ch in self.theme.font_family if ch not in "'\";,{}<>\\")
        head = element(
            "svg",
            None,
            xmlns="http://www.w3.org/2000/svg",
            viewBox=f"0 0 {num(WIDTH)} {num(HEIGHT)}",
            width=num(WIDTH),
            height=num(HEIGHT),
            role="img",
            aria_labelledby=f"{title_id} {desc_id}",
            font_family=f"'{family}', sans-serif",
        )[:-2]
        body = "\n".join(
            [
                element("title", text_content(clean(self.title)), id=title_id),
                element("desc", text_content(self._description()), id=desc_id),
                element("rect", width=WIDTH, height=HEIGHT, fill=self.c.background),
                *self.back,
                *self.shapes,
                *self.texts,
            ]
        )
        return f"{head}>\n{body}\n</svg>\n"

    def _description(self) -> str:
        strategy = self.strategy
        who = f"{clean(self.school_name)}: " if self.school_name else ""
        sentences = [
            f"{who}{clean(strategy.title)}, drawn as a rocket ship.",
            f"Destination, our mission: {clean(strategy.destination)}",
            f"Nose cone, our vision: {clean(strategy.nose)}",
            f"Body, our {len(strategy.priorities)} strategic priorities: "
            + " ".join(
                f"{index}. {_sentence(item.title, item.summary)}"
                for index, item in enumerate(strategy.priorities, 1)
            ),
            "Fins, our values: " + "; ".join(clean(v.name) for v in self.values.values) + ".",
            "Engines, what powers us: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.engines),
            "Launch pad, our foundations: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.launch_pad),
        ]
        if self.local:
            place = clean(self.school_name) if self.school_name else "our school"
            sentences.append(
                f"Boosters, our focus at {place}: "
                + " ".join(_sentence(item.title, item.summary) for item in self.local)
            )
        return " ".join(_end(sentence) for sentence in sentences)

    # -- text helpers ----------------------------------------------------------

    def _fit(
        self,
        text: str,
        width: float,
        height: float,
        *,
        size: float,
        bold: bool = False,
        min_size: float = MIN_SIZE,
        line_height: float = 1.25,
        max_lines: int | None = None,
        balance: bool = False,
        spacing: float = 0.0,
        label: str | None = None,
    ) -> FittedText:
        fitted = fit_text(
            clean(text) or " ",
            self.bold if bold else self.regular,
            width,
            height,
            start_size=size,
            min_size=min_size,
            line_height=line_height,
            max_lines=max_lines,
            balance=balance,
            letter_spacing=spacing,
        )
        if fitted.abbreviated and label:
            self.warnings.append(f"{label} abbreviated on the rocket")
        return fitted

    def _place(
        self,
        fitted: FittedText,
        *,
        x: float,
        top: float,
        anchor: str = "start",
        bold: bool = False,
        background: str,
        fill: str | None = None,
        role: str,
        spacing: float = 0.0,
    ) -> TextBox:
        svg, box = text_block(
            fitted,
            self.bold if bold else self.regular,
            x=x,
            top=top,
            anchor=anchor,
            bold=bold,
            fill=fill or self.c.text_on(background),
            background=background,
            role=role,
            letter_spacing=spacing,
        )
        self.texts.append(svg)
        self.boxes.append(box)
        return box

    def _eyebrow(
        self,
        text: str,
        *,
        x: float,
        top: float,
        width: float,
        anchor: str = "middle",
        background: str,
        fill: str | None = None,
        role: str = "eyebrow",
    ) -> float:
        """A small capitalised label; returns the bottom of its line."""
        fitted = self._fit(
            text.upper(),
            width,
            EYEBROW_SIZE * 1.2,
            size=EYEBROW_SIZE,
            bold=True,
            line_height=1.2,
            max_lines=1,
            spacing=EYEBROW_SPACING,
        )
        box = self._place(
            fitted,
            x=x,
            top=top,
            anchor=anchor,
            bold=True,
            background=background,
            fill=fill,
            role=role,
            spacing=EYEBROW_SPACING,
        )
        return box.bottom

    # -- the parts, top to bottom ------------------------------------------------

    def _header(self) -> float:
        """Logo (for a school), eyebrow and title. Returns the bottom edge."""
        top = MARGIN - 8
        left, width, anchor, x = MARGIN, WIDTH - 2 * MARGIN, "middle", CENTRE
        if self.logo_svg:
            logo = prepare_logo(self.logo_svg)
            size = LOGO_SIZE
            box_w = size * min(max(logo.aspect, 0.5), 2.0)
            self.shapes.append(
                element(
                    "image",
                    x=MARGIN,
                    y=top,
                    width=box_w,
                    height=size,
                    href=logo.data_uri,
                    preserveAspectRatio="xMidYMid meet",
                )
            )
            self.occupied.append(_Rect(MARGIN, top, box_w, size))
            left = MARGIN + box_w + 28
            width = WIDTH - MARGIN - left
            anchor, x = "start", left
        eyebrow = self.school_name or (
            self.strategy.title if clean(self.strategy.title) != clean(self.title) else None
        )
        y = top
        if eyebrow:
            y = self._eyebrow(
                clean(eyebrow),
                x=x,
                top=y,
                width=width,
                anchor=anchor,
                background=self.c.background,
                fill=self.c.brand_text_on(self.c.background, self.theme.primary),
                role="eyebrow-header",
            )
            y += 4
        heading = self._fit(
            self.title,
            width,
            2 * 40 * 1.12,
            size=40,
            bold=True,
            min_size=26,
            line_height=1.12,
            max_lines=2,
            balance=anchor == "middle",
            label="The title",
        )
        box = self._place(
            heading,
            x=x,
            top=y,
            anchor=anchor,
            bold=True,
            background=self.c.background,
            fill=self.c.ink,
            role="title",
        )
        bottom = box.bottom
        if self.logo_svg:
            bottom = max(bottom, top + LOGO_SIZE)
        self.occupied.append(_Rect(left, top, width, bottom - top))
        return bottom

    def _destination(self, top: float) -> float:
        """The mission on a card, with the star the rocket flies to hanging from
        its lower edge. Returns the bottom of the star."""
        c = self.c
        star_r = 26.0
        width = 760.0 if not self.local else 2 * (CENTRE - MODULE_RIGHT - 22)
        left = CENTRE - width / 2
        pad = 30.0
        eyebrow_bottom = self._eyebrow(
            "Our destination",
            x=CENTRE,
            top=top + 18,
            width=width - 2 * pad,
            background=c.card,
            fill=c.brand_text_on(c.card, self.theme.primary),
        )
        mission = self._fit(
            self.strategy.destination,
            width - 2 * pad,
            4 * 23 * 1.25,
            size=23,
            min_size=18,
            max_lines=3 if not self.local else 4,
            balance=True,
            label="The destination (mission)",
        )
        box = self._place(
            mission,
            x=CENTRE,
            top=eyebrow_bottom + 6,
            anchor="middle",
            background=c.card,
            fill=c.ink,
            role="destination",
        )
        card_bottom = box.bottom + star_r + 10
        self.shapes.append(
            element(
                "rect",
                x=left,
                y=top,
                width=width,
                height=card_bottom - top,
                rx=28,
                fill=c.card,
                stroke=c.card_line,
                stroke_width=2,
            )
        )
        self.shapes.append(
            element(
                "circle",
                cx=CENTRE,
                cy=card_bottom,
                r=star_r + 12,
                fill=c.card,
                stroke=c.card_line,
                stroke_width=2,
            )
        )
        self.shapes.append(
            element(
                "rect",
                x=CENTRE - star_r - 16,
                y=card_bottom - 16,
                width=2 * star_r + 32,
                height=15,
                fill=c.card,
            )
        )
        self.shapes.append(_star(CENTRE, card_bottom + 1, star_r, c.accent))
        self.occupied.append(_Rect(left, top, width, card_bottom - top + star_r + 12))
        return card_bottom + star_r + 12

    def _trajectory(self, top: float, bottom: float) -> None:
        self.back.append(
            element(
                "path",
                d=f"M{num(CENTRE)} {num(bottom - 10)}V{num(top + 8)}",
                stroke=self.c.trajectory,
                stroke_width=4,
                stroke_linecap="round",
                stroke_dasharray="0 12",
                fill="none",
            )
        )

    def _nose(self, tip: float) -> float:
        """The nose cone with the vision. Returns the body's top edge."""
        c = self.c
        height = NOSE_HEIGHT
        base = tip + height
        curve = _Ogive(CENTRE, tip, BODY_WIDTH / 2, height)
        self.shapes.append(element("path", d=curve.path(), fill=c.accent))
        self.occupied.append(_Rect(BODY_LEFT, tip, BODY_WIDTH, height))
        pad = 22.0
        bottom = base - 18
        ceiling = tip + height * 0.2
        eyebrow_h = EYEBROW_SIZE * 1.2 + 6
        vision = self._cone_text(curve, ceiling + eyebrow_h, bottom, pad)
        text_top = bottom - vision.height
        on = c.accent
        self._eyebrow(
            "Our vision",
            x=CENTRE,
            top=text_top - eyebrow_h,
            width=2 * (curve.half_width(text_top - eyebrow_h) - pad),
            background=on,
        )
        self._place(vision, x=CENTRE, top=text_top, anchor="middle", background=on, role="nose")
        # A porthole above the text, when the cone leaves room for one.
        room_top = tip + height * 0.24
        room = text_top - eyebrow_h - 10 - room_top
        if room >= 44:
            r = min(24.0, room / 2 - 2)
            cy = text_top - eyebrow_h - 10 - room / 2
            self.shapes.append(
                element(
                    "circle", cx=CENTRE, cy=cy, r=r, fill=c.window, stroke=c.deep, stroke_width=6
                )
            )
            self.shapes.append(
                element(
                    "path",
                    d=_arc(CENTRE, cy, r * 0.58, 195, 255),
                    stroke=c.paper,
                    stroke_width=4,
                    stroke_linecap="round",
                    fill="none",
                )
            )
        return base

    def _cone_text(self, curve: _Ogive, ceiling: float, bottom: float, pad: float) -> FittedText:
        """The vision, wrapped so each line is as wide as the cone at its height."""
        text = clean(self.strategy.nose) or " "
        start = 22.0
        for size in _steps(start, MIN_SIZE):
            leading = size * 1.25
            most = math.floor((bottom - ceiling) / leading + 1e-6)
            for count in range(1, most + 1):
                block_top = bottom - count * leading

                def widths(scale: float, block_top: float = block_top) -> list[float]:
                    return [
                        scale * 2 * (curve.half_width(block_top + line * leading) - pad)
                        for line in range(count)
                    ]

                wrapped = wrap(
                    text,
                    self.regular,
                    size,
                    max(widths(1)),
                    count,
                    line_widths=widths(1),
                    break_words=False,
                )
                if wrapped.abbreviated or wrapped.overflows:
                    continue
                # Even out the lines: the narrowest cone that still takes the text.
                low, high = 0.5, 1.0
                for _ in range(10):
                    middle = (low + high) / 2
                    trial = wrap(
                        text,
                        self.regular,
                        size,
                        max(widths(middle)),
                        count,
                        line_widths=widths(middle),
                        break_words=False,
                    )
                    if trial.abbreviated or trial.overflows:
                        low = middle
                    else:
                        wrapped, high = trial, middle
                return FittedText(
                    lines=wrapped.lines,
                    size=size,
                    line_height=1.25,
                    width=wrapped.width,
                    shrunk=size < start,
                    abbreviated=False,
                )
        # Last resort: a plain box as wide as the cone at the ceiling.
        return self._fit(
            text,
            2 * (curve.half_width(ceiling) - pad),
            bottom - ceiling,
            size=MIN_SIZE,
            label="The nose (vision)",
        )

    def _body(self, top: float, bottom: float) -> None:
        """One band per priority, numbered, between a top and bottom stripe."""
        c = self.c
        stripe = 30.0
        priorities = self.strategy.priorities
        radius = 30.0
        self.shapes.append(
            element(
                "path",
                d=_rounded_bottom(BODY_LEFT, top, BODY_WIDTH, bottom - top, radius),
                fill=c.body,
            )
        )
        # Stripes: "our priorities" under the nose, "what powers us" above the engines.
        self.shapes.append(
            element("rect", x=BODY_LEFT, y=top, width=BODY_WIDTH, height=stripe, fill=c.band)
        )
        self._eyebrow(
            "Our priorities",
            x=CENTRE,
            top=top + (stripe - EYEBROW_SIZE * 1.2) / 2,
            width=BODY_WIDTH - 40,
            background=c.band,
            fill=c.brand_text_on(c.band, c.accent_soft),
        )
        engine_band = bottom - stripe
        self.shapes.append(
            element(
                "path",
                d=_rounded_bottom(BODY_LEFT, engine_band, BODY_WIDTH, stripe, radius),
                fill=c.band,
            )
        )
        self._eyebrow(
            "What powers us",
            x=CENTRE,
            top=engine_band + (stripe - EYEBROW_SIZE * 1.2) / 2 - 2,
            width=BODY_WIDTH - 2 * radius,
            background=c.band,
            fill=c.brand_text_on(c.band, c.accent_soft),
        )
        # A highlight down the left edge, for roundness.
        self.shapes.append(
            element(
                "rect",
                x=BODY_LEFT + 10,
                y=top + stripe + 8,
                width=6,
                height=max(0.0, engine_band - top - stripe - 16),
                rx=3,
                fill=c.paper,
                fill_opacity=0.18,
            )
        )
        inner_top = top + stripe
        section = (engine_band - inner_top) / len(priorities)
        badge_r = 18.0
        text_left = BODY_LEFT + 26 + 2 * badge_r + 14
        text_width = BODY_RIGHT - 24 - text_left
        # The summary runs the full width, from under the number badge.
        summary_left = BODY_LEFT + 26
        summary_width = BODY_RIGHT - 24 - summary_left
        for index, priority in enumerate(priorities):
            y0 = inner_top + index * section
            fill = c.body if index % 2 == 0 else c.body_alt
            if index % 2:
                self.shapes.append(
                    element("rect", x=BODY_LEFT, y=y0, width=BODY_WIDTH, height=section, fill=fill)
                )
            usable = section - 10
            name = f"Priority '{clean(priority.title)}'"
            title_size = max(21.0, min(26.0, round(section * 0.15)))
            title_fit = self._fit(
                priority.title,
                text_width,
                min(usable, 2 * title_size * 1.15),
                size=title_size,
                bold=True,
                line_height=1.15,
                max_lines=2,
                label=f"{name} title",
            )
            summary_room = usable - title_fit.height - 4
            summary_fit = None
            if summary_room >= MIN_SIZE * 1.2 and clean(priority.summary):
                summary_fit = self._fit(
                    priority.summary,
                    summary_width,
                    summary_room,
                    size=max(17.0, min(20.0, round(section * 0.11))),
                    line_height=1.2,
                    label=f"{name} summary",
                )
            elif clean(priority.summary):
                self.warnings.append(f"{name} summary left off the rocket (no room)")
            block = title_fit.height + (4 + summary_fit.height if summary_fit else 0)
            block_top = y0 + (section - block) / 2
            title_box = self._place(
                title_fit,
                x=text_left,
                top=block_top,
                bold=True,
                background=fill,
                role="priority-title",
            )
            if summary_fit:
                self._place(
                    summary_fit,
                    x=summary_left,
                    top=title_box.bottom + 4,
                    background=fill,
                    role="priority-summary",
                )
            cy = block_top + title_fit.leading / 2
            badge_x = BODY_LEFT + 26 + badge_r
            self.shapes.append(element("circle", cx=badge_x, cy=cy, r=badge_r, fill=c.accent))
            number = self._fit(
                str(index + 1), 2 * badge_r, 2 * badge_r, size=20, bold=True, line_height=1
            )
            self._place(
                number,
                x=badge_x,
                top=cy - number.height / 2,
                anchor="middle",
                bold=True,
                background=c.accent,
                role="priority-number",
            )

    def _fins(self, body_top: float, body_bottom: float) -> float:
        """Two fins carrying the values as labels. Returns the fins' top edge."""
        c = self.c
        names = [value.name for value in self.values.values]
        split = math.ceil(len(names) / 2)
        sides = [names[:split], names[split:]]
        outer_gap = 16.0
        pill_w = BODY_LEFT - 18 - FIN_OUTER - outer_gap
        text_w = pill_w - 28
        fits = [
            self._fit(
                name,
                text_w,
                2 * 19 * 1.15,
                size=19,
                bold=True,
                line_height=1.15,
                max_lines=2,
                balance=True,
                label=f"Value '{clean(name)}' name",
            )
            for name in names
        ]
        pill_h = max(fit.height for fit in fits) + 24
        count = len(sides[0])
        eyebrow_h = EYEBROW_SIZE * 1.2
        content = eyebrow_h + 12 + count * pill_h + (count - 1) * GAP
        tip = body_bottom + 30
        content_bottom = tip - 20
        content_top = content_bottom - content
        outer_top = content_top - 16
        attach_top = max(outer_top - 110, body_top + 60)
        top = attach_top
        for side, side_names in enumerate(sides):
            mirror = side == 1
            self.shapes.append(
                element(
                    "path",
                    d=_fin(attach_top, outer_top, tip, body_bottom - 20, mirror),
                    fill=c.accent,
                )
            )
            pill_x = FIN_OUTER + outer_gap if not mirror else BODY_RIGHT + 18
            centre = pill_x + pill_w / 2
            self._eyebrow(
                "Our values",
                x=centre,
                top=content_top,
                width=pill_w,
                background=c.accent,
            )
            # Centre this side's pills on the other side's when it has fewer.
            offset = (count - len(side_names)) * (pill_h + GAP) / 2
            y = content_top + eyebrow_h + 12 + offset
            for name in side_names:
                fitted = fits[names.index(name)]
                self.shapes.append(
                    element(
                        "rect",
                        x=pill_x,
                        y=y,
                        width=pill_w,
                        height=pill_h,
                        rx=pill_h / 2 if pill_h < 50 else 18,
                        fill=c.card,
                    )
                )
                self._place(
                    fitted,
                    x=centre,
                    top=y + (pill_h - fitted.height) / 2,
                    anchor="middle",
                    bold=True,
                    background=c.card,
                    fill=c.brand_text_on(c.card, self.theme.primary),
                    role="value",
                )
                y += pill_h + GAP
        self.occupied.append(_Rect(MARGIN, attach_top, WIDTH - 2 * MARGIN, tip - attach_top))
        return top

    def _engines(self, pad_top: float) -> float:
        """Nozzles, flames and a label per enabler. Returns the body's bottom edge."""
        c = self.c
        engines = self.strategy.engines
        count = len(engines)
        span = min(WIDTH - 2 * MARGIN, count * 210.0)
        slot = span / count
        label_w = slot - 14
        fits = [
            self._fit(
                engine.title,
                label_w - 20,
                3 * 18 * 1.15,
                size=18,
                bold=True,
                line_height=1.15,
                max_lines=2 if count < 5 else 3,
                balance=True,
                label=f"Engine '{clean(engine.title)}'",
            )
            for engine in engines
        ]
        label_h = max(fit.height for fit in fits) + 22
        label_top = pad_top - 16 - label_h
        flame = 58.0
        nozzle_h = 24.0
        nozzle_bottom = label_top - flame
        body_bottom = nozzle_bottom - nozzle_h
        inner = BODY_WIDTH - 100
        nozzle_w = min(58.0, inner / count - 16)
        for index, fitted in enumerate(fits):
            nx = BODY_LEFT + 50 + inner * (index + 0.5) / count
            lx = CENTRE - span / 2 + slot * (index + 0.5)
            # Straight flames, outer to core, ending just above the labels.
            start = nozzle_bottom - 4
            tip = label_top - 8
            for share, length, fill in (
                (0.84, 1.0, c.accent),
                (0.54, 0.74, c.flame_mid),
                (0.28, 0.48, c.flame_core),
            ):
                self.back.append(
                    _flame(nx, start, nozzle_w * share, nx, start + (tip - start) * length, fill)
                )
            self.shapes.append(_nozzle(nx, body_bottom - 2, nozzle_w, nozzle_h + 2, c.nozzle))
            self.shapes.append(
                element(
                    "rect",
                    x=lx - label_w / 2,
                    y=label_top,
                    width=label_w,
                    height=label_h,
                    rx=min(label_h / 2, 22),
                    fill=c.card,
                    stroke=c.accent,
                    stroke_width=3,
                )
            )
            self._place(
                fitted,
                x=lx,
                top=label_top + (label_h - fitted.height) / 2,
                anchor="middle",
                bold=True,
                background=c.card,
                fill=c.ink,
                role="engine",
            )
        self.occupied.append(
            _Rect(CENTRE - span / 2, body_bottom, span, label_top + label_h - body_bottom)
        )
        return body_bottom

    def _launch_pad(self) -> float:
        """The foundations on a platform at the bottom. Returns its top edge."""
        c = self.c
        items = self.strategy.launch_pad
        left, width = MARGIN, WIDTH - 2 * MARGIN
        pad_x = 24.0
        slot = (width - 2 * pad_x) / len(items)
        fits = [
            self._fit(
                item.title,
                slot - 24,
                2 * 18 * 1.15,
                size=18,
                bold=True,
                line_height=1.15,
                max_lines=2,
                balance=True,
                label=f"Foundation '{clean(item.title)}'",
            )
            for item in items
        ]
        text_h = max(fit.height for fit in fits)
        eyebrow_h = EYEBROW_SIZE * 1.2
        height = 18 + eyebrow_h + 10 + text_h + 18
        bottom = HEIGHT - MARGIN
        top = bottom - height
        self.shapes.append(
            element("rect", x=left, y=top, width=width, height=height, rx=22, fill=c.deep)
        )
        self._eyebrow(
            "Our foundations",
            x=CENTRE,
            top=top + 18,
            width=width - 2 * pad_x,
            background=c.deep,
            fill=c.brand_text_on(c.deep, c.accent_soft),
        )
        row_top = top + 18 + eyebrow_h + 10
        for index, fitted in enumerate(fits):
            x = left + pad_x + slot * (index + 0.5)
            if index:
                sx = left + pad_x + slot * index
                self.shapes.append(
                    element(
                        "path",
                        d=f"M{num(sx)} {num(row_top)}V{num(row_top + text_h)}",
                        stroke=c.deep_line,
                        stroke_width=2,
                        stroke_linecap="round",
                    )
                )
            self._place(
                fitted,
                x=x,
                top=row_top + (text_h - fitted.height) / 2,
                anchor="middle",
                bold=True,
                background=c.deep,
                role="foundation",
            )
        self.occupied.append(_Rect(left, top, width, height))
        return top

    def _boosters(self, top: float, bottom: float) -> None:
        """A school's local priorities, as modules docked either side of the rocket."""
        c = self.c
        width = MODULE_RIGHT - MARGIN
        columns = [list(self.local[0::2]), list(self.local[1::2])]
        tallest = max(len(column) for column in columns)
        gap = 18.0
        card_room = (bottom - top - (tallest - 1) * gap) / tallest
        pad = 14.0
        band = EYEBROW_SIZE * 1.2 + 14
        text_w = width - 2 * pad
        cards: list[list[tuple[FittedText, FittedText | None, float]]] = []
        for column in columns:
            fitted_column = []
            for item in column:
                label = f"Local priority '{clean(item.title)}'"
                inner = card_room - band - 2 * pad
                title = self._fit(
                    item.title,
                    text_w,
                    min(3 * 19 * 1.15, inner),
                    size=19,
                    bold=True,
                    line_height=1.15,
                    max_lines=3,
                    label=f"{label} title",
                )
                summary_room = inner - title.height - 6
                summary = None
                if clean(item.summary) and summary_room >= MIN_SIZE * 1.2:
                    summary = self._fit(
                        item.summary,
                        text_w,
                        summary_room,
                        size=17,
                        line_height=1.2,
                        label=f"{label} summary",
                    )
                elif clean(item.summary):
                    self.warnings.append(f"{label} summary left off the rocket (no room)")
                height = band + 2 * pad + title.height + (6 + summary.height if summary else 0)
                fitted_column.append((title, summary, height))
            cards.append(fitted_column)
        # Both columns share one vertical centre, so the pair looks balanced.
        for side, column in enumerate(cards):
            stack = sum(card[2] for card in column) + (len(column) - 1) * gap
            x = MARGIN if side == 0 else WIDTH - MARGIN - width
            y = top + (bottom - top - stack) / 2
            for title, summary, height in column:
                self._module(x, y, width, height, band)
                self._eyebrow(
                    "Our focus",
                    x=x + pad,
                    top=y + (band - EYEBROW_SIZE * 1.2) / 2,
                    width=text_w,
                    anchor="start",
                    background=c.accent,
                    role="local-eyebrow",
                )
                title_box = self._place(
                    title,
                    x=x + pad,
                    top=y + band + pad,
                    bold=True,
                    background=c.module,
                    fill=c.brand_text_on(c.module, self.theme.primary),
                    role="local-title",
                )
                if summary:
                    self._place(
                        summary,
                        x=x + pad,
                        top=title_box.bottom + 6,
                        background=c.module,
                        fill=c.ink,
                        role="local-summary",
                    )
                y += height + gap
        self.occupied.append(_Rect(MARGIN, top, WIDTH - 2 * MARGIN, bottom - top))

    def _module(self, x: float, y: float, width: float, height: float, band: float) -> None:
        """One local-priority module: a card with an accent band along its top."""
        c = self.c
        self.shapes.append(
            element("rect", x=x, y=y, width=width, height=height, rx=18, fill=c.module)
        )
        self.shapes.append(element("path", d=_rounded_top(x, y, width, band, 18), fill=c.accent))
        self.shapes.append(
            element(
                "rect",
                x=x,
                y=y,
                width=width,
                height=height,
                rx=18,
                fill="none",
                stroke=c.accent,
                stroke_width=3,
            )
        )

    def _backdrop(self, body_top: float) -> None:
        """A soft disc behind the rocket and a scatter of small stars."""
        c = self.c
        self.back.insert(0, element("circle", cx=CENTRE, cy=body_top + 40, r=430, fill=c.halo))
        free = [
            _Rect(box.x - 14, box.y - 14, box.width + 28, box.height + 28) for box in self.boxes
        ] + [
            _Rect(rect.x - 10, rect.y - 10, rect.width + 20, rect.height + 20)
            for rect in self.occupied
        ]
        seed = 7
        stars = []
        for _ in range(140):
            seed = (seed * 1103515245 + 12345) % 2**31
            x = MARGIN / 2 + (seed % 10000) / 10000 * (WIDTH - MARGIN)
            seed = (seed * 1103515245 + 12345) % 2**31
            y = MARGIN / 2 + (seed % 10000) / 10000 * (body_top + 200)
            seed = (seed * 1103515245 + 12345) % 2**31
            big = seed % 5 == 0
            r = 9.0 if big else 2.6
            if any(
                rect.x - r < x < rect.right + r and rect.y - r < y < rect.bottom + r
                for rect in free
            ):
                continue
            if any(math.hypot(x - sx, y - sy) < 60 for sx, sy, _ in stars):
                continue
            stars.append((x, y, big))
            if len(stars) >= 22:
                break
        for x, y, big in stars:
            if big:
                self.back.append(_sparkle(x, y, 9, c.star_dust))
            else:
                self.back.append(element("circle", cx=x, cy=y, r=2.6, fill=c.star_dust))


# -- shapes ----------------------------------------------------------------------


def _sentence(title: str, summary: str) -> str:
    title, summary = clean(title), clean(summary)
    return f"{_end(title)} {_end(summary)}" if summary else _end(title)


def _end(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _star(cx: float, cy: float, r: float, fill: str) -> str:
    points = []
    for index in range(10):
        angle = -math.pi / 2 + index * math.pi / 5
        radius = r if index % 2 == 0 else r * 0.48
        points.append(f"{num(cx + radius * math.cos(angle))},{num(cy + radius * math.sin(angle))}")
    return element(
        "polygon",
        points=" ".join(points),
        fill=fill,
        stroke=fill,
        stroke_width=r * 0.22,
        stroke_linejoin="round",
    )


def _sparkle(cx: float, cy: float, r: float, fill: str) -> str:
    k = r * 0.22
    d = (
        f"M{num(cx)} {num(cy - r)}Q{num(cx + k)} {num(cy - k)} {num(cx + r)} {num(cy)}"
        f"Q{num(cx + k)} {num(cy + k)} {num(cx)} {num(cy + r)}"
        f"Q{num(cx - k)} {num(cy + k)} {num(cx - r)} {num(cy)}"
        f"Q{num(cx - k)} {num(cy - k)} {num(cx)} {num(cy - r)}Z"
    )
    return element("path", d=d, fill=fill)


def _arc(cx: float, cy: float, r: float, start: float, end: float) -> str:
    a0, a1 = math.radians(start), math.radians(end)
    x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
    x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
    return f"M{num(x0)} {num(y0)}A{num(r)} {num(r)} 0 0 1 {num(x1)} {num(y1)}"


def _rounded_top(x: float, y: float, width: float, height: float, r: float) -> str:
    r = min(r, height, width / 2)
    right, bottom = x + width, y + height
    return (
        f"M{num(x)} {num(bottom)}V{num(y + r)}Q{num(x)} {num(y)} {num(x + r)} {num(y)}"
        f"H{num(right - r)}Q{num(right)} {num(y)} {num(right)} {num(y + r)}V{num(bottom)}Z"
    )


def _rounded_bottom(x: float, y: float, width: float, height: float, r: float) -> str:
    r = min(r, height, width / 2)
    right, bottom = x + width, y + height
    return (
        f"M{num(x)} {num(y)}H{num(right)}V{num(bottom - r)}"
        f"Q{num(right)} {num(bottom)} {num(right - r)} {num(bottom)}"
        f"H{num(x + r)}Q{num(x)} {num(bottom)} {num(x)} {num(bottom - r)}Z"
    )


def _fin(
    attach_top: float, outer_top: float, tip: float, attach_bottom: float, mirror: bool
) -> str:
    """A swept fin from the body's side out to the margin (mirrored for the right)."""
    inner, outer = BODY_LEFT + 6, FIN_OUTER
    r = 24.0
    run, rise = inner - outer, outer_top - attach_top
    length = math.hypot(run, rise)
    before = (outer + run * r / length, outer_top - rise * r / length)

    def x(value: float) -> float:
        return WIDTH - value if mirror else value

    return (
        f"M{num(x(inner))} {num(attach_top)}"
        f"L{num(x(before[0]))} {num(before[1])}"
        f"Q{num(x(outer))} {num(outer_top)} {num(x(outer))} {num(outer_top + r)}"
        f"V{num(tip - r)}"
        f"Q{num(x(outer))} {num(tip)} {num(x(outer + r))} {num(tip)}"
        f"L{num(x(inner))} {num(attach_bottom)}Z"
    )


def _nozzle(cx: float, top: float, width: float, height: float, fill: str) -> str:
    top_w = width * 0.62
    d = (
        f"M{num(cx - top_w / 2)} {num(top)}H{num(cx + top_w / 2)}"
        f"L{num(cx + width / 2)} {num(top + height - 4)}"
        f"Q{num(cx + width / 2)} {num(top + height)} {num(cx + width / 2 - 4)} {num(top + height)}"
        f"H{num(cx - width / 2 + 4)}"
        f"Q{num(cx - width / 2)} {num(top + height)} {num(cx - width / 2)} {num(top + height - 4)}Z"
    )
    return element("path", d=d, fill=fill)


def _flame(x0: float, y0: float, width: float, x1: float, y1: float, fill: str) -> str:
    """A flame from a nozzle (level base centred on x0 at y0) to a point at (x1, y1)."""
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    half = width / 2

    def near_tip(side: float) -> str:
        back, across = length * 0.38, side * half * 0.5
        return f"{num(x1 - ux * back + nx * across)} {num(y1 - uy * back + ny * across)}"

    d = (
        f"M{num(x0 - half)} {num(y0)}"
        f"C{num(x0 - half * 1.08)} {num(y0 + length * 0.3)} {near_tip(1)} {num(x1)} {num(y1)}"
        f"C{near_tip(-1)} {num(x0 + half * 1.08)} {num(y0 + length * 0.3)} {num(x0 + half)} {num(y0)}Z"
    )
    return element("path", d=d, fill=fill)


@dataclass(frozen=True)
class _Ogive:
    """The nose cone's outline: two cubic curves from the tip to the base corners."""

    cx: float
    tip: float
    half: float
    height: float

    def _control(self) -> tuple[tuple[float, float], ...]:
        h, w = self.height, self.half
        return ((0.0, 0.0), (w * 0.62, h * 0.16), (w, h * 0.5), (w, h))

    def path(self) -> str:
        (_, _), (x1, y1), (x2, y2), (x3, y3) = self._control()
        cx, tip = self.cx, self.tip
        return (
            f"M{num(cx)} {num(tip)}"
            f"C{num(cx + x1)} {num(tip + y1)} {num(cx + x2)} {num(tip + y2)}"
            f" {num(cx + x3)} {num(tip + y3)}"
            f"H{num(cx - x3)}"
            f"C{num(cx - x2)} {num(tip + y2)} {num(cx - x1)} {num(tip + y1)} {num(cx)} {num(tip)}Z"
        )

    def half_width(self, y: float) -> float:
        """Half the cone's width at height ``y`` (found along the curve)."""
        target = y - self.tip
        points = self._control()
        low, high = 0.0, 1.0
        for _ in range(40):
            t = (low + high) / 2
            if _bezier(points, t)[1] < target:
                low = t
            else:
                high = t
        return _bezier(points, low)[0]


def _bezier(points: tuple[tuple[float, float], ...], t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    u = 1 - t
    a, b, cc, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
    return (a * x0 + b * x1 + cc * x2 + d * x3, a * y0 + b * y1 + cc * y2 + d * y3)


def _steps(start: float, stop: float, step: float = 1.0) -> list[float]:
    """Font sizes from ``start`` down to ``stop``."""
    count = math.floor((start - stop) / step + 1e-9)
    return [start - index * step for index in range(count + 1)]
