"""The "rocket ship" strategy graphic, as an accessible, deterministic SVG.

The rocket flies towards a **destination** star (the mission).  Its **nose**
cone holds the vision, its **body** one band per strategic priority, its two
**fins** the trust's values, its **engines** the enablers and its **launch pad**
the foundations.  A school's version is drawn in the school's colours, with its
logo and name, and shows its local priorities as "Our focus" cards either side
of the rocket.

The layout is computed here, in user units on a 1000 x 1414 portrait canvas (1:√2,
the A-series shape).  Every line of text is measured with the brand font
(:mod:`trusthub.design.text`): text wraps, shrinks, and only as a last resort is
abbreviated with "…", which :attr:`RocketResult.warnings` then reports.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trusthub.content.models import Strategy, TitledText, Values
from trusthub.design.fonts import embedded_font_faces, metrics
from trusthub.design.logo import LogoError, prepare_logo
from trusthub.design.shapes import (
    Ogive,
    Rect,
    arc,
    fin,
    flame,
    nozzle,
    rounded_bottom,
    rounded_top,
    sparkle,
    star,
)
from trusthub.design.svg import TextBox, element, num
from trusthub.design.text import FittedText, WrappedText, clean, wrap
from trusthub.graphics.canvas import EYEBROW_HEIGHT, Canvas
from trusthub.graphics.palette import RocketPalette

__all__ = [
    "HEIGHT",
    "WIDTH",
    "RocketResult",
    "RocketTheme",
    "TextBox",
    "rocket_svg",
    "with_embedded_fonts",
]

WIDTH = 1000.0
HEIGHT = 1414.0
"""Canvas size in user units: portrait, 1:√2 like A4 and A3."""
MIN_SIZE = 16.0
"""Smallest font size: 1.6% of the width, still readable on a 390 px phone."""
MAX_LOCAL_PRIORITIES = 4

MARGIN = 50.0
CENTRE = WIDTH / 2
NOSE_HEIGHT = 186.0
NOSE_MIN_HEIGHT = 160.0
STRIPE = 30.0
BAND_MIN_HEIGHT = 48.0
"""A priority's band is never squeezed below one line of title."""
"""The labelled stripes at the top and bottom of the body."""
BODY_WIDTH = 480.0
BODY_LEFT = (WIDTH - BODY_WIDTH) / 2
BODY_RIGHT = BODY_LEFT + BODY_WIDTH
FIN_OUTER = MARGIN + 8
"""How far out (from the page edge) the fins reach."""
MODULE_RIGHT = BODY_LEFT - 22
"""Right edge of the left column of a school's local-priority cards."""
LOGO_SIZE = 80.0
GAP = 10.0


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
    """The regular (400) font file, WOFF or TTF: measures body text."""
    bold_font: Path
    """The bold (700) font file: measures headings and labels."""
    ink: str = "#1b2130"
    """Dark text colour."""
    paper: str = "#ffffff"
    """Light text and card colour."""


@dataclass(frozen=True)
class RocketResult:
    """A drawn rocket."""

    svg: str
    warnings: tuple[str, ...]
    """Plain sentences about text that was abbreviated or left off to fit."""
    boxes: tuple[TextBox, ...]
    """Every text element's box, in SVG user units, with its colours."""


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
    school's rocket pass ``school_name``, its ``logo_svg`` (SVG source text,
    sanitised before it is embedded) and up to four ``local_priorities``, with
    the school's colours in ``theme``.  The same input always gives the same SVG.
    """
    if len(local_priorities) > MAX_LOCAL_PRIORITIES:
        raise ValueError(f"at most {MAX_LOCAL_PRIORITIES} local priorities fit on the rocket")
    rocket = _Rocket(strategy, values, theme, title, tuple(local_priorities), school_name, logo_svg)
    return rocket.draw()


def with_embedded_fonts(svg: str, theme: RocketTheme) -> str:
    """``svg`` with the theme's two font files embedded as ``@font-face`` data URIs.

    For a rocket that travels on its own (a download, an ``<img>``), where the
    page's fonts are not available.  It adds about 40 KB, so a rocket inlined in
    a page that already loads the brand font should not use it.  The renderers
    do not need it: they find the font through fontconfig.
    """
    faces = embedded_font_faces(theme.font_family, theme.regular_font, theme.bold_font)
    marker = "</desc>\n"
    at = svg.index(marker) + len(marker)
    return f"{svg[:at]}<defs><style>{faces}</style></defs>\n{svg[at:]}"


class _Rocket:
    """Lays out one rocket, part by part, on a :class:`Canvas`."""

    def __init__(
        self,
        strategy: Strategy,
        values: Values,
        theme: RocketTheme,
        title: str,
        local: tuple[TitledText, ...],
        school_name: str | None,
        logo_svg: str | None,
    ) -> None:
        self.strategy = strategy
        self.values = values
        self.theme = theme
        self.title = title
        self.local = local
        self.school_name = school_name
        self.logo_svg = logo_svg
        self.c = RocketPalette.derive(theme.primary, theme.secondary, theme.ink, theme.paper)
        self.canvas = Canvas(
            regular=metrics(Path(theme.regular_font)),
            bold=metrics(Path(theme.bold_font)),
            colours=self.c,
            min_size=MIN_SIZE,
        )

    def draw(self) -> RocketResult:
        header_bottom = self._header()
        destination_bottom = self._destination(header_bottom + 16)
        pad_top = self._launch_pad()
        body_bottom = self._engines(pad_top)
        nose_tip = destination_bottom + 8
        # The nose gives up a little height when the priorities need it.
        needs = [self._band_need(p.title, p.summary) for p in self.strategy.priorities]
        spare = body_bottom - nose_tip - 2 * STRIPE - sum(needs)
        body_top = self._nose(nose_tip, max(NOSE_MIN_HEIGHT, min(NOSE_HEIGHT, spare)))
        self._trajectory(destination_bottom, nose_tip)
        self._body(body_top, body_bottom, needs)
        fins_top = self._fins(body_top, body_bottom)
        if self.local:
            self._local_priorities(header_bottom + 18, fins_top - 20)
        self._backdrop(body_top, header_bottom + 16)
        svg = self.canvas.document(
            width=WIDTH,
            height=HEIGHT,
            uid="rocket-" + self._fingerprint()[:10],
            title=self.title,
            description=self._description(),
            font_family=self.theme.font_family,
        )
        return RocketResult(svg, tuple(self.canvas.warnings), tuple(self.canvas.boxes))

    def _fingerprint(self) -> str:
        """A hash of the input, so that ids differ between rockets on one page."""
        parts = [
            self.strategy.model_dump_json(),
            self.values.model_dump_json(),
            # the theme's colours and family, and its fonts by content, not by where they are
            self.theme.primary,
            self.theme.secondary,
            self.theme.ink,
            self.theme.paper,
            self.theme.font_family,
            hashlib.sha256(Path(self.theme.regular_font).read_bytes()).hexdigest(),
            hashlib.sha256(Path(self.theme.bold_font).read_bytes()).hexdigest(),
            self.title,
            repr([item.model_dump_json() for item in self.local]),
            repr(self.school_name),
            self.logo_svg or "",
        ]
        return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()

    def _description(self) -> str:
        """Everything on the rocket, in full, as sentences."""
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
            "Fins, our values: " + "; ".join(clean(v.name) for v in self.values.values),
            "Engines, what powers us: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.engines),
            "Launch pad, our foundations: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.launch_pad),
        ]
        if self.local:
            place = clean(self.school_name) if self.school_name else "our school"
            sentences.append(
                f"Our focus at {place}: "
                + " ".join(_sentence(item.title, item.summary) for item in self.local)
            )
        return " ".join(_end(sentence) for sentence in sentences)

    # -- top: heading and destination --------------------------------------------

    def _header(self) -> float:
        """Logo (for a school), eyebrow and title. Returns the bottom edge."""
        c, canvas = self.c, self.canvas
        top = MARGIN - 8
        left, width, anchor, x = MARGIN, WIDTH - 2 * MARGIN, "middle", CENTRE
        logo = self._logo()
        if logo:
            data_uri, aspect = logo
            logo_w = LOGO_SIZE * min(max(aspect, 0.5), 2.0)
            canvas.shapes.append(
                element(
                    "image",
                    x=MARGIN,
                    y=top,
                    width=logo_w,
                    height=LOGO_SIZE,
                    href=data_uri,
                    preserveAspectRatio="xMidYMid meet",
                )
            )
            left = MARGIN + logo_w + 28
            width = WIDTH - MARGIN - left
            anchor, x = "start", left
        same = clean(self.strategy.title) == clean(self.title)
        eyebrow = self.school_name or (None if same else self.strategy.title)
        y = top
        if eyebrow:
            y = 4 + canvas.eyebrow(
                eyebrow,
                x=x,
                top=y,
                width=width,
                anchor=anchor,
                background=c.background,
                fill=c.brand_text_on(c.background, self.theme.primary),
                role="eyebrow-header",
                label="The school name" if self.school_name else "The strategy title",
            )
        heading = canvas.fit(
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
        box = canvas.place(
            heading,
            x=x,
            top=y,
            anchor=anchor,
            bold=True,
            background=c.background,
            fill=c.ink,
            role="title",
        )
        bottom = max(box.bottom, top + LOGO_SIZE) if logo else box.bottom
        canvas.occupied.append(Rect(MARGIN, top, WIDTH - 2 * MARGIN, bottom - top))
        return bottom

    def _logo(self) -> tuple[str, float] | None:
        if not self.logo_svg:
            return None
        try:
            logo = prepare_logo(self.logo_svg)
        except LogoError as error:
            self.canvas.warnings.append(f"The logo was left off the rocket: {error}")
            return None
        return logo.data_uri, logo.aspect

    def _destination(self, top: float) -> float:
        """The mission on a card, with the star the rocket flies to hanging from
        its lower edge. Returns the bottom of the star."""
        c, canvas = self.c, self.canvas
        star_r = 26.0
        # A school's card is narrower, to leave room for its own focus either side.
        width = 760.0 if not self.local else 2 * (CENTRE - MODULE_RIGHT - 22)
        left = CENTRE - width / 2
        pad = 30.0
        eyebrow_bottom = canvas.eyebrow(
            "Our destination",
            x=CENTRE,
            top=top + 18,
            width=width - 2 * pad,
            background=c.card,
            fill=c.brand_text_on(c.card, self.theme.primary),
        )
        mission = canvas.fit(
            self.strategy.destination,
            width - 2 * pad,
            4 * 23 * 1.25,
            size=23,
            min_size=18,
            max_lines=4 if self.local else 3,
            balance=True,
            label="The destination (mission)",
        )
        box = canvas.place(
            mission,
            x=CENTRE,
            top=eyebrow_bottom + 6,
            anchor="middle",
            background=c.card,
            fill=c.ink,
            role="destination",
        )
        card_bottom = box.bottom + star_r + 10
        outline = {"stroke": c.card_line, "stroke_width": 2}
        # The star's badge bulges out of the card's lower edge as one outline:
        # outlined circle, outlined card over it, then the circle's inside again.
        badge_r = star_r + 12
        canvas.shapes += [
            element("circle", cx=CENTRE, cy=card_bottom, r=badge_r, fill=c.card, **outline),
            element(
                "rect",
                x=left,
                y=top,
                width=width,
                height=card_bottom - top,
                rx=28,
                fill=c.card,
                **outline,
            ),
            element("circle", cx=CENTRE, cy=card_bottom, r=badge_r - 1, fill=c.card),
            star(CENTRE, card_bottom + 1, star_r, c.accent),
        ]
        bottom = card_bottom + star_r + 12
        canvas.occupied.append(Rect(left, top, width, bottom - top))
        return bottom

    def _trajectory(self, top: float, bottom: float) -> None:
        """A dotted line from the nose up to the star."""
        self.canvas.back.append(
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

    # -- the rocket itself -----------------------------------------------------------

    def _nose(self, tip: float, height: float) -> float:
        """The nose cone with the vision. Returns the body's top edge."""
        c, canvas = self.c, self.canvas
        base = tip + height
        cone = Ogive(CENTRE, tip, BODY_WIDTH / 2, height)
        canvas.shapes.append(element("path", d=cone.path(), fill=c.accent))
        canvas.occupied.append(Rect(BODY_LEFT, tip, BODY_WIDTH, height))
        pad = 22.0
        bottom = base - 18
        ceiling = tip + height * 0.2
        eyebrow_h = EYEBROW_HEIGHT + 6
        vision = self._cone_text(cone, ceiling + eyebrow_h, bottom, pad)
        text_top = bottom - vision.height
        eyebrow_top = text_top - eyebrow_h
        canvas.eyebrow(
            "Our vision",
            x=CENTRE,
            top=eyebrow_top,
            width=2 * (cone.half_width(eyebrow_top) - pad),
            background=c.accent,
        )
        canvas.place(
            vision, x=CENTRE, top=text_top, anchor="middle", background=c.accent, role="nose"
        )
        # A porthole above the text, when the cone leaves room for one.
        room_top = tip + height * 0.24
        room = eyebrow_top - 10 - room_top
        if room >= 44:
            r = min(24.0, room / 2 - 2)
            cy = eyebrow_top - 10 - room / 2
            canvas.shapes += [
                element(
                    "circle", cx=CENTRE, cy=cy, r=r, fill=c.window, stroke=c.band, stroke_width=6
                ),
                element(
                    "path",
                    d=arc(CENTRE, cy, r * 0.58, 195, 255),
                    stroke=c.paper,
                    stroke_width=4,
                    stroke_linecap="round",
                    fill="none",
                ),
            ]
        return base

    def _cone_text(self, cone: Ogive, ceiling: float, bottom: float, pad: float) -> FittedText:
        """The vision, wrapped so that each line is as wide as the cone at its height,
        and the lines are as even as that allows."""
        text = clean(self.strategy.nose) or " "
        regular = self.canvas.regular
        start = 22.0
        for size in _steps(start, MIN_SIZE):
            leading = size * 1.25
            most = math.floor((bottom - ceiling) / leading + 1e-6)
            for count in range(1, most + 1):
                tops = [bottom - (count - line) * leading for line in range(count)]
                full = [2 * (cone.half_width(y) - pad) for y in tops]

                def attempt(
                    scale: float,
                    full: list[float] = full,
                    count: int = count,
                    size: float = size,
                ) -> WrappedText | None:
                    widths = [scale * width for width in full]
                    wrapped = wrap(
                        text,
                        regular,
                        size,
                        max(widths),
                        count,
                        line_widths=widths,
                        break_words=False,
                    )
                    return None if wrapped.abbreviated or wrapped.overflows else wrapped

                best = attempt(1.0)
                if best is None:
                    continue
                low, high = 0.5, 1.0
                for _ in range(10):
                    middle = (low + high) / 2
                    trial = attempt(middle)
                    if trial is None:
                        low = middle
                    else:
                        best, high = trial, middle
                return FittedText(
                    lines=best.lines,
                    size=size,
                    line_height=1.25,
                    width=best.width,
                    shrunk=size < start,
                    abbreviated=False,
                )
        # Last resort: a plain box as wide as the cone at the ceiling.
        return self.canvas.fit(
            text,
            2 * (cone.half_width(ceiling) - pad),
            bottom - ceiling,
            size=MIN_SIZE,
            label="The nose (vision)",
        )

    def _band_need(self, title: str, summary: str) -> float:
        """The height a priority's band needs with its text at the usual sizes."""
        title_left = BODY_LEFT + 26 + 2 * 21 * 0.86 + 12
        title_fit = self.canvas.fit(
            title,
            BODY_RIGHT - 24 - title_left,
            2 * 21 * 1.15,
            size=21,
            bold=True,
            line_height=1.15,
            max_lines=2,
        )
        need = title_fit.height + 16
        if clean(summary):
            summary_fit = self.canvas.fit(
                summary, BODY_RIGHT - 50 - BODY_LEFT, 1e4, size=17, line_height=1.2
            )
            need += 4 + summary_fit.height
        return need

    def _body(self, top: float, bottom: float, needs: list[float]) -> None:
        """One band per priority, numbered, between two labelled stripes."""
        c, canvas = self.c, self.canvas
        stripe = STRIPE
        radius = 30.0
        label_fill = c.brand_text_on(c.band, c.accent_soft)
        engine_band = bottom - stripe
        canvas.shapes += [
            element(
                "path",
                d=rounded_bottom(BODY_LEFT, top, BODY_WIDTH, bottom - top, radius),
                fill=c.body,
            ),
            element("rect", x=BODY_LEFT, y=top, width=BODY_WIDTH, height=stripe, fill=c.band),
            element(
                "path",
                d=rounded_bottom(BODY_LEFT, engine_band, BODY_WIDTH, stripe, radius),
                fill=c.band,
            ),
            # A highlight down the left edge, for roundness.
            element(
                "rect",
                x=BODY_LEFT + 10,
                y=top + stripe + 8,
                width=6,
                height=max(0.0, engine_band - top - stripe - 16),
                rx=3,
                fill=c.paper,
                fill_opacity=0.18,
            ),
        ]
        canvas.eyebrow(
            "Our priorities",
            x=CENTRE,
            top=top + (stripe - EYEBROW_HEIGHT) / 2,
            width=BODY_WIDTH - 40,
            background=c.band,
            fill=label_fill,
        )
        canvas.eyebrow(
            "What powers us",
            x=CENTRE,
            top=engine_band + (stripe - EYEBROW_HEIGHT) / 2 - 2,
            width=BODY_WIDTH - 2 * radius,
            background=c.band,
            fill=label_fill,
        )
        inner_top = top + stripe
        y = inner_top
        heights = _band_heights(needs, engine_band - inner_top)
        for index, (priority, height) in enumerate(
            zip(self.strategy.priorities, heights, strict=True)
        ):
            self._priority(index, priority.title, priority.summary, y, height)
            y += height

    def _priority(self, index: int, title: str, summary: str, top: float, height: float) -> None:
        """One priority: a number badge and the title, the summary full width below."""
        c, canvas = self.c, self.canvas
        fill = c.body if index % 2 == 0 else c.body_alt
        if index % 2:
            canvas.shapes.append(
                element("rect", x=BODY_LEFT, y=top, width=BODY_WIDTH, height=height, fill=fill)
            )
        # Fewer priorities leave taller bands: the type grows to suit, within limits.
        title_size = max(21.0, min(26.0, round(height * 0.15)))
        badge_r = title_size * 0.86
        left = BODY_LEFT + 26
        title_left = left + 2 * badge_r + 12
        usable = height - 10
        name = f"Priority '{clean(title)}'"
        title_fit = canvas.fit(
            title,
            BODY_RIGHT - 24 - title_left,
            min(usable, 2 * title_size * 1.15),
            size=title_size,
            bold=True,
            line_height=1.15,
            max_lines=2,
            label=f"{name} title",
        )
        summary_room = usable - title_fit.height - 4
        summary_fit = None
        if clean(summary) and summary_room >= MIN_SIZE * 1.2:
            summary_fit = canvas.fit(
                summary,
                BODY_RIGHT - 24 - left,
                summary_room,
                size=max(17.0, min(20.0, round(height * 0.11))),
                line_height=1.2,
                label=f"{name} summary",
            )
        elif clean(summary):
            canvas.warnings.append(f"{name} summary left off the rocket (no room)")
        block = title_fit.height + (4 + summary_fit.height if summary_fit else 0)
        block_top = top + (height - block) / 2
        title_box = canvas.place(
            title_fit,
            x=title_left,
            top=block_top,
            bold=True,
            background=fill,
            role="priority-title",
        )
        if summary_fit:
            canvas.place(
                summary_fit,
                x=left,
                top=title_box.bottom + 4,
                background=fill,
                role="priority-summary",
            )
        cy = block_top + title_fit.leading / 2
        badge_x = left + badge_r
        canvas.shapes.append(element("circle", cx=badge_x, cy=cy, r=badge_r, fill=c.accent))
        number = canvas.fit(
            str(index + 1),
            2 * badge_r,
            2 * badge_r,
            size=round(title_size * 0.95),
            bold=True,
            line_height=1,
        )
        canvas.place(
            number,
            x=badge_x,
            top=cy - number.height / 2,
            anchor="middle",
            bold=True,
            background=c.accent,
            role="priority-number",
        )

    def _fins(self, body_top: float, body_bottom: float) -> float:
        """Two fins carrying the values on labels. Returns the fins' top edge."""
        c, canvas = self.c, self.canvas
        names = [value.name for value in self.values.values]
        split = math.ceil(len(names) / 2)
        sides = [names[:split], names[split:]]
        pill_w = BODY_LEFT - 18 - FIN_OUTER - 16
        fits = [
            canvas.fit(
                name,
                pill_w - 28,
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
        content = EYEBROW_HEIGHT + 12 + count * pill_h + (count - 1) * GAP
        tip = body_bottom + 30
        content_top = tip - 20 - content
        outer_top = content_top - 16
        attach_top = max(outer_top - 110, body_top + 60)
        value_fill = c.brand_text_on(c.card, self.theme.primary)
        index = 0
        for side, side_names in enumerate(sides):
            right = side == 1
            inner = BODY_RIGHT - 6 if right else BODY_LEFT + 6
            outer = WIDTH - FIN_OUTER if right else FIN_OUTER
            canvas.shapes.append(
                element(
                    "path",
                    d=fin(inner, outer, attach_top, outer_top, tip, body_bottom - 20),
                    fill=c.accent,
                )
            )
            pill_x = BODY_RIGHT + 18 if right else FIN_OUTER + 16
            centre = pill_x + pill_w / 2
            canvas.eyebrow(
                "Our values", x=centre, top=content_top, width=pill_w, background=c.accent
            )
            # A side with fewer values centres them against the other side's.
            y = content_top + EYEBROW_HEIGHT + 12 + (count - len(side_names)) * (pill_h + GAP) / 2
            for _ in side_names:
                fitted = fits[index]
                index += 1
                canvas.shapes.append(
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
                canvas.place(
                    fitted,
                    x=centre,
                    top=y + (pill_h - fitted.height) / 2,
                    anchor="middle",
                    bold=True,
                    background=c.card,
                    fill=value_fill,
                    role="value",
                )
                y += pill_h + GAP
        canvas.occupied.append(Rect(MARGIN, attach_top, WIDTH - 2 * MARGIN, tip - attach_top))
        return attach_top

    # -- bottom: engines and launch pad ----------------------------------------------

    def _engines(self, pad_top: float) -> float:
        """Nozzles and flames, and a label per enabler. Returns the body's bottom edge."""
        c, canvas = self.c, self.canvas
        engines = self.strategy.engines
        count = len(engines)
        span = min(WIDTH - 2 * MARGIN, count * 210.0)
        slot = span / count
        label_w = slot - 14
        fits = [
            canvas.fit(
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
        nozzle_h = 24.0
        nozzle_bottom = label_top - 58
        body_bottom = nozzle_bottom - nozzle_h
        inner = BODY_WIDTH - 100
        nozzle_w = min(58.0, inner / count - 16)
        start = nozzle_bottom - 4
        length = label_top - 8 - start
        for index, fitted in enumerate(fits):
            nx = BODY_LEFT + 50 + inner * (index + 0.5) / count
            for share, reach, fill in (
                (0.84, 1.0, c.accent),
                (0.54, 0.74, c.flame_mid),
                (0.28, 0.48, c.flame_core),
            ):
                canvas.back.append(flame(nx, start, nozzle_w * share, length * reach, fill))
            canvas.shapes.append(nozzle(nx, body_bottom - 2, nozzle_w, nozzle_h + 2, c.nozzle))
            lx = CENTRE - span / 2 + slot * (index + 0.5)
            canvas.shapes.append(
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
            canvas.place(
                fitted,
                x=lx,
                top=label_top + (label_h - fitted.height) / 2,
                anchor="middle",
                bold=True,
                background=c.card,
                fill=c.ink,
                role="engine",
            )
        canvas.occupied.append(
            Rect(CENTRE - span / 2, body_bottom, span, label_top + label_h - body_bottom)
        )
        return body_bottom

    def _launch_pad(self) -> float:
        """The foundations on a platform at the bottom. Returns its top edge."""
        c, canvas = self.c, self.canvas
        items = self.strategy.launch_pad
        left, width = MARGIN, WIDTH - 2 * MARGIN
        pad_x = 24.0
        slot = (width - 2 * pad_x) / len(items)
        fits = [
            canvas.fit(
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
        height = 18 + EYEBROW_HEIGHT + 10 + text_h + 18
        top = HEIGHT - MARGIN - height
        canvas.shapes.append(
            element("rect", x=left, y=top, width=width, height=height, rx=22, fill=c.band)
        )
        canvas.eyebrow(
            "Our foundations",
            x=CENTRE,
            top=top + 18,
            width=width - 2 * pad_x,
            background=c.band,
            fill=c.brand_text_on(c.band, c.accent_soft),
        )
        row_top = top + 18 + EYEBROW_HEIGHT + 10
        for index, fitted in enumerate(fits):
            if index:
                x = left + pad_x + slot * index
                canvas.shapes.append(
                    element(
                        "path",
                        d=f"M{num(x)} {num(row_top)}V{num(row_top + text_h)}",
                        stroke=c.deep_line,
                        stroke_width=2,
                        stroke_linecap="round",
                    )
                )
            canvas.place(
                fitted,
                x=left + pad_x + slot * (index + 0.5),
                top=row_top + (text_h - fitted.height) / 2,
                anchor="middle",
                bold=True,
                background=c.band,
                role="foundation",
            )
        canvas.occupied.append(Rect(left, top, width, height))
        return top

    # -- a school's own focus ------------------------------------------------------

    def _local_priorities(self, top: float, bottom: float) -> None:
        """A school's local priorities, as "Our focus" cards either side of the rocket."""
        c, canvas = self.c, self.canvas
        width = MODULE_RIGHT - MARGIN
        columns = [self.local[0::2], self.local[1::2]]
        tallest = max(len(column) for column in columns)
        gap = 18.0
        pad = 14.0
        band = EYEBROW_HEIGHT + 14
        text_w = width - 2 * pad
        inner = (bottom - top - (tallest - 1) * gap) / tallest - band - 2 * pad
        title_fill = c.brand_text_on(c.module, self.theme.primary)
        for side, column in enumerate(columns):
            cards = [self._fit_local(item, text_w, inner) for item in column]
            heights = [
                band + 2 * pad + title.height + (6 + summary.height if summary else 0)
                for title, summary in cards
            ]
            x = MARGIN if side == 0 else WIDTH - MARGIN - width
            # Both columns share one vertical centre, so the pair looks balanced.
            y = top + (bottom - top - sum(heights) - (len(cards) - 1) * gap) / 2
            for (title, summary), height in zip(cards, heights, strict=True):
                self._card(x, y, width, height, band)
                canvas.eyebrow(
                    "Our focus",
                    x=x + pad,
                    top=y + (band - EYEBROW_HEIGHT) / 2,
                    width=text_w,
                    anchor="start",
                    background=c.accent,
                    role="local-eyebrow",
                )
                title_box = canvas.place(
                    title,
                    x=x + pad,
                    top=y + band + pad,
                    bold=True,
                    background=c.module,
                    fill=title_fill,
                    role="local-title",
                )
                if summary:
                    canvas.place(
                        summary,
                        x=x + pad,
                        top=title_box.bottom + 6,
                        background=c.module,
                        fill=c.ink,
                        role="local-summary",
                    )
                y += height + gap
        canvas.occupied.append(Rect(MARGIN, top, WIDTH - 2 * MARGIN, bottom - top))

    def _fit_local(
        self, item: TitledText, width: float, height: float
    ) -> tuple[FittedText, FittedText | None]:
        canvas = self.canvas
        label = f"Local priority '{clean(item.title)}'"
        title = canvas.fit(
            item.title,
            width,
            min(3 * 19 * 1.15, height),
            size=19,
            bold=True,
            line_height=1.15,
            max_lines=3,
            label=f"{label} title",
        )
        room = height - title.height - 6
        if not clean(item.summary):
            return title, None
        if room < MIN_SIZE * 1.2:
            canvas.warnings.append(f"{label} summary left off the rocket (no room)")
            return title, None
        summary = canvas.fit(
            item.summary, width, room, size=17, line_height=1.2, label=f"{label} summary"
        )
        return title, summary

    def _card(self, x: float, y: float, width: float, height: float, band: float) -> None:
        """A local-priority card: tinted, outlined, with an accent band along its top."""
        c = self.c
        self.canvas.shapes += [
            element("rect", x=x, y=y, width=width, height=height, rx=18, fill=c.module),
            element("path", d=rounded_top(x, y, width, band, 18), fill=c.accent),
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
            ),
        ]

    # -- decoration ----------------------------------------------------------------

    def _backdrop(self, body_top: float, card_top: float) -> None:
        """A soft disc behind the rocket and a scatter of small stars in the clear sky."""
        c, canvas = self.c, self.canvas
        radius = 430.0
        # The disc's top stays tucked behind the destination card.
        cy = max(body_top + 40, card_top + 40 + radius)
        canvas.back.insert(0, element("circle", cx=CENTRE, cy=cy, r=radius, fill=c.halo))
        keep_clear = [
            Rect(box.x, box.y, box.width, box.height).grown(14) for box in canvas.boxes
        ] + [rect.grown(10) for rect in canvas.occupied]
        chance = random.Random(7)  # a fixed seed: the same sky every time
        stars: list[tuple[float, float, bool]] = []
        for _ in range(200):
            x = MARGIN / 2 + chance.random() * (WIDTH - MARGIN)
            y = MARGIN + chance.random() * (body_top + 200 - MARGIN)
            big = chance.random() < 0.25
            r = 9.0 if big else 2.6
            if any(rect.grown(r).contains(x, y) for rect in keep_clear):
                continue
            if any(math.hypot(x - sx, y - sy) < 64 for sx, sy, _ in stars):
                continue
            stars.append((x, y, big))
            if len(stars) >= 24:
                break
        for x, y, big in stars:
            if big:
                canvas.back.append(sparkle(x, y, 9, c.star_dust))
            else:
                canvas.back.append(element("circle", cx=x, cy=y, r=2.6, fill=c.star_dust))


def _band_heights(needs: list[float], room: float) -> list[float]:
    """Equal bands when every band's text fits one; otherwise each band gets what
    it needs plus a fair share of the rest, or, when there is not enough room for
    all of them, a share in proportion to its need."""
    count = len(needs)
    if max(needs) * count <= room:
        return [room / count] * count
    total = sum(needs)
    if total <= room:
        return [need + (room - total) / count for need in needs]
    # Every band keeps room for a line of title; the rest is shared by need.
    floor = min(BAND_MIN_HEIGHT, room / count)
    spare = room - floor * count
    excess = [max(need - floor, 0.0) for need in needs]
    return [floor + spare * part / (sum(excess) or 1.0) for part in excess]


def _sentence(title: str, summary: str) -> str:
    title, summary = clean(title), clean(summary)
    return f"{_end(title)} {_end(summary)}" if summary else _end(title)


def _end(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _steps(start: float, stop: float, step: float = 1.0) -> list[float]:
    """Font sizes from ``start`` down to ``stop``."""
    count = math.floor((start - stop) / step + 1e-9)
    return [start - index * step for index in range(count + 1)]
