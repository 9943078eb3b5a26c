"""The rocket itself: nose cone (the vision), body bands (the priorities) and fins (the values)."""

from __future__ import annotations

import math

from trusthub.design.shapes import (
    Ogive,
    Rect,
    arc,
    fin,
    rounded_bottom,
)
from trusthub.design.svg import element
from trusthub.design.text import FittedText, WrappedText, clean, wrap
from trusthub.graphics.canvas import EYEBROW_HEIGHT
from trusthub.graphics.rocket.geometry import (
    BODY_LEFT,
    BODY_RIGHT,
    BODY_WIDTH,
    CENTRE,
    FIN_OUTER,
    GAP,
    MARGIN,
    MIN_SIZE,
    STRIPE,
    WIDTH,
    band_heights,
    steps,
)
from trusthub.graphics.rocket.state import RocketState


class BodyParts(RocketState):
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
        for size in steps(start, MIN_SIZE):
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
        heights = band_heights(needs, engine_band - inner_top)
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
