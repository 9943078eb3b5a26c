"""Small helpers for writing SVG by hand: escaping, numbers, elements, text blocks.

Output is deterministic: numbers are rounded to one decimal place and attributes
are written in the order given.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from trusthub.design.text import FittedText, FontMetrics


def num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing ".0"."""
    text = f"{round(value, 1):.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


def attrs(**values: object) -> str:
    """`` key="value"`` pairs; ``_`` in a name becomes ``-``, ``None`` is left out."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        text = num(value) if isinstance(value, float | int) else str(value)
        parts.append(f" {name}={quoteattr(text)}")
    return "".join(parts)


def element(tag: str, content: str | None = None, /, **values: object) -> str:
    """An element; self-closing when it has no content."""
    if content is None:
        return f"<{tag}{attrs(**values)}/>"
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


def text_content(text: str) -> str:
    """Text escaped for an element's content."""
    return escape(text)


@dataclass(frozen=True)
class TextBox:
    """Where one block of text sits, in SVG user units, and how it is coloured."""

    x: float
    y: float
    width: float
    height: float
    text: str
    role: str
    """What the text is, e.g. "priority-title" or "value"."""
    size: float
    fill: str
    background: str
    """The colour directly behind the text."""

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: TextBox) -> bool:
        """Whether the two boxes share any area (touching edges do not count)."""
        return (
            self.x < other.right - 1e-6
            and other.x < self.right - 1e-6
            and self.y < other.bottom - 1e-6
            and other.y < self.bottom - 1e-6
        )


def text_block(
    fitted: FittedText,
    metrics: FontMetrics,
    *,
    x: float,
    top: float,
    anchor: str = "start",
    bold: bool = False,
    fill: str,
    background: str,
    role: str,
    letter_spacing: float = 0.0,
) -> tuple[str, TextBox]:
    """A ``<text>`` element with one ``<tspan>`` per line, and the box it fills.

    ``x`` is the left edge, centre or right edge depending on ``anchor``; ``top``
    is the top of the first line box.  Each baseline sits in the middle of its
    line box, by the font's own ascent and descent.
    """
    size = fitted.size
    ascent, descent = metrics.ascent(size), metrics.descent(size)
    leading = fitted.leading
    first = top + (leading - ascent - descent) / 2 + ascent
    spans = "".join(
        element("tspan", text_content(line), x=x, y=first + index * leading)
        for index, line in enumerate(fitted.lines)
    )
    svg = element(
        "text",
        spans,
        font_size=size,
        font_weight="700" if bold else None,
        fill=fill,
        text_anchor=None if anchor == "start" else anchor,
        letter_spacing=letter_spacing or None,
    )
    width = fitted.width
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    box = TextBox(
        x=left,
        y=top,
        width=width,
        height=fitted.height,
        text=fitted.text,
        role=role,
        size=size,
        fill=fill,
        background=background,
    )
    return svg, box
