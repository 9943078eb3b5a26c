"""The rocket's named geometry: the canvas, margins and the sizes every part is laid out with.

User units on a 1000 x 1414 portrait canvas (1:√2, the A-series shape): a poster
scales this drawing, it does not redraw it.
"""

from __future__ import annotations

import math

WIDTH = 1000.0
HEIGHT = 1414.0
"""Canvas size in user units: portrait, 1:√2 like A4 and A3."""
MIN_SIZE = 16.0
"""Smallest font size: 1.6% of the width, still readable on a 390 px phone."""
MAX_LOCAL_PRIORITIES = 4
"""A school's own focus items the rocket has room for."""

MARGIN = 50.0
CENTRE = WIDTH / 2
NOSE_HEIGHT = 186.0
"""The nose cone's height; it gives up some, down to the minimum, to long priorities."""
NOSE_MIN_HEIGHT = 160.0
STRIPE = 30.0
"""The labelled stripes at the top and bottom of the body."""
BAND_MIN_HEIGHT = 48.0
"""A priority's band is never squeezed below one line of title."""
BODY_WIDTH = 480.0
"""The body's width: the bands of priorities are this wide."""
BODY_LEFT = (WIDTH - BODY_WIDTH) / 2
BODY_RIGHT = BODY_LEFT + BODY_WIDTH
FIN_OUTER = MARGIN + 8
"""How far out (from the page edge) the fins reach."""
MODULE_RIGHT = BODY_LEFT - 22
"""Right edge of the left column of a school's local-priority cards."""
LOGO_SIZE = 80.0
"""A school's logo beside the heading: its height."""
GAP = 10.0
"""The smallest space between two things drawn side by side."""


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
