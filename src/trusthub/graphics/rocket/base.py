"""Under the rocket: the engines' plume, the enablers on its exhaust cloud, and the
launch pad (foundations)."""

from __future__ import annotations

from trusthub.design.shapes import Rect, cloud_base, cloud_puffs, nozzle, plume
from trusthub.design.svg import element, num
from trusthub.design.text import clean
from trusthub.graphics.canvas import EYEBROW_HEIGHT
from trusthub.graphics.rocket.geometry import (
    BODY_WIDTH,
    CENTRE,
    HEIGHT,
    MARGIN,
    MARGIN_Y,
    TAPER,
    WIDTH,
)
from trusthub.graphics.rocket.state import RocketState

ENGINE_SIZE = 19.0
FLAME_LENGTH = 30.0
"""The plume's length between the nozzles and the cloud."""


class BaseParts(RocketState):
    def _engines(self, pad_top: float) -> float:
        """The enablers on an exhaust cloud above the pad. Returns the tail's y (the
        body's bottom edge, where the nozzles hang)."""
        c, canvas = self.c, self.canvas
        engines = self.strategy.engines
        count = len(engines)
        span = WIDTH - 2 * MARGIN
        columns = count if count <= 5 else (count + 1) // 2
        rows = 1 if count <= 5 else 2
        slot = span / columns
        label_w = slot - 14
        fits = [
            canvas.fit(
                engine.title,
                label_w - 20,
                2 * ENGINE_SIZE * 1.15,
                size=ENGINE_SIZE,
                bold=True,
                line_height=1.15,
                max_lines=2,
                balance=True,
                label=f"Engine '{clean(engine.title)}'",
            )
            for engine in engines
        ]
        label_h = max(fit.height for fit in fits) + 18
        rows_top = pad_top - 12 - rows * label_h - (rows - 1) * 8
        eyebrow_top = rows_top - 8 - EYEBROW_HEIGHT
        cloud_top = eyebrow_top - 18
        tail = cloud_top + 8 - FLAME_LENGTH - 26
        # Up to four engines, each firing a plume (outer flame, a lighter one, a bright
        # core) down into the exhaust cloud, drawn in front of its puffs and behind its
        # base, so the flames plunge into the smoke rather than point at the labels.
        nozzles = min(count, 4)
        inner = BODY_WIDTH - 2 * TAPER - 90
        nozzle_w = min(70.0, inner / nozzles - 10)
        start = tail + 20
        # The flames reach down over the smoke to just above the enablers' labels.
        length = rows_top - 6 - start
        left, right = MARGIN - 10, WIDTH - MARGIN + 10
        canvas.back.append(cloud_puffs(left, right, cloud_top, c.smoke))
        flames = []
        for index in range(nozzles):
            nx = CENTRE - inner / 2 + inner * (index + 0.5) / nozzles
            canvas.back.append(nozzle(nx, tail - 2, nozzle_w, 26, c.nozzle))
            flames += [
                plume(nx, start, nozzle_w * 1.05, length, c.accent),
                plume(nx, start, nozzle_w * 0.68, length * 0.8, c.flame_mid),
                plume(nx, start, nozzle_w * 0.34, length * 0.58, c.flame_core),
            ]
        canvas.shapes += [cloud_base(left, right, cloud_top, pad_top + 10, c.smoke), *flames]
        canvas.eyebrow(
            "What powers us",
            x=MARGIN + 14,
            top=eyebrow_top,
            anchor="start",
            width=CENTRE - inner / 2 - nozzle_w * 0.6 - MARGIN - 24,
            background=c.smoke,
            fill=c.brand_text_on(c.smoke, self.theme.primary),
            role="eyebrow-engines",
        )
        for index, fitted in enumerate(fits):
            row, column = divmod(index, columns)
            in_row = min(columns, count - row * columns)
            lx = CENTRE + slot * (column - (in_row - 1) / 2)
            top = rows_top + row * (label_h + 8)
            canvas.shapes.append(
                element(
                    "rect",
                    x=lx - label_w / 2,
                    y=top,
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
                top=top + (label_h - fitted.height) / 2,
                anchor="middle",
                bold=True,
                background=c.card,
                fill=c.ink,
                role="engine",
            )
        canvas.occupied.append(Rect(MARGIN - 10, tail, span + 20, pad_top - tail))
        return tail

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
        height = 14 + EYEBROW_HEIGHT + 8 + text_h + 16
        top = HEIGHT - MARGIN_Y - height
        canvas.shapes.append(
            element("rect", x=left, y=top, width=width, height=height, rx=22, fill=c.band)
        )
        canvas.eyebrow(
            "Our foundations",
            x=CENTRE,
            top=top + 14,
            width=width - 2 * pad_x,
            background=c.band,
            fill=c.brand_text_on(c.band, c.accent_soft),
        )
        row_top = top + 14 + EYEBROW_HEIGHT + 8
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
