"""The rocket for a phone: the same parts, drawn in the same style, told top to bottom.

The poster is 1000 units wide; shrunk to a 390 px phone its smallest text would
be under 6 px.  This layout is :data:`NARROW_WIDTH` units wide and as tall as its
text needs, with nothing under :data:`NARROW_MIN_SIZE`, so at the ~360 px a phone
gives the picture no text is under 12 CSS px.  Star and destination, the nose cone
with the vision in its window, the tapering body with the priorities, the school's
focus as a section of the body, the values' stage with the fins, the plume and the enablers on their
cloud, and the launch pad.
"""

from __future__ import annotations

from collections.abc import Callable

from trusthub.design.shapes import (
    Ogive,
    cloud_base,
    cloud_puffs,
    fin,
    nozzle,
    plume,
    star,
    tapered_band,
)
from trusthub.design.svg import element
from trusthub.design.text import FittedText, clean
from trusthub.graphics.canvas import Canvas
from trusthub.graphics.rocket.state import RocketState

NARROW_WIDTH = 420.0
NARROW_MIN_SIZE = 16.0
"""At least 12 CSS px when the drawing is 315 px wide or wider."""
M = 18.0
"""Side margin."""
EYEBROW = 17.0


class NarrowParts(RocketState):
    narrow: Canvas

    def _n_text(
        self,
        text: str,
        *,
        x: float,
        top: float,
        width: float,
        size: float,
        background: str,
        bold: bool = False,
        anchor: str = "middle",
        fill: str | None = None,
        role: str,
        line_height: float = 1.2,
    ) -> float:
        """Wrapped text, never abbreviated (the height grows); returns its bottom."""
        fitted: FittedText = self.narrow.fit(
            text,
            width,
            1e5,
            size=size,
            min_size=size,
            bold=bold,
            line_height=line_height,
            balance=anchor == "middle",
        )
        return self.narrow.place(
            fitted,
            x=x,
            top=top,
            anchor=anchor,
            bold=bold,
            background=background,
            fill=fill,
            role=role,
        ).bottom

    def _n_eyebrow(
        self,
        text: str,
        *,
        top: float,
        background: str,
        fill: str | None = None,
        size: float = EYEBROW,
        x: float | None = None,
        width: float | None = None,
        role: str = "eyebrow",
    ) -> float:
        return self.narrow.eyebrow(
            text,
            x=NARROW_WIDTH / 2 if x is None else x,
            top=top,
            width=NARROW_WIDTH - 2 * M if width is None else width,
            background=background,
            fill=fill,
            size=size,
            role=role,
        )

    def draw_narrow(self) -> float:
        """Lay out the narrow rocket on :attr:`narrow`; returns its height."""
        c, canvas = self.c, self.narrow
        w, cx = NARROW_WIDTH, NARROW_WIDTH / 2
        primary = self.theme.primary
        y = 20.0
        if self.school_name:
            y = (
                self._n_eyebrow(
                    self.school_name,
                    top=y,
                    background=c.background,
                    fill=c.brand_text_on(c.background, primary),
                    role="eyebrow-header",
                )
                + 2
            )
        y = self._n_text(
            self.title,
            x=cx,
            top=y,
            width=w - 2 * M,
            size=26,
            bold=True,
            background=c.background,
            fill=c.ink,
            role="title",
            line_height=1.15,
        )
        # The destination: a card, the star on its lower edge.
        card_top = y + 14
        y = self._n_eyebrow(
            "Our destination",
            top=card_top + 12,
            background=c.card,
            fill=c.brand_text_on(c.card, primary),
            size=26,
            role="heading-destination",
        )
        y = self._n_text(
            self.strategy.destination,
            x=cx,
            top=y + 2,
            width=w - 2 * M - 28,
            size=18,
            background=c.card,
            fill=c.ink,
            role="destination",
        )
        card_bottom = y + 26
        canvas.shapes += [
            element(
                "rect",
                x=M,
                y=card_top,
                width=w - 2 * M,
                height=card_bottom - card_top,
                rx=20,
                fill=c.card,
                stroke=c.card_line,
                stroke_width=2,
            ),
            element("circle", cx=cx, cy=card_bottom, r=24, fill=c.card),
            star(cx, card_bottom + 1, 17, c.accent),
        ]
        # The nose cone, "Our vision" on it and the vision in its window.
        tip = card_bottom + 8
        half = (w - 2 * M - 40) / 2
        text_w = 2 * (0.93 * half - 10) - 28
        for _ in range(6):  # narrow the text until the window at its height holds it
            vision = canvas.fit(
                self.strategy.nose, text_w, 1e5, size=17, min_size=17, line_height=1.2, balance=True
            )
            window_h = vision.height + 28
            height = max(220.0, (window_h + 10) / 0.56)
            cone = Ogive(cx, tip, half, height)
            base = tip + height
            window_top = base - 10 - window_h
            room = 2 * (cone.half_width(window_top) - 10) - 28
            if vision.width <= room:
                break
            text_w = room
        heading_top = window_top - 8 - 26 * 1.2
        canvas.back.append(element("path", d=cone.path(), fill=c.accent))
        self._n_eyebrow(
            "Our vision",
            top=heading_top,
            background=c.accent,
            size=26,
            width=2 * cone.half_width(heading_top + 6) - 16,
            role="heading-vision",
        )
        window_w = 2 * (cone.half_width(window_top) - 10)
        canvas.shapes.append(
            element(
                "rect",
                x=cx - window_w / 2,
                y=window_top,
                width=window_w,
                height=window_h,
                rx=20,
                fill=c.card,
                stroke=c.rim,
                stroke_width=5,
            )
        )
        canvas.place(
            vision,
            x=cx,
            top=window_top + 14,
            anchor="middle",
            background=c.card,
            fill=c.ink,
            role="nose",
        )
        # The body, tapering a little: a stripe and one band per priority, then the
        # school's focus as a section of its own, then the values' stage with the fins.
        bands: list[tuple[float, float, str]] = []
        y = base
        y = self._n_stripe("Our priorities", y, bands)
        for index, priority in enumerate(self.strategy.priorities):
            fill = c.body if index % 2 == 0 else c.body_alt
            y = self._n_priority(index, priority.title, priority.summary, y, half, fill, bands)
        if self.local:
            y = self._n_focus(y, half, bands)
        stage_top = y
        y = self._n_values(y, half, bands)
        tail = y
        edge = self._n_edges(base, tail, half)
        canvas.shapes[0:0] = [
            element(
                "path",
                d=tapered_band(
                    top,
                    bottom,
                    cx - edge(top),
                    cx + edge(top),
                    cx - edge(bottom),
                    cx + edge(bottom),
                ),
                fill=fill,
            )
            for top, bottom, fill in bands
        ]
        fin_top = max(stage_top - 40, base + 20)
        canvas.back += [
            element(
                "path",
                d=fin(cx - edge(fin_top) + 6, M - 4, fin_top, stage_top + 30, tail + 44, tail - 4),
                fill=c.accent,
            ),
            element(
                "path",
                d=fin(
                    cx + edge(fin_top) - 6, w - M + 4, fin_top, stage_top + 30, tail + 44, tail - 4
                ),
                fill=c.accent,
            ),
        ]
        # Engines firing into the exhaust cloud, which carries the enablers.
        nozzle_w = 2 * edge(tail) / 3 - 24
        cloud_top = tail + 64
        y = (
            self._n_eyebrow(
                "What powers us",
                top=cloud_top + 34,
                background=c.smoke,
                fill=c.brand_text_on(c.smoke, primary),
                role="eyebrow-engines",
            )
            + 8
        )
        canvas.back.append(cloud_puffs(M - 8, w - M + 8, cloud_top, c.smoke))
        flames = []
        for index in range(3):
            nx = cx + (index - 1) * (nozzle_w + 20)
            canvas.back.append(nozzle(nx, tail - 2, nozzle_w, 20, c.nozzle))
            flames += [
                plume(nx, tail + 16, nozzle_w * 1.05, cloud_top + 26 - tail, c.accent),
                plume(nx, tail + 16, nozzle_w * 0.68, (cloud_top + 26 - tail) * 0.8, c.flame_mid),
                plume(nx, tail + 16, nozzle_w * 0.34, (cloud_top + 26 - tail) * 0.58, c.flame_core),
            ]
        labels = []
        for engine in self.strategy.engines:
            bottom = self._n_text(
                engine.title,
                x=cx,
                top=y + 9,
                width=w - 2 * M - 60,
                size=17,
                bold=True,
                background=c.card,
                fill=c.ink,
                role="engine",
                line_height=1.15,
            )
            labels.append(
                element(
                    "rect",
                    x=M + 20,
                    y=y,
                    width=w - 2 * M - 40,
                    height=bottom + 9 - y,
                    rx=18,
                    fill=c.card,
                    stroke=c.accent,
                    stroke_width=3,
                )
            )
            y = bottom + 9 + 8
        cloud_bottom = y + 8
        canvas.shapes += [cloud_base(M - 8, w - M + 8, cloud_top, cloud_bottom, c.smoke), *flames]
        canvas.shapes += labels
        # The launch pad.
        pad_top = cloud_bottom + 6
        y = (
            self._n_eyebrow(
                "Our foundations",
                top=pad_top + 12,
                background=c.band,
                fill=c.brand_text_on(c.band, c.accent_soft),
            )
            + 6
        )
        for item in self.strategy.launch_pad:
            y = (
                self._n_text(
                    item.title,
                    x=cx,
                    top=y,
                    width=w - 2 * M - 28,
                    size=17,
                    bold=True,
                    background=c.band,
                    role="foundation",
                    line_height=1.15,
                )
                + 6
            )
        pad_bottom = y + 8
        canvas.shapes.append(
            element(
                "rect",
                x=M,
                y=pad_top,
                width=w - 2 * M,
                height=pad_bottom - pad_top,
                rx=18,
                fill=c.band,
            )
        )
        return pad_bottom + 20

    def _n_edges(self, top: float, tail: float, half: float) -> Callable[[float], float]:
        """Half the body's width at a height: it tapers by 10 units from top to tail."""

        def edge(at: float) -> float:
            return half - 10 * (at - top) / max(tail - top, 1.0)

        return edge

    def _n_stripe(self, label: str, top: float, bands: list[tuple[float, float, str]]) -> float:
        c = self.c
        bottom = (
            self._n_eyebrow(
                label,
                top=top + 6,
                background=c.band,
                fill=c.brand_text_on(c.band, c.accent_soft),
                role="eyebrow-priorities",
            )
            + 6
        )
        bands.append((top, bottom, c.band))
        return bottom

    def _n_priority(
        self,
        index: int,
        title: str,
        summary: str,
        top: float,
        half: float,
        fill: str,
        bands: list[tuple[float, float, str]],
    ) -> float:
        c, canvas = self.c, self.narrow
        w = NARROW_WIDTH
        badge_r = 15.0
        left = w / 2 - half + 22
        right = w / 2 + half - 22
        title_bottom = self._n_text(
            title,
            x=left + 2 * badge_r + 10,
            top=top + 12,
            width=right - left - 2 * badge_r - 10,
            size=20,
            bold=True,
            background=fill,
            anchor="start",
            role="priority-title",
            line_height=1.15,
        )
        cy = top + 12 + 11.5
        canvas.shapes.append(element("circle", cx=left + badge_r, cy=cy, r=badge_r, fill=c.accent))
        number = canvas.fit(
            str(index + 1), 2 * badge_r, 2 * badge_r, size=18, min_size=16, bold=True, line_height=1
        )
        canvas.place(
            number,
            x=left + badge_r,
            top=cy - number.height / 2,
            anchor="middle",
            bold=True,
            background=c.accent,
            role="priority-number",
        )
        y = title_bottom
        if clean(summary):
            y = self._n_text(
                summary,
                x=left,
                top=y + 3,
                width=right - left,
                size=16,
                background=fill,
                anchor="start",
                role="priority-summary",
            )
        bottom = y + 12
        bands.append((top, bottom, fill))
        return bottom

    def _n_values(self, top: float, half: float, bands: list[tuple[float, float, str]]) -> float:
        """The values' stage: the values on pills, two a row (an odd last one centred)."""
        c, canvas = self.c, self.narrow
        cx = NARROW_WIDTH / 2
        y = (
            self._n_eyebrow(
                "Our values",
                top=top + 10,
                background=c.band,
                fill=c.brand_text_on(c.band, c.accent_soft),
                role="eyebrow-values",
            )
            + 8
        )
        names = [value.name for value in self.values.values]
        inner = 2 * half - 44
        pill_w = (inner - 10) / 2
        fill = c.brand_text_on(c.card, self.theme.primary)
        for row in range(0, len(names), 2):
            pair = names[row : row + 2]
            fits = [
                canvas.fit(
                    name,
                    pill_w - 16,
                    1e5,
                    size=17,
                    min_size=17,
                    bold=True,
                    line_height=1.15,
                    balance=True,
                )
                for name in pair
            ]
            pill_h = max(fit.height for fit in fits) + 14
            xs = [cx - pill_w / 2] if len(pair) == 1 else [cx - inner / 2, cx + 5]
            for x, fitted in zip(xs, fits, strict=True):
                canvas.shapes.append(
                    element(
                        "rect",
                        x=x,
                        y=y,
                        width=pill_w,
                        height=pill_h,
                        rx=min(pill_h / 2, 18),
                        fill=c.card,
                    )
                )
                canvas.place(
                    fitted,
                    x=x + pill_w / 2,
                    top=y + (pill_h - fitted.height) / 2,
                    anchor="middle",
                    bold=True,
                    background=c.card,
                    fill=fill,
                    role="value",
                )
            y += pill_h + 8
        bottom = y + 8
        bands.append((top, bottom, c.band))
        return bottom

    def _n_focus(self, top: float, half: float, bands: list[tuple[float, float, str]]) -> float:
        """The school's own focus: a section of the body in the focus colour."""
        c = self.c
        w = NARROW_WIDTH
        title_fill = c.brand_text_on(c.module, self.theme.primary)
        y = (
            self._n_eyebrow(
                "Our focus",
                top=top + 10,
                background=c.module,
                fill=title_fill,
                width=2 * half - 40,
                role="local-eyebrow",
            )
            + 4
        )
        left, width = w / 2 - half + 22, 2 * half - 44
        for index, item in enumerate(self.local):
            if index:
                y += 10
            y = self._n_text(
                item.title,
                x=left,
                top=y + 4,
                width=width,
                size=18,
                bold=True,
                background=c.module,
                anchor="start",
                fill=title_fill,
                role="local-title",
                line_height=1.15,
            )
            if clean(item.summary):
                y = self._n_text(
                    item.summary,
                    x=left,
                    top=y + 3,
                    width=width,
                    size=16,
                    background=c.module,
                    anchor="start",
                    fill=c.ink,
                    role="local-summary",
                )
        bottom = y + 14
        bands.append((top, bottom, c.module))
        return bottom
