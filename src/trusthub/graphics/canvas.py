"""A drawing surface for generated graphics: layers, measured text and its boxes.

Shapes go into three layers (backdrop, shapes, text) so that text is always drawn
on top.  Every piece of text is fitted with the real font before it is placed,
its box is recorded, and anything that had to be abbreviated becomes a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trusthub.design.fonts import css_family
from trusthub.design.shapes import Rect
from trusthub.design.svg import TextBox, element, num, text_block, text_content
from trusthub.design.text import FittedText, FontMetrics, clean, fit_text
from trusthub.graphics.palette import RocketPalette

EYEBROW_SIZE = 18.0
"""The bold label of each part of a graphic, in sentence case as the brand guide asks
(no all capitals, so no letter-spacing either)."""
EYEBROW_SPACING = 0.0
EYEBROW_HEIGHT = EYEBROW_SIZE * 1.2


@dataclass
class Canvas:
    """Collects a graphic's elements, text boxes and warnings."""

    regular: FontMetrics
    bold: FontMetrics
    colours: RocketPalette
    min_size: float
    back: list[str] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    occupied: list[Rect] = field(default_factory=list)
    """Areas that decoration (stars) must keep clear of."""

    def fit(
        self,
        text: str,
        width: float,
        height: float,
        *,
        size: float,
        bold: bool = False,
        min_size: float | None = None,
        line_height: float = 1.25,
        max_lines: int | None = None,
        balance: bool = False,
        spacing: float = 0.0,
        label: str | None = None,
    ) -> FittedText:
        """Fit ``text`` into a box; if it had to be abbreviated and has a ``label``,
        warn "<label> abbreviated on the rocket"."""
        fitted = fit_text(
            clean(text) or " ",
            self.bold if bold else self.regular,
            width,
            height,
            start_size=size,
            min_size=self.min_size if min_size is None else min_size,
            line_height=line_height,
            max_lines=max_lines,
            balance=balance,
            letter_spacing=spacing,
        )
        if fitted.abbreviated and label:
            self.warnings.append(f"{label} abbreviated on the rocket")
        return fitted

    def place(
        self,
        fitted: FittedText,
        *,
        x: float,
        top: float,
        anchor: str = "start",
        bold: bool = False,
        background: str,
        fill: str | None = None,
        role: str,
        spacing: float = 0.0,
    ) -> TextBox:
        """Draw fitted text with its first line box at ``top``; ink or paper by default."""
        svg, box = text_block(
            fitted,
            self.bold if bold else self.regular,
            x=x,
            top=top,
            anchor=anchor,
            bold=bold,
            fill=fill or self.colours.text_on(background),
            background=background,
            role=role,
            letter_spacing=spacing,
        )
        self.texts.append(svg)
        self.boxes.append(box)
        return box

    def eyebrow(
        self,
        text: str,
        *,
        x: float,
        top: float,
        width: float,
        anchor: str = "middle",
        background: str,
        fill: str | None = None,
        role: str = "eyebrow",
        label: str | None = None,
        size: float = EYEBROW_SIZE,
    ) -> float:
        """A one-line bold label, as written; returns the bottom of its line."""
        fitted = self.fit(
            clean(text),
            width,
            size * 1.2,
            size=size,
            min_size=min(size, max(EYEBROW_SIZE, self.min_size)),
            bold=True,
            line_height=1.2,
            max_lines=1,
            spacing=EYEBROW_SPACING,
            label=label,
        )
        box = self.place(
            fitted,
            x=x,
            top=top,
            anchor=anchor,
            bold=True,
            background=background,
            fill=fill,
            role=role,
            spacing=EYEBROW_SPACING,
        )
        return box.bottom

    def document(
        self,
        *,
        width: float,
        height: float,
        uid: str,
        title: str,
        description: str,
        font_family: str,
    ) -> str:
        """The finished SVG: an accessible image with a title and a description."""
        title_id, desc_id = f"{uid}-title", f"{uid}-desc"
        head = element(
            "svg",
            None,
            xmlns="http://www.w3.org/2000/svg",
            viewBox=f"0 0 {num(width)} {num(height)}",
            width=num(width),
            height=num(height),
            role="img",
            aria_labelledby=f"{title_id} {desc_id}",
            font_family=f"{css_family(font_family, chr(39))}, sans-serif",
        ).removesuffix("/>")
        body = "\n".join(
            [
                element("title", text_content(clean(title)), id=title_id),
                element("desc", text_content(clean(description)), id=desc_id),
                element("rect", width=width, height=height, fill=self.colours.background),
                *self.back,
                *self.shapes,
                *self.texts,
            ]
        )
        return f"{head}>\n{body}\n</svg>\n"
