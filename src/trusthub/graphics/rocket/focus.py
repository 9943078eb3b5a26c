"""A school's own focus, on two boosters strapped to the rocket, and the sky behind it."""

from __future__ import annotations

from trusthub.content.models import TitledText
from trusthub.design.logo import LogoError, prepare_logo
from trusthub.design.shapes import Ogive, Rect, nozzle, sparkle
from trusthub.design.svg import element, num
from trusthub.design.text import FittedText, clean
from trusthub.graphics.canvas import EYEBROW_HEIGHT
from trusthub.graphics.rocket.geometry import (
    BOOSTER_LEFT,
    BOOSTER_WIDTH,
    CENTRE,
    MIN_SIZE,
    WIDTH,
    band_heights,
)
from trusthub.graphics.rocket.state import RocketState

FOCUS_TITLE_SIZE = 19.0
PAD = 12.0
"""Inside a booster, around its text."""
CONE = 64.0
"""A booster's nose cone."""
LOGO_ROOM = 130.0
"""A booster with no item of its own shows the school's badge this tall (at most)."""


class FocusParts(RocketState):
    def _boosters(self, top: float, bottom: float, body_top: float) -> None:
        """The school's focus on two boosters, the same size either side of the body,
        joined to it by struts; the items alternate sides (one more on the left when
        they are odd), under the same label at the same height either side."""
        c, canvas = self.c, self.canvas
        columns = [list(self.local[0::2]), list(self.local[1::2])]
        text_w = BOOSTER_WIDTH - 2 * PAD
        # Boosters as tall as the fuller one needs, standing on the fins: little to say
        # makes short boosters beside the body, not tall empty ones.
        tallest = max(
            sum(self._focus_need(item, text_w) + 20 for item in items) if items else LOGO_ROOM
            for items in columns
        )
        top = max(top, bottom - (CONE + 2 * PAD + EYEBROW_HEIGHT + tallest + 24))
        capsule_top = top + CONE
        eyebrow_bottom = capsule_top + PAD + EYEBROW_HEIGHT
        for side, items in enumerate(columns):
            x = BOOSTER_LEFT if side == 0 else WIDTH - BOOSTER_LEFT - BOOSTER_WIDTH
            cx = x + BOOSTER_WIDTH / 2
            self._booster_shell(x, top, bottom, body_top)
            if not items:
                # One item: the other booster carries the school's badge.
                self._booster_logo(cx, capsule_top + PAD, bottom - PAD)
                continue
            canvas.eyebrow(
                "Our focus",
                x=cx,
                top=capsule_top + PAD,
                width=text_w,
                background=c.module,
                fill=c.brand_text_on(c.module, self.theme.primary),
                role="local-eyebrow",
            )
            needs = [self._focus_need(item, text_w) + 20 for item in items]
            room = bottom - PAD - eyebrow_bottom
            # Items sit under the label, a little air between them; a booster with
            # room to spare keeps it below, like the plain tank of a real booster.
            air = min(24.0, max(0.0, room - sum(needs)) / len(items))
            shares = band_heights(needs, room) if sum(needs) > room else [n + air for n in needs]
            y = eyebrow_bottom
            for index, (item, share) in enumerate(zip(items, shares, strict=True)):
                if index:
                    canvas.shapes.append(
                        element(
                            "path",
                            d=f"M{num(x + PAD)} {num(y)}H{num(x + BOOSTER_WIDTH - PAD)}",
                            stroke=c.card_line,
                            stroke_width=2,
                        )
                    )
                self._focus_item(item, x + PAD, y + 8, text_w, share - 12)
                y += share
        canvas.occupied.append(Rect(BOOSTER_LEFT, top, WIDTH - 2 * BOOSTER_LEFT, bottom - top))

    def _booster_shell(self, x: float, top: float, bottom: float, body_top: float) -> None:
        """A capsule with a nose cone, a nozzle, and two struts to the body."""
        c, canvas = self.c, self.canvas
        cx = x + BOOSTER_WIDTH / 2
        right_side = cx > CENTRE
        capsule_top = top + CONE
        inner_edge = x if right_side else x + BOOSTER_WIDTH
        body_edge = CENTRE + (1 if right_side else -1) * 236
        for share in (0.3, 0.78):
            y = max(body_top + 30, capsule_top + (bottom - capsule_top) * share)
            canvas.back.append(
                element(
                    "path",
                    d=f"M{num(inner_edge)} {num(y)}H{num(body_edge)}",
                    stroke=c.rim,
                    stroke_width=10,
                    stroke_linecap="round",
                )
            )
        canvas.back.append(nozzle(cx, bottom - 4, BOOSTER_WIDTH * 0.55, 22, c.nozzle))
        canvas.shapes += [
            element("path", d=Ogive(cx, top, BOOSTER_WIDTH / 2, CONE + 2).path(), fill=c.accent),
            element(
                "rect",
                x=x,
                y=capsule_top,
                width=BOOSTER_WIDTH,
                height=bottom - capsule_top,
                rx=16,
                fill=c.module,
                stroke=c.accent,
                stroke_width=4,
            ),
        ]

    def _booster_logo(self, cx: float, top: float, bottom: float) -> None:
        """The school's badge on a booster that has no item of its own."""
        if not self.logo_svg:
            return
        try:
            logo = prepare_logo(self.logo_svg)
        except LogoError:
            return
        size = min(BOOSTER_WIDTH - 2 * PAD, bottom - top, 110.0)
        width = size * min(max(logo.aspect, 0.5), 1.0)
        self.canvas.shapes.append(
            element(
                "image",
                x=cx - width / 2,
                y=top + (bottom - top - size) / 2,
                width=width,
                height=size,
                href=logo.data_uri,
                preserveAspectRatio="xMidYMid meet",
            )
        )

    def _focus_need(self, item: TitledText, width: float) -> float:
        """The height an item needs with its text at the usual sizes."""
        fit = self.canvas.fit
        need = fit(
            item.title, width, 1e4, size=FOCUS_TITLE_SIZE, bold=True, line_height=1.15
        ).height
        if clean(item.summary):
            need += 6 + fit(item.summary, width, 1e4, size=MIN_SIZE, line_height=1.2).height
        return need

    def _focus_item(
        self, item: TitledText, x: float, top: float, width: float, room: float
    ) -> None:
        c, canvas = self.c, self.canvas
        label = f"Local priority '{clean(item.title)}'"
        title = canvas.fit(
            item.title,
            width,
            max(min(3 * FOCUS_TITLE_SIZE * 1.15, room), MIN_SIZE * 1.15),
            size=FOCUS_TITLE_SIZE,
            bold=True,
            line_height=1.15,
            max_lines=3,
            label=f"{label} title",
        )
        summary: FittedText | None = None
        left = room - title.height - 6
        if clean(item.summary):
            if left >= MIN_SIZE * 1.2:
                summary = canvas.fit(
                    item.summary,
                    width,
                    left,
                    size=MIN_SIZE,
                    line_height=1.2,
                    label=f"{label} summary",
                )
            else:
                canvas.warnings.append(f"{label} summary left off the rocket (no room)")
        block = title.height + (6 + summary.height if summary else 0)
        y = top + max(0.0, (room - block) / 2)
        box = canvas.place(
            title,
            x=x,
            top=y,
            bold=True,
            background=c.module,
            fill=c.brand_text_on(c.module, self.theme.primary),
            role="local-title",
        )
        if summary:
            canvas.place(
                summary,
                x=x,
                top=box.bottom + 6,
                background=c.module,
                fill=c.ink,
                role="local-summary",
            )

    def _backdrop(self, body_top: float, sky_top: float, sky_bottom: float) -> None:
        """A soft disc behind the rocket, and a few twinkles placed in pairs, mirrored
        about the rocket, in the sky either side of the nose cone."""
        c, canvas = self.c, self.canvas
        radius = 430.0
        cy = max(body_top + 40, sky_top + 40 + radius)
        canvas.back.insert(0, element("circle", cx=CENTRE, cy=cy, r=radius, fill=c.halo))
        if self.local:
            return  # the boosters fill the sky either side
        keep_clear = [
            Rect(box.x, box.y, box.width, box.height).grown(16) for box in canvas.boxes
        ] + [rect.grown(12) for rect in canvas.occupied]
        spots = [(0.12, 0.2, 12.0), (0.22, 0.62, 8.0), (0.08, 0.85, 6.0)]
        for fx, fy, r in spots:
            y = sky_top + (sky_bottom - sky_top) * fy
            pair = (WIDTH * fx, WIDTH * (1 - fx))
            if any(rect.grown(r).contains(x, y) for rect in keep_clear for x in pair):
                continue
            canvas.back += [sparkle(x, y, r, c.star_dust) for x in pair]
