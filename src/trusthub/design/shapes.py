"""Vector shapes for the rocket: paths for stars, fins, nozzles, flames, the nose cone.

Each function returns SVG path data or a whole element; coordinates are SVG user
units and every number goes through :func:`~trusthub.design.svg.num`, so the
output is deterministic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from trusthub.design.svg import element, num


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle."""

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

    def grown(self, by: float) -> Rect:
        """The same rectangle with ``by`` added on every side."""
        return Rect(self.x - by, self.y - by, self.width + 2 * by, self.height + 2 * by)

    def contains(self, x: float, y: float) -> bool:
        return self.x < x < self.right and self.y < y < self.bottom


def star(cx: float, cy: float, r: float, fill: str) -> str:
    """A five-pointed star with softly rounded points."""
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


def sparkle(cx: float, cy: float, r: float, fill: str) -> str:
    """A small four-pointed twinkle."""
    k = r * 0.22
    d = (
        f"M{num(cx)} {num(cy - r)}Q{num(cx + k)} {num(cy - k)} {num(cx + r)} {num(cy)}"
        f"Q{num(cx + k)} {num(cy + k)} {num(cx)} {num(cy + r)}"
        f"Q{num(cx - k)} {num(cy + k)} {num(cx - r)} {num(cy)}"
        f"Q{num(cx - k)} {num(cy - k)} {num(cx)} {num(cy - r)}Z"
    )
    return element("path", d=d, fill=fill)


def arc(cx: float, cy: float, r: float, start: float, end: float) -> str:
    """Path data for a circular arc from ``start`` to ``end`` degrees (clockwise)."""
    a0, a1 = math.radians(start), math.radians(end)
    x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
    x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
    return f"M{num(x0)} {num(y0)}A{num(r)} {num(r)} 0 0 1 {num(x1)} {num(y1)}"


def rounded_top(x: float, y: float, width: float, height: float, r: float) -> str:
    """Path data for a rectangle with its top corners rounded."""
    r = min(r, height, width / 2)
    right, bottom = x + width, y + height
    return (
        f"M{num(x)} {num(bottom)}V{num(y + r)}Q{num(x)} {num(y)} {num(x + r)} {num(y)}"
        f"H{num(right - r)}Q{num(right)} {num(y)} {num(right)} {num(y + r)}V{num(bottom)}Z"
    )


def rounded_bottom(x: float, y: float, width: float, height: float, r: float) -> str:
    """Path data for a rectangle with its bottom corners rounded."""
    r = min(r, height, width / 2)
    right, bottom = x + width, y + height
    return (
        f"M{num(x)} {num(y)}H{num(right)}V{num(bottom - r)}"
        f"Q{num(right)} {num(bottom)} {num(right - r)} {num(bottom)}"
        f"H{num(x + r)}Q{num(x)} {num(bottom)} {num(x)} {num(bottom - r)}Z"
    )


def fin(
    inner: float,
    outer: float,
    attach_top: float,
    outer_top: float,
    tip: float,
    attach_bottom: float,
) -> str:
    """Path data for a swept fin.

    The leading edge runs from the body's side at ``inner`` (x) and ``attach_top``
    (y) out to ``outer`` at ``outer_top``; the outer edge runs down to ``tip``; the
    trailing edge returns to the body at ``attach_bottom``.  ``outer`` may be left
    or right of ``inner``, so one function draws both fins.
    """
    r = 24.0
    run, rise = inner - outer, outer_top - attach_top
    length = math.hypot(run, rise)
    before_x, before_y = outer + run * r / length, outer_top - rise * r / length
    towards_body = r if inner > outer else -r
    return (
        f"M{num(inner)} {num(attach_top)}"
        f"L{num(before_x)} {num(before_y)}"
        f"Q{num(outer)} {num(outer_top)} {num(outer)} {num(outer_top + r)}"
        f"V{num(tip - r)}"
        f"Q{num(outer)} {num(tip)} {num(outer + towards_body)} {num(tip)}"
        f"L{num(inner)} {num(attach_bottom)}Z"
    )


def nozzle(cx: float, top: float, width: float, height: float, fill: str) -> str:
    """An engine bell: narrow where it meets the body, flaring to ``width``."""
    top_w = width * 0.62
    left, right, bottom = cx - width / 2, cx + width / 2, top + height
    d = (
        f"M{num(cx - top_w / 2)} {num(top)}H{num(cx + top_w / 2)}"
        f"L{num(right)} {num(bottom - 4)}"
        f"Q{num(right)} {num(bottom)} {num(right - 4)} {num(bottom)}"
        f"H{num(left + 4)}"
        f"Q{num(left)} {num(bottom)} {num(left)} {num(bottom - 4)}Z"
    )
    return element("path", d=d, fill=fill)


def flame(cx: float, top: float, width: float, length: float, fill: str) -> str:
    """A teardrop flame hanging from a nozzle: ``width`` at the top, a point below."""
    half = width / 2
    tip = top + length
    d = (
        f"M{num(cx - half)} {num(top)}"
        f"C{num(cx - half * 1.08)} {num(top + length * 0.3)} {num(cx - half * 0.5)}"
        f" {num(tip - length * 0.38)} {num(cx)} {num(tip)}"
        f"C{num(cx + half * 0.5)} {num(tip - length * 0.38)} {num(cx + half * 1.08)}"
        f" {num(top + length * 0.3)} {num(cx + half)} {num(top)}Z"
    )
    return element("path", d=d, fill=fill)


@dataclass(frozen=True)
class Ogive:
    """The nose cone's outline: two cubic curves from the tip down to the base corners."""

    cx: float
    tip: float
    half: float
    """Half the width at the base."""
    height: float

    def _points(self) -> tuple[tuple[float, float], ...]:
        h, w = self.height, self.half
        return ((0.0, 0.0), (w * 0.3, h * 0.16), (w, h * 0.42), (w, h))

    def path(self) -> str:
        """Path data for the whole cone."""
        _, (x1, y1), (x2, y2), (x3, y3) = self._points()
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
        points = self._points()
        low, high = 0.0, 1.0
        for _ in range(40):
            middle = (low + high) / 2
            if _bezier(points, middle)[1] < target:
                low = middle
            else:
                high = middle
        return _bezier(points, low)[0]


def _bezier(points: tuple[tuple[float, float], ...], t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    u = 1 - t
    a, b, c, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def tapered_band(
    top: float,
    bottom: float,
    left_top: float,
    right_top: float,
    left_bottom: float,
    right_bottom: float,
) -> str:
    """Path data for a band of a tapering body: straight sides from ``top`` to ``bottom``."""
    return (
        f"M{num(left_top)} {num(top)}H{num(right_top)}"
        f"L{num(right_bottom)} {num(bottom)}H{num(left_bottom)}Z"
    )


def plume(cx: float, top: float, width: float, length: float, fill: str) -> str:
    """A flame plume: ``width`` at the nozzle, spreading as it falls and ending in a
    rounded billow ``length`` below, so it reads as thrust rather than as an arrow."""
    half = width / 2
    spread = half * 1.3
    bottom = top + length
    neck = top + length * 0.62
    d = (
        f"M{num(cx - half)} {num(top)}"
        f"C{num(cx - half)} {num(top + length * 0.3)} {num(cx - spread)}"
        f" {num(neck - length * 0.2)} {num(cx - spread)} {num(neck)}"
        f"C{num(cx - spread)} {num(bottom)} {num(cx - spread * 0.4)}"
        f" {num(bottom)} {num(cx)} {num(bottom - length * 0.06)}"
        f"C{num(cx + spread * 0.4)} {num(bottom)} {num(cx + spread)}"
        f" {num(bottom)} {num(cx + spread)} {num(neck)}"
        f"C{num(cx + spread)} {num(neck - length * 0.2)} {num(cx + half)}"
        f" {num(top + length * 0.3)} {num(cx + half)} {num(top)}Z"
    )
    return element("path", d=d, fill=fill)


def cloud_puffs(left: float, right: float, top: float, fill: str) -> str:
    """The puffs along the top of an exhaust cloud, of different sizes."""
    width = right - left
    count = max(4, round(width / 95))
    step = width / (count - 1)
    puffs = []
    for index in range(count):
        r = (34.0, 46.0, 40.0, 52.0)[index % 4]
        x = min(max(left + step * index, left + r), right - r)
        puffs.append(element("circle", cx=x, cy=top + r, r=r, fill=fill))
    return element("g", "".join(puffs))


CLOUD_BASE = 14.0
"""How far below the top of its puffs an exhaust cloud's flat base begins."""


def cloud_base(left: float, right: float, top: float, bottom: float, fill: str) -> str:
    """The flat body of an exhaust cloud, below its puffs."""
    return element(
        "rect",
        x=left,
        y=top + CLOUD_BASE,
        width=right - left,
        height=bottom - top - CLOUD_BASE,
        rx=26,
        fill=fill,
    )


def cloud(left: float, right: float, top: float, bottom: float, fill: str) -> str:
    """An exhaust cloud: puffs of different sizes along ``top`` over a flat base."""
    return element(
        "g", cloud_puffs(left, right, top, fill) + cloud_base(left, right, top, bottom, fill)
    )
