"""The rocket's named geometry: the canvas, margins and the sizes every part is laid out with.

User units on a 1000 x 1414 portrait canvas (1:√2, the A-series shape): a poster
scales this drawing, it does not redraw it.  On an A3 poster printed to the edge one
unit is 842/1000 pt, so the type sizes here are chosen for A3 (see :data:`A3_PT`):
headings of 36 pt, priorities of 20 pt and nothing under 14 pt.
"""

from __future__ import annotations

import math

WIDTH = 1000.0
HEIGHT = 1414.0
"""Canvas size in user units: portrait, 1:√2 like A4 and A3."""
A3_PT = 842.0 / WIDTH
"""Points per user unit on an A3 poster (the canvas is the poster's trimmed page)."""
MIN_SIZE = 17.0
"""Smallest font size: 14.3 pt on A3."""
HEADING_SIZE = 43.0
""""Our destination" and "Our vision": 36.2 pt on A3, readable across a reception."""
PRIORITY_SIZE = 24.0
"""Smallest priority title: 20.2 pt on A3."""
STATEMENT_SIZE = 24.0
"""The mission and the vision start at this size (they shrink to fit, to MIN_SIZE)."""
MAX_LOCAL_PRIORITIES = 6
"""A school's own focus items the rocket has room for (three a booster)."""

MARGIN = 50.0
MARGIN_Y = 40.0
"""Above the heading and below the launch pad (14 mm on A3)."""
CENTRE = WIDTH / 2
NOSE_HEIGHT = 300.0
"""The nose cone's height; it gives up some, down to the minimum, to long priorities."""
NOSE_MIN_HEIGHT = 240.0
STRIPE = 28.0
"""The stripe at the top of the body."""
BAND_MIN_HEIGHT = 54.0
"""A priority's band is never squeezed below one line of title."""
BODY_WIDTH = 480.0
"""The body's width at its shoulder, where the nose cone sits on it."""
TAPER = 24.0
"""How much narrower the body is on each side at its tail than at its shoulder."""
BODY_LEFT = (WIDTH - BODY_WIDTH) / 2
BODY_RIGHT = BODY_LEFT + BODY_WIDTH
FIN_OUTER = MARGIN + 8
"""How far out (from the page edge) the fins reach."""
BOOSTER_WIDTH = 190.0
"""A school's focus boosters, either side of the body."""
BOOSTER_GAP = 20.0
"""Between a booster and the body (struts cross it)."""
BOOSTER_LEFT = BODY_LEFT - BOOSTER_GAP - BOOSTER_WIDTH
MODULE_RIGHT = BOOSTER_LEFT + BOOSTER_WIDTH
"""Right edge of the left booster."""
LOGO_SIZE = 80.0
"""A school's logo beside the heading: its height."""
GAP = 10.0
"""The smallest space between two things drawn side by side."""


def body_half(top: float, bottom: float, y: float) -> float:
    """Half the body's width at ``y``: it tapers from the shoulder (``top``) to the tail."""
    share = 0.0 if bottom <= top else min(max((y - top) / (bottom - top), 0.0), 1.0)
    return BODY_WIDTH / 2 - TAPER * share


def band_heights(needs: list[float], room: float) -> list[float]:
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


def steps(start: float, stop: float, step: float = 1.0) -> list[float]:
    """Font sizes from ``start`` down to ``stop``."""
    count = math.floor((start - stop) / step + 1e-9)
    return [start - index * step for index in range(count + 1)]
