"""Under the rocket: the engines (enablers) and the launch pad (foundations)."""

from __future__ import annotations

from trusthub.design.shapes import (
    Rect,
    flame,
    nozzle,
)
from trusthub.design.svg import element, num
from trusthub.design.text import clean
from trusthub.graphics.canvas import EYEBROW_HEIGHT
from trusthub.graphics.rocket.geometry import (
    BODY_LEFT,
    BODY_WIDTH,
    CENTRE,
    HEIGHT,
    MARGIN,
    WIDTH,
)
from trusthub.graphics.rocket.state import RocketState


class BaseParts(RocketState):
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
