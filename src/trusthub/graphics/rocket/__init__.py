"""The "rocket ship" strategy graphic, as an accessible, deterministic SVG.

layout.py    the public entry point and the order parts are laid out in
geometry.py  the canvas and every named size
top.py, body.py, base.py, focus.py   one part of the drawing each
"""

from trusthub.design.svg import TextBox
from trusthub.graphics.rocket.geometry import HEIGHT, WIDTH
from trusthub.graphics.rocket.layout import (
    RocketResult,
    RocketTheme,
    rocket_svg,
    with_embedded_fonts,
)

__all__ = [
    "HEIGHT",
    "WIDTH",
    "RocketResult",
    "RocketTheme",
    "TextBox",
    "rocket_svg",
    "with_embedded_fonts",
]
