"""The "rocket ship" strategy graphic, as an accessible, deterministic SVG.

The rocket flies towards a **destination** star (the mission).  Its ogive **nose**
cone holds the vision in a window, its tapering **body** one band per strategic
priority, its two swept **fins** the trust's values (the same number each side, an
odd one on the skirt between them), its **engines** fire into an exhaust cloud that
carries the enablers, and it stands on a **launch pad** of foundations.  A school's
version is drawn in the school's colours, with its logo and name, and carries its
local priorities on two boosters strapped to the body.  The same parts are also
laid out for a phone (:mod:`~trusthub.graphics.rocket.narrow`).

The layout is computed here, in user units on a 1000 x 1414 portrait canvas (1:√2,
the A-series shape).  Every line of text is measured with the brand font
(:mod:`trusthub.design.text`): text wraps, shrinks, and only as a last resort is
abbreviated with "…", which :attr:`RocketResult.warnings` then reports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trusthub.content.models import Strategy, TitledText, Values
from trusthub.design.fonts import embedded_font_faces, metrics
from trusthub.design.svg import TextBox
from trusthub.design.text import clean
from trusthub.graphics.canvas import Canvas
from trusthub.graphics.palette import RocketPalette
from trusthub.graphics.rocket.base import BaseParts
from trusthub.graphics.rocket.body import BodyParts
from trusthub.graphics.rocket.focus import FocusParts
from trusthub.graphics.rocket.geometry import (
    HEIGHT,
    MAX_LOCAL_PRIORITIES,
    MIN_SIZE,
    NOSE_HEIGHT,
    NOSE_MIN_HEIGHT,
    STRIPE,
    WIDTH,
)
from trusthub.graphics.rocket.narrow import NARROW_MIN_SIZE, NARROW_WIDTH, NarrowParts
from trusthub.graphics.rocket.top import TopParts


@dataclass(frozen=True)
class RocketTheme:
    """Colours and font for a rocket: the trust's or a school's."""

    primary: str
    """Main colour: the rocket's body."""
    accent: str
    """Accent colour: nose cone, fins, flames, number badges."""
    font_family: str
    """Font family name as the font files declare it, e.g. "Atkinson Hyperlegible"."""
    regular_font: Path
    """The regular (400) font file, WOFF or TTF: measures body text."""
    bold_font: Path
    """The bold (700) font file: measures headings and labels."""
    ink: str = "#1b2130"
    """Dark text colour."""
    paper: str = "#ffffff"
    """Light text and card colour."""


@dataclass(frozen=True)
class RocketResult:
    """A drawn rocket."""

    svg: str
    warnings: tuple[str, ...]
    """Plain sentences about text that was abbreviated or left off to fit."""
    boxes: tuple[TextBox, ...]
    """Every text element's box, in SVG user units, with its colours."""
    narrow: str = ""
    """The same rocket laid out for a phone (:mod:`~trusthub.graphics.rocket.narrow`)."""
    narrow_boxes: tuple[TextBox, ...] = ()
    narrow_height: float = 0.0
    star_top: float = 0.0
    """The top of the destination star's badge: a screen version shows the drawing from
    here down, with the heading and the mission beside it in large type."""


def rocket_svg(
    strategy: Strategy,
    values: Values,
    theme: RocketTheme,
    *,
    title: str,
    local_priorities: Sequence[TitledText] = (),
    school_name: str | None = None,
    logo_svg: str | None = None,
) -> RocketResult:
    """Draw the strategy as a rocket ship.

    ``title`` heads the graphic and names it for assistive technology.  For a
    school's rocket pass ``school_name``, its ``logo_svg`` (SVG source text,
    sanitised before it is embedded) and up to four ``local_priorities``, with
    the school's colours in ``theme``.  The same input always gives the same SVG.
    """
    if len(local_priorities) > MAX_LOCAL_PRIORITIES:
        raise ValueError(f"at most {MAX_LOCAL_PRIORITIES} local priorities fit on the rocket")
    rocket = _Rocket(strategy, values, theme, title, tuple(local_priorities), school_name, logo_svg)
    return rocket.draw()


def with_embedded_fonts(svg: str, theme: RocketTheme) -> str:
    """``svg`` with the theme's two font files embedded as ``@font-face`` data URIs.

    For a rocket that travels on its own (a download, an ``<img>``), where the
    page's fonts are not available.  It adds about 40 KB, so a rocket inlined in
    a page that already loads the brand font should not use it.  The renderers
    do not need it: they find the font through fontconfig.
    """
    faces = embedded_font_faces(theme.font_family, theme.regular_font, theme.bold_font)
    marker = "</desc>\n"
    at = svg.index(marker) + len(marker)
    return f"{svg[:at]}<defs><style>{faces}</style></defs>\n{svg[at:]}"


class _Rocket(TopParts, BodyParts, BaseParts, FocusParts, NarrowParts):
    """Lays out one rocket, part by part (each part in its own module), on a :class:`Canvas`."""

    def __init__(
        self,
        strategy: Strategy,
        values: Values,
        theme: RocketTheme,
        title: str,
        local: tuple[TitledText, ...],
        school_name: str | None,
        logo_svg: str | None,
    ) -> None:
        self.strategy = strategy
        self.values = values
        self.theme = theme
        self.title = title
        self.local = local
        self.school_name = school_name
        self.logo_svg = logo_svg
        self.c = RocketPalette.derive(theme.primary, theme.accent, theme.ink, theme.paper)
        self.canvas = Canvas(
            regular=metrics(Path(theme.regular_font)),
            bold=metrics(Path(theme.bold_font)),
            colours=self.c,
            min_size=MIN_SIZE,
        )
        self.narrow = Canvas(
            regular=self.canvas.regular,
            bold=self.canvas.bold,
            colours=self.c,
            min_size=NARROW_MIN_SIZE,
        )

    def draw(self) -> RocketResult:
        header_bottom = self._header()
        destination_bottom = self._destination(header_bottom + 10)
        pad_top = self._launch_pad()
        tail = self._engines(pad_top)
        skirt = self._skirt()
        nose_tip = destination_bottom
        # The nose gives up a little height when the priorities need it.
        needs = [self._band_need(p.title, p.summary) for p in self.strategy.priorities]
        spare = tail - skirt - nose_tip - STRIPE - sum(needs)
        body_top = self._nose(nose_tip, max(NOSE_MIN_HEIGHT, min(NOSE_HEIGHT, spare)))
        self._body(body_top, tail, skirt, needs)
        fins_top = self._fins(body_top, tail, skirt)
        if self.local:
            self._boosters(nose_tip + 6, fins_top + 8, body_top)
        self._backdrop(body_top, header_bottom + 16, body_top)
        svg = self.canvas.document(
            width=WIDTH,
            height=HEIGHT,
            uid="rocket-" + self._fingerprint()[:10],
            title=self.title,
            description=self._description(),
            font_family=self.theme.font_family,
        )
        narrow_height = self.draw_narrow()
        narrow = self.narrow.document(
            width=NARROW_WIDTH,
            height=narrow_height,
            uid="rocket-narrow-" + self._fingerprint()[:10],
            title=self.title,
            description=self._description(),
            font_family=self.theme.font_family,
        )
        return RocketResult(
            svg,
            tuple(self.canvas.warnings),
            tuple(self.canvas.boxes),
            narrow,
            tuple(self.narrow.boxes),
            narrow_height,
            destination_bottom - 30,
        )

    def _fingerprint(self) -> str:
        """A hash of the input, so that ids differ between rockets on one page."""
        parts = [
            self.strategy.model_dump_json(),
            self.values.model_dump_json(),
            # the theme's colours and family, and its fonts by content, not by where they are
            self.theme.primary,
            self.theme.accent,
            self.theme.ink,
            self.theme.paper,
            self.theme.font_family,
            hashlib.sha256(Path(self.theme.regular_font).read_bytes()).hexdigest(),
            hashlib.sha256(Path(self.theme.bold_font).read_bytes()).hexdigest(),
            self.title,
            repr([item.model_dump_json() for item in self.local]),
            repr(self.school_name),
            self.logo_svg or "",
        ]
        return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()

    def _description(self) -> str:
        """Everything on the rocket, in full, as sentences."""
        strategy = self.strategy
        who = f"{clean(self.school_name)}: " if self.school_name else ""
        sentences = [
            f"{who}{clean(strategy.title)}, drawn as a rocket ship.",
            f"Destination, our mission: {clean(strategy.destination)}",
            f"Nose cone, our vision: {clean(strategy.nose)}",
            f"Body, our {len(strategy.priorities)} strategic priorities: "
            + " ".join(
                f"{index}. {_sentence(item.title, item.summary)}"
                for index, item in enumerate(strategy.priorities, 1)
            ),
            "Fins, our values: " + "; ".join(clean(v.name) for v in self.values.values),
            "Engines, what powers us: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.engines),
            "Launch pad, our foundations: "
            + " ".join(_sentence(item.title, item.summary) for item in strategy.launch_pad),
        ]
        if self.local:
            place = clean(self.school_name) if self.school_name else "our school"
            sentences.append(
                f"Our focus at {place}: "
                + " ".join(_sentence(item.title, item.summary) for item in self.local)
            )
        return " ".join(_end(sentence) for sentence in sentences)


def _sentence(title: str, summary: str) -> str:
    title, summary = clean(title), clean(summary)
    return f"{_end(title)} {_end(summary)}" if summary else _end(title)


def _end(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."
