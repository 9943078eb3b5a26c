"""The rocket itself: nose cone with its window (the vision), the tapering body (one band
per priority) and the swept fins (the values)."""

from __future__ import annotations

import math
from functools import cached_property

from trusthub.design.shapes import Ogive, Rect, fin, tapered_band
from trusthub.design.svg import element
from trusthub.design.text import FittedText, WrappedText, clean, wrap
from trusthub.graphics.rocket.geometry import (
    BODY_WIDTH,
    CENTRE,
    FIN_OUTER,
    GAP,
    HEADING_SIZE,
    MIN_SIZE,
    PRIORITY_SIZE,
    STRIPE,
    TAPER,
    WIDTH,
    band_heights,
    body_half,
    steps,
)
from trusthub.graphics.rocket.state import RocketState

VALUE_SIZE = 20.0
WINDOW_PAD = 14.0
"""Inside the vision's window, around its text."""
SUMMARY_SIZE = 17.0


class BodyParts(RocketState):
    def _nose(self, tip: float, height: float) -> float:
        """The nose cone, with the vision in a window. Returns the body's top edge."""
        c, canvas = self.c, self.canvas
        base = tip + height
        cone = Ogive(CENTRE, tip, BODY_WIDTH / 2, height)
        canvas.back.append(element("path", d=cone.path(), fill=c.accent))
        canvas.occupied.append(Rect(CENTRE - BODY_WIDTH / 2, tip, BODY_WIDTH, height))
        # "Our vision" on the cone where it is wide enough; the vision in a window below.
        heading_top = tip + height * 0.22
        needed = canvas.bold.width("Our vision", HEADING_SIZE) + 24
        while 2 * cone.half_width(heading_top + 8) < needed and heading_top < base - 120:
            heading_top += 2
        heading_bottom = canvas.eyebrow(
            "Our vision",
            x=CENTRE,
            top=heading_top,
            width=2 * cone.half_width(heading_top + 8) - 24,
            background=c.accent,
            role="heading-vision",
            size=HEADING_SIZE,
        )
        rim = 6.0
        window_top = heading_bottom + 8
        window_bottom = base - 12
        width = 2 * (cone.half_width(window_top) - 12)
        text_top = window_top + rim + 8
        text_bottom = window_bottom - rim - 8
        vision = self._vision_text(text_top, text_bottom, width)
        canvas.shapes.append(
            element(
                "rect",
                x=CENTRE - width / 2,
                y=window_top,
                width=width,
                height=window_bottom - window_top,
                rx=30,
                fill=c.card,
                stroke=c.rim,
                stroke_width=rim,
            )
        )
        canvas.place(
            vision,
            x=CENTRE,
            top=text_top + max(0.0, text_bottom - text_top - vision.height) / 2,
            anchor="middle",
            background=c.card,
            fill=c.ink,
            role="nose",
        )
        return base

    def _vision_text(self, top: float, bottom: float, width: float) -> FittedText:
        """The vision, wrapped to the window, lines as even as the text allows."""
        text = clean(self.strategy.nose) or " "
        regular = self.canvas.regular
        inner = width - 2 * WINDOW_PAD
        for size in steps(22.0, MIN_SIZE):
            leading = size * 1.2
            most = math.floor((bottom - top) / leading + 1e-6)
            if most < 1:
                continue
            wrapped: WrappedText = wrap(text, regular, size, inner, most, break_words=False)
            if wrapped.abbreviated or wrapped.overflows:
                continue
            return self.canvas.fit(
                text, inner, most * leading, size=size, line_height=1.2, balance=True
            )
        return self.canvas.fit(
            text,
            inner,
            max(bottom - top, MIN_SIZE * 1.2),
            size=MIN_SIZE,
            line_height=1.2,
            label="The nose (vision)",
        )

    def _band_need(self, title: str, summary: str) -> float:
        """The height a priority's band needs with its text at the usual sizes."""
        narrow = BODY_WIDTH - 2 * TAPER
        title_fit = self.canvas.fit(
            title,
            narrow - 2 * 22 - 2 * PRIORITY_SIZE * 0.86 - 12,
            2 * PRIORITY_SIZE * 1.15,
            size=PRIORITY_SIZE,
            bold=True,
            line_height=1.15,
            max_lines=2,
        )
        need = title_fit.height + 10
        if clean(summary):
            summary_fit = self.canvas.fit(
                summary, narrow - 44, 1e4, size=SUMMARY_SIZE, line_height=1.2
            )
            need += 3 + summary_fit.height
        return need

    def _body(self, top: float, tail: float, skirt: float, needs: list[float]) -> None:
        """The tapering body: a stripe, one band per priority, and the skirt above the tail."""
        c, canvas = self.c, self.canvas

        def half(y: float) -> float:
            return body_half(top, tail, y)

        def band(y0: float, y1: float, fill: str) -> str:
            return element(
                "path",
                d=tapered_band(
                    y0,
                    y1,
                    CENTRE - half(y0),
                    CENTRE + half(y0),
                    CENTRE - half(y1),
                    CENTRE + half(y1),
                ),
                fill=fill,
            )

        skirt_top = tail - skirt
        canvas.shapes += [
            band(top, tail, c.body),
            band(top, top + STRIPE, c.band),
            band(skirt_top, tail, c.band),
        ]
        canvas.eyebrow(
            "Our priorities",
            x=CENTRE,
            top=top + (STRIPE - 21.6) / 2,
            width=2 * half(top + STRIPE) - 60,
            background=c.band,
            fill=c.brand_text_on(c.band, c.accent_soft),
            role="eyebrow-priorities",
        )
        y = top + STRIPE
        heights = band_heights(needs, skirt_top - y)
        for index, (priority, height) in enumerate(
            zip(self.strategy.priorities, heights, strict=True)
        ):
            fill = c.body if index % 2 == 0 else c.body_alt
            if index % 2:
                canvas.shapes.append(band(y, y + height, fill))
            left = CENTRE - half(y + height) + 22
            right = CENTRE + half(y + height) - 22
            self._priority(index, priority.title, priority.summary, y, height, left, right, fill)
            y += height
        # A highlight down the left side, for roundness.
        canvas.shapes.append(
            element(
                "path",
                d=tapered_band(
                    top + STRIPE + 8,
                    skirt_top - 8,
                    CENTRE - half(top) + 8,
                    CENTRE - half(top) + 14,
                    CENTRE - half(skirt_top) + 8,
                    CENTRE - half(skirt_top) + 14,
                ),
                fill=c.paper,
                fill_opacity=0.2,
            )
        )

    def _priority(
        self,
        index: int,
        title: str,
        summary: str,
        top: float,
        height: float,
        left: float,
        right: float,
        fill: str,
    ) -> None:
        """One priority: a number badge and the title, the summary full width below."""
        c, canvas = self.c, self.canvas
        title_size = max(PRIORITY_SIZE, min(28.0, round(height * 0.16)))
        badge_r = title_size * 0.86
        title_left = left + 2 * badge_r + 12
        usable = height - 6
        name = f"Priority '{clean(title)}'"
        title_fit = canvas.fit(
            title,
            right - title_left,
            min(usable, 2 * title_size * 1.15),
            size=title_size,
            min_size=PRIORITY_SIZE,
            bold=True,
            line_height=1.15,
            max_lines=2,
            label=f"{name} title",
        )
        summary_room = usable - title_fit.height - 3
        summary_fit = None
        if clean(summary) and summary_room >= MIN_SIZE * 1.2:
            summary_fit = canvas.fit(
                summary,
                right - left,
                summary_room,
                size=max(SUMMARY_SIZE, min(21.0, round(height * 0.11))),
                line_height=1.2,
                label=f"{name} summary",
            )
        elif clean(summary):
            canvas.warnings.append(f"{name} summary left off the rocket (no room)")
        block = title_fit.height + (3 + summary_fit.height if summary_fit else 0)
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
                top=title_box.bottom + 3,
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

    @cached_property
    def _value_pills(self) -> tuple[list[FittedText], float, float]:
        """The values' names fitted to their pills: (fits, pill width, pill height)."""
        pill_w = CENTRE - BODY_WIDTH / 2 + TAPER - 16 - (FIN_OUTER + 14)
        fits = [
            self.canvas.fit(
                value.name,
                pill_w - 24,
                2 * VALUE_SIZE * 1.15,
                size=VALUE_SIZE,
                bold=True,
                line_height=1.15,
                max_lines=2,
                balance=True,
                label=f"Value '{clean(value.name)}' name",
            )
            for value in self.values.values
        ]
        return fits, pill_w, max(fit.height for fit in fits) + 20

    def _skirt(self) -> float:
        """The skirt's height: a centre value sits on it when the values are odd."""
        _, _, pill_h = self._value_pills
        return pill_h + 20 if len(self.values.values) % 2 else 28.0

    def _fins(self, body_top: float, tail: float, skirt: float) -> float:
        """Two swept fins, the values on them, the same number each side; an odd one
        out sits on the skirt between them. Returns the fins' top edge."""
        c, canvas = self.c, self.canvas
        fits, pill_w, pill_h = self._value_pills
        count = len(fits)
        per_side = count // 2
        skirt_top = tail - skirt
        # The lowest row of pills lines up with the skirt (and the centre value on it).
        row_top = skirt_top + 10 if count % 2 else tail - 10 - pill_h
        column_top = row_top - (per_side - 1) * (pill_h + GAP)
        content_top = column_top - 21.6 - 10
        outer_top = content_top - 14
        tip = tail + 56
        attach_top = max(outer_top - 150, body_top + 40)
        value_fill = c.brand_text_on(c.card, self.theme.primary)
        order = [*range(0, 2 * per_side, 2), *range(1, 2 * per_side, 2)]
        sides = [order[:per_side], order[per_side:]]
        for side, indices in enumerate(sides):
            right = side == 1
            inner = (
                (CENTRE + body_half(body_top, tail, attach_top) - 4)
                if right
                else (CENTRE - body_half(body_top, tail, attach_top) + 4)
            )
            outer = WIDTH - FIN_OUTER if right else FIN_OUTER
            canvas.back.append(
                element(
                    "path",
                    d=fin(inner, outer, attach_top, outer_top, tip, tail - 6),
                    fill=c.accent,
                )
            )
            pill_x = WIDTH - FIN_OUTER - 14 - pill_w if right else FIN_OUTER + 14
            centre = pill_x + pill_w / 2
            canvas.eyebrow(
                "Our values",
                x=centre,
                top=content_top,
                width=pill_w,
                background=c.accent,
                role="eyebrow-values",
            )
            y = column_top
            for index in indices:
                self._pill(fits[index], pill_x, y, pill_w, pill_h, value_fill)
                y += pill_h + GAP
        if count % 2:
            self._pill(fits[-1], CENTRE - pill_w / 2, row_top, pill_w, pill_h, value_fill)
        canvas.occupied.append(Rect(FIN_OUTER, attach_top, WIDTH - 2 * FIN_OUTER, tip - attach_top))
        return attach_top

    def _pill(
        self, fitted: FittedText, x: float, y: float, width: float, height: float, fill: str
    ) -> None:
        c, canvas = self.c, self.canvas
        canvas.shapes.append(
            element(
                "rect",
                x=x,
                y=y,
                width=width,
                height=height,
                rx=height / 2 if height < 50 else 18,
                fill=c.card,
            )
        )
        canvas.place(
            fitted,
            x=x + width / 2,
            top=y + (height - fitted.height) / 2,
            anchor="middle",
            bold=True,
            background=c.card,
            fill=fill,
            role="value",
        )
