"""The top of the rocket poster: the heading (with a school's logo), and the mission on a
card with the destination star, which the nose cone points at."""

from __future__ import annotations

from trusthub.design.logo import LogoError, prepare_logo
from trusthub.design.shapes import (
    Rect,
    star,
)
from trusthub.design.svg import element
from trusthub.design.text import clean
from trusthub.graphics.rocket.geometry import (
    CENTRE,
    HEADING_SIZE,
    LOGO_SIZE,
    MARGIN,
    MARGIN_Y,
    STATEMENT_SIZE,
    WIDTH,
)
from trusthub.graphics.rocket.state import RocketState


class TopParts(RocketState):
    def _header(self) -> float:
        """Logo (for a school), eyebrow and title. Returns the bottom edge."""
        c, canvas = self.c, self.canvas
        top = MARGIN_Y
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
        """The mission on a card, with the star the rocket flies to on its lower
        edge. Returns the bottom of the star."""
        c, canvas = self.c, self.canvas
        star_r = 21.0
        width = WIDTH - 2 * MARGIN - 60
        left = CENTRE - width / 2
        pad = 30.0
        heading_bottom = canvas.eyebrow(
            "Our destination",
            x=CENTRE,
            top=top + 8,
            width=width - 2 * pad,
            background=c.card,
            fill=c.brand_text_on(c.card, self.theme.primary),
            role="heading-destination",
            size=HEADING_SIZE,
        )
        mission = canvas.fit(
            self.strategy.destination,
            width - 2 * pad,
            3 * STATEMENT_SIZE * 1.2,
            size=STATEMENT_SIZE,
            line_height=1.2,
            max_lines=3,
            balance=True,
            label="The destination (mission)",
        )
        box = canvas.place(
            mission,
            x=CENTRE,
            top=heading_bottom + 2,
            anchor="middle",
            background=c.card,
            fill=c.ink,
            role="destination",
        )
        badge_r = star_r + 8
        # The star's badge sits just below the mission's last line.
        card_bottom = box.bottom + 2 + badge_r
        outline = {"stroke": c.card_line, "stroke_width": 2}
        # The star's badge bulges out of the card's lower edge as one outline:
        # outlined circle, outlined card over it, then the circle's inside again.
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
        canvas.occupied.append(Rect(left, top, width, card_bottom + badge_r - top))
        # The nose cone's tip reaches up behind the star, which it points at.
        return card_bottom
