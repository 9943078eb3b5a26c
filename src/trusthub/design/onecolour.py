"""A logo in one colour, and a logo placed in a drawing.

A full-colour crest cannot simply be filled with one colour (it would become a blank
shield), and neither cairosvg nor every browser can knock details out of a shape,
so a badge-style logo (a dark shield, roundel or tile with lighter details) is
redrawn the way designers draw a one-colour crest: the badge as an outline and the
details inside it solid. Any other logo becomes a solid silhouette. Lock-ups,
favicons and share images all place logos with :func:`logo_element`.
"""

from __future__ import annotations

import base64
import math
import re
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from coloraide import Color
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from trusthub.design import colour
from trusthub.design.logo import SVG_NS, Logo, prepare_logo
from trusthub.design.svg import element, num

CONTRAST_WITH_BADGE = 2.0
"""A detail counts as part of a badge's emblem if it has this much contrast
with the badge (WCAG ratio); details in the badge's own tone are left out."""
BADGE_COVER = 0.5
"""A badge covers at least this share of the logo's viewBox."""
OUTLINE = 0.04
"""A one-colour badge's outline width, as a share of the logo's smaller side."""


@dataclass(frozen=True)
class PlacedLogo:
    svg: str
    width: float
    height: float


def logo_element(
    logo_svg: str,
    *,
    x: float,
    y: float,
    height: float,
    colour: str | None,
    uid: str,
    max_aspect: float = 2.5,
) -> PlacedLogo:
    """The logo as an ``<image>`` ``height`` units tall at (``x``, ``y``), in its
    own colours (``colour=None``) or redrawn in one ``colour``.

    ``uid`` makes any ids this adds unique within the document.  Raises
    :class:`LogoError` if ``logo_svg`` is not SVG.
    """
    if colour is None:
        logo = prepare_logo(logo_svg)
        width = height * min(max(logo.aspect, 1 / max_aspect), max_aspect)
        return PlacedLogo(_image(logo.data_uri, x, y, width, height), width, height)
    flat = one_colour_logo(logo_svg, colour)
    width = height * min(max(flat.logo.aspect, 1 / max_aspect), max_aspect)
    if flat.exact:
        return PlacedLogo(_image(flat.logo.data_uri, x, y, width, height), width, height)
    return PlacedLogo(_silhouette(flat.logo, x, y, width, height, colour, uid), width, height)


def _image(href: str, x: float, y: float, width: float, height: float) -> str:
    return element(
        "image",
        x=x,
        y=y,
        width=width,
        height=height,
        href=href,
        preserveAspectRatio="xMidYMid meet",
    )


_SILHOUETTE_SCALE = 10.0
"""The silhouette's mask is drawn this many times larger and scaled back down:
cairosvg renders a mask at its size in user units, so a small mask comes out blurred."""


def _silhouette(
    logo: Logo, x: float, y: float, width: float, height: float, fill: str, uid: str
) -> str:
    """A rectangle of ``fill`` masked by the logo's alpha: its solid silhouette.

    ``mask-type: alpha`` makes browsers use the logo's opacity, as cairosvg does.
    """
    k = _SILHOUETTE_SCALE
    w, h = width * k, height * k
    mask = element(
        "mask",
        _image(logo.data_uri, 0, 0, w, h),
        id=f"{uid}-mask",
        maskUnits="userSpaceOnUse",
        x=0,
        y=0,
        width=w,
        height=h,
        style="mask-type:alpha",
    )
    rect = element("rect", width=w, height=h, fill=fill, mask=f"url(#{uid}-mask)")
    return element("g", mask + rect, transform=f"translate({num(x)} {num(y)}) scale({1 / k:g})")


@dataclass(frozen=True)
class OneColourLogo:
    logo: Logo
    exact: bool
    """The logo was redrawn in the colour.  If not (it uses features we cannot
    recolour safely: stylesheets, gradients, embedded images, masks, filters),
    :attr:`logo` is the original, to be used as a silhouette mask."""
    badge: bool
    """The logo was read as a badge and redrawn as an outline with its emblem."""


class _Unsupported(Exception):
    pass


_SHAPES = {"path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan"}
_UNSUPPORTED = {
    "style",
    "use",
    "image",
    "pattern",
    "linearGradient",
    "radialGradient",
    "mask",
    "filter",
    "marker",
    "symbol",
    "switch",
    "textPath",
    "feImage",
}
_NOT_DRAWN = {"defs", "clipPath", "title", "desc", "metadata"}
_UNSUPPORTED_PROPS = {"filter", "mask", "marker", "marker-start", "marker-mid", "marker-end"}
_PAINT_PROPS = ("fill", "stroke", "color")


def one_colour_logo(logo_svg: str, fill: str) -> OneColourLogo:
    """The logo redrawn in ``fill`` alone (sanitised, ready to embed).

    A badge (its first shape is filled, covers half the logo or more and has
    details drawn over it) becomes an outline with its contrasting details
    solid; a full-bleed background rectangle is dropped first.  Anything else
    becomes a solid silhouette of its shapes.  Raises :class:`LogoError` if
    ``logo_svg`` is not SVG.
    """
    cleaned = prepare_logo(logo_svg)
    source = base64.b64decode(cleaned.data_uri.partition(",")[2]).decode("utf-8")
    root = fromstring(source.encode("utf-8"))
    try:
        badge = _recolour(root, fill)
    except _Unsupported:
        return OneColourLogo(cleaned, exact=False, badge=False)
    return OneColourLogo(prepare_logo(ET.tostring(root, encoding="unicode")), True, badge)


@dataclass
class _Shape:
    node: ET.Element
    fill: str | None
    stroke: str | None
    stroke_width: float
    transformed: bool


def _recolour(root: ET.Element, fill: str) -> bool:
    box = _viewbox(root)
    shapes: list[_Shape] = []
    _collect(root, {"fill": "#000000", "stroke": None, "color": "#000000"}, False, shapes)

    badge: _Shape | None = None
    drawn = [shape for shape in shapes if shape.fill or shape.stroke]
    if drawn and _is_background(drawn[0], box):
        _paint(drawn[0], None, None)
        drawn = drawn[1:]
    if drawn and box and drawn[0].fill and not drawn[0].transformed:
        first = drawn[0]
        area = _area(first.node, box)
        details = [s for s in drawn[1:] if _contrasts(s, first.fill)]
        if area >= BADGE_COVER and details:
            badge = first

    if badge is None:
        for shape in drawn:
            _paint(shape, fill if shape.fill else None, fill if shape.stroke else None)
        return False

    outline = OUTLINE * min(box[2], box[3]) if box else 4.0
    width = max(outline, badge.stroke_width if badge.stroke else 0.0)
    _paint(badge, None, fill)
    badge.node.set("stroke-width", num(width))
    badge.node.set("stroke-linejoin", "round")
    for shape in drawn[1:]:
        keep_fill = shape.fill is not None and _far(shape.fill, badge.fill)
        keep_stroke = shape.stroke is not None and _far(shape.stroke, badge.fill)
        _paint(shape, fill if keep_fill else None, fill if keep_stroke else None)
    if box:
        x, y, w, h = box
        half = width / 2
        root.set("viewBox", f"{num(x - half)} {num(y - half)} {num(w + width)} {num(h + width)}")
        for attribute in ("width", "height"):
            root.attrib.pop(attribute, None)
    return True


def _collect(
    node: ET.Element,
    inherited: dict[str, str | None],
    transformed: bool,
    shapes: list[_Shape],
) -> None:
    tag = node.tag.partition("}")[2] if isinstance(node.tag, str) else ""
    if tag in _UNSUPPORTED:
        raise _Unsupported(tag)
    if tag in _NOT_DRAWN:
        return
    declared = _declared(node)
    if _UNSUPPORTED_PROPS & declared.keys():
        raise _Unsupported("property")
    values = dict(inherited)
    for prop in _PAINT_PROPS:
        if prop in declared and declared[prop] != "inherit":
            values[prop] = declared[prop]
    current = _paint_value(values["color"], "#000000") or "#000000"
    values["color"] = current
    transformed = transformed or "transform" in node.attrib
    if tag not in _SHAPES:
        _clear_paint(node)  # shapes get their paint set directly
    else:
        stroke = _paint_value(values["stroke"], current)
        width = _length(declared.get("stroke-width", "1"))
        shapes.append(
            _Shape(node, _paint_value(values["fill"], current), stroke, width, transformed)
        )
    for child in node:
        _collect(child, values, transformed, shapes)


def _declared(node: ET.Element) -> dict[str, str]:
    """Presentation attributes, overridden by the ``style`` attribute's declarations."""
    declared = {name: value.strip() for name, value in node.attrib.items()}
    for declaration in node.attrib.get("style", "").split(";"):
        prop, colon, value = declaration.partition(":")
        if colon:
            declared[prop.strip().lower()] = value.replace("!important", "").strip()
    return declared


def _paint_value(value: str | None, current: str) -> str | None:
    """A paint as ``#rrggbb``, or None for no paint."""
    if value is None or value == "none":
        return None
    if value == "currentColor":
        return current
    if value.startswith("url(") or value.startswith("var("):
        raise _Unsupported("paint server")
    try:
        parsed = Color(value)
    except ValueError as error:
        raise _Unsupported(value) from error
    if parsed.alpha() == 0:
        return None
    return str(parsed.convert("srgb").fit("srgb").to_string(hex=True, alpha=False))


def _paint(shape: _Shape, fill: str | None, stroke: str | None) -> None:
    """Set a shape's paint, in place of any it had."""
    _clear_paint(shape.node)
    shape.node.set("fill", fill or "none")
    shape.node.set("stroke", stroke or "none")


_CLEARED = (*_PAINT_PROPS, "opacity", "fill-opacity", "stroke-opacity")
"""Flat colour has no tones: opacity would let one part show through another."""


def _clear_paint(node: ET.Element) -> None:
    """Remove colours and opacity from ``node``'s attributes and ``style``."""
    for attribute in _CLEARED:
        node.attrib.pop(attribute, None)
    style = node.attrib.pop("style", "")
    kept = [
        declaration
        for declaration in style.split(";")
        if declaration.strip() and declaration.partition(":")[0].strip().lower() not in _CLEARED
    ]
    if kept:
        node.set("style", ";".join(kept))


def _contrasts(shape: _Shape, background: str | None) -> bool:
    return background is not None and any(
        paint is not None and _far(paint, background) for paint in (shape.fill, shape.stroke)
    )


def _far(paint: str, background: str | None) -> bool:
    return background is None or colour.contrast(paint, background) >= CONTRAST_WITH_BADGE


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[MmZzLlHhVvCcSsQqTtAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _length(value: str) -> float:
    match = _NUMBER.match(value.strip())
    return float(match.group(0)) if match else 1.0


def _viewbox(root: ET.Element) -> tuple[float, float, float, float] | None:
    parts = root.get("viewBox", "").replace(",", " ").split()
    try:
        if len(parts) == 4:
            x, y, w, h = (float(part) for part in parts)
        else:
            x = y = 0.0
            w, h = _length(root.get("width", "")), _length(root.get("height", ""))
            if "width" not in root.attrib or "height" not in root.attrib:
                return None
    except ValueError:
        return None
    return (x, y, w, h) if w > 0 and h > 0 else None


def _is_background(shape: _Shape, box: tuple[float, float, float, float] | None) -> bool:
    """A plain rectangle over (almost) the whole logo: a background, not a badge."""
    node = shape.node
    if box is None or node.tag != f"{{{SVG_NS}}}rect" or shape.transformed:
        return False
    if _length(node.get("rx", "0")) or _length(node.get("ry", "0")):
        return False
    width, height = node.get("width", "0").strip(), node.get("height", "0").strip()
    if width == "100%" and height == "100%":
        return True
    return _area(node, box) >= 0.95


def _area(node: ET.Element, box: tuple[float, float, float, float]) -> float:
    """The share of the viewBox that ``node``'s bounding box covers (0 if unknown)."""
    bounds = _bounds(node)
    if bounds is None:
        return 0.0
    left, top, right, bottom = bounds
    x, y, w, h = box
    width = max(0.0, min(right, x + w) - max(left, x))
    height = max(0.0, min(bottom, y + h) - max(top, y))
    return width * height / (w * h)


def _bounds(node: ET.Element) -> tuple[float, float, float, float] | None:
    tag = node.tag.partition("}")[2]

    def get(name: str) -> float:
        value = node.get(name, "0").strip()
        if value.endswith("%"):
            raise ValueError(value)
        return _length(value)

    try:
        if tag == "rect":
            x, y = get("x"), get("y")
            return x, y, x + get("width"), y + get("height")
        if tag == "circle":
            cx, cy, r = get("cx"), get("cy"), get("r")
            return cx - r, cy - r, cx + r, cy + r
        if tag == "ellipse":
            cx, cy, rx, ry = get("cx"), get("cy"), get("rx"), get("ry")
            return cx - rx, cy - ry, cx + rx, cy + ry
        if tag in ("polygon", "polyline"):
            numbers = [float(n) for n in _NUMBER.findall(node.get("points", ""))]
            return _extent(list(zip(numbers[::2], numbers[1::2], strict=False)))
        if tag == "path":
            return _extent(_path_points(node.get("d", "")))
    except ValueError:
        return None
    return None


def _extent(points: list[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def _path_points(d: str) -> list[tuple[float, float]]:
    """End and control points of a path (their extent contains the whole path,
    except for arcs, whose radius is added around their end points)."""
    points: list[tuple[float, float]] = []
    tokens = _PATH_TOKEN.findall(d)
    x = y = start_x = start_y = 0.0
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            command = token
            index += 1
            if command in "Zz":
                x, y = start_x, start_y
                continue
        if not command or command in "Zz":
            break
        arity = _ARITY[command.upper()]
        args = [float(value) for value in tokens[index : index + arity]]
        if len(args) < arity:
            break
        index += arity
        relative = command.islower()
        upper = command.upper()
        if upper == "H":
            x = args[0] + (x if relative else 0)
            points.append((x, y))
        elif upper == "V":
            y = args[0] + (y if relative else 0)
            points.append((x, y))
        elif upper == "A":
            rx, ry = abs(args[0]), abs(args[1])
            end_x = args[5] + (x if relative else 0)
            end_y = args[6] + (y if relative else 0)
            for px, py in ((x, y), (end_x, end_y)):
                points += [(px - 2 * rx, py - 2 * ry), (px + 2 * rx, py + 2 * ry)]
            x, y = end_x, end_y
        else:
            pairs = list(zip(args[::2], args[1::2], strict=True))
            absolute = [(px + x, py + y) if relative else (px, py) for px, py in pairs]
            points += absolute
            x, y = absolute[-1]
            if upper == "M":
                start_x, start_y = x, y
                command = "l" if relative else "L"
    return [point for point in points if math.isfinite(point[0]) and math.isfinite(point[1])]
