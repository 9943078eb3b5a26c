"""What every part of the rocket reads while it is laid out: the content, colours and canvas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trusthub.content.models import Strategy, TitledText, Values
from trusthub.graphics.canvas import Canvas
from trusthub.graphics.palette import RocketPalette

if TYPE_CHECKING:
    from trusthub.graphics.rocket.layout import RocketTheme


class RocketState:
    """The attributes :class:`~trusthub.graphics.rocket.layout.Rocket` sets and its parts read."""

    strategy: Strategy
    values: Values
    theme: RocketTheme
    title: str
    local: Sequence[TitledText]
    school_name: str | None
    logo_svg: str | None
    c: RocketPalette
    canvas: Canvas
