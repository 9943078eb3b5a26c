"""A school's own focus beside its rocket, and the backdrop behind everything."""

from __future__ import annotations

import math
import random

from trusthub.content.models import TitledText
from trusthub.design.shapes import (
    Rect,
    rounded_top,
    sparkle,
)
from trusthub.design.svg import element
from trusthub.design.text import FittedText, clean
from trusthub.graphics.canvas import EYEBROW_HEIGHT
from trusthub.graphics.rocket.geometry import (
    CENTRE,
    MARGIN,
    MIN_SIZE,
    MODULE_RIGHT,
    WIDTH,
)
from trusthub.graphics.rocket.state import RocketState


class FocusParts(RocketState):
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
