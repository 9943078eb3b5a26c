"""Untrusted SVG logos made safe: the one cleaner for every logo the site publishes or draws.

A school's logo is published on the site's own origin (where, opened directly, it
would run its scripts) and embedded in graphics as a data-URI ``<image>``. Both go
through :func:`clean_svg`: only SVG elements, no scripts, event handlers, foreign
content, links or references to anything outside the file.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_DROP = {"script", "foreignObject", "iframe", "object", "embed", "audio", "video", "a"}
_SAFE_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$")
_URL_IN_STYLE = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)
_LENGTH = re.compile(r"^\s*([0-9.]+)\s*(px)?\s*$")


class LogoError(ValueError):
    """The logo is not an SVG document we can read."""


@dataclass(frozen=True)
class Logo:
    """A sanitised logo, ready to place."""

    data_uri: str
    aspect: float
    """Width divided by height."""


def clean_svg(svg_text: str) -> str:
    """``svg_text`` without anything that could run code or fetch from elsewhere.

    Raises :class:`LogoError` if it is not an SVG document.
    """
    return _serialise(_cleaned(svg_text), root=True)


def prepare_logo(svg_text: str) -> Logo:
    """Sanitise ``svg_text`` and encode it as a ``data:image/svg+xml`` URI."""
    root = _cleaned(svg_text)
    data = _serialise(root, root=True).encode("utf-8")
    encoded = base64.b64encode(data).decode("ascii")
    return Logo(data_uri=f"data:image/svg+xml;base64,{encoded}", aspect=_aspect(root))


def _cleaned(svg_text: str) -> ET.Element:
    try:
        root = fromstring(svg_text.encode("utf-8"))
    except Exception as error:  # defusedxml raises several unrelated types
        raise LogoError(f"the logo is not valid SVG: {error}") from error
    if root.tag != f"{{{SVG_NS}}}svg":
        raise LogoError("the logo's root element must be <svg> in the SVG namespace")
    _clean(root)
    return root


def _clean(element: ET.Element) -> None:
    for child in list(element):
        tag = child.tag if isinstance(child.tag, str) else ""
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if namespace != SVG_NS or local in _DROP:
            element.remove(child)
            continue
        _clean(child)
    for name in list(element.attrib):
        value = element.attrib[name]
        namespace, _, local = name[1:].partition("}") if name.startswith("{") else ("", "", name)
        if namespace == XLINK_NS and local == "href":
            del element.attrib[name]
            if _safe_href(value):
                element.set("href", value)
            continue
        if (
            namespace
            or local.lower().startswith("on")
            or (local == "href" and not _safe_href(value))
            or (local == "style" and (_URL_IN_STYLE.search(value) or "@import" in value))
        ):
            del element.attrib[name]
    text = element.text or ""
    if element.tag == f"{{{SVG_NS}}}style" and (_URL_IN_STYLE.search(text) or "@import" in text):
        element.text = ""


def _serialise(element: ET.Element, *, root: bool = False) -> str:
    """The cleaned tree as SVG text (only SVG elements and plain attributes remain)."""
    tag = element.tag.partition("}")[2]
    attributes = "".join(f" {name}={quoteattr(value)}" for name, value in element.attrib.items())
    if root:
        attributes = f' xmlns="{SVG_NS}"' + attributes
    inner = escape(element.text or "") + "".join(
        _serialise(child) + escape(child.tail or "") for child in element
    )
    return f"<{tag}{attributes}>{inner}</{tag}>" if inner else f"<{tag}{attributes}/>"


def _safe_href(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or bool(_SAFE_DATA.match(value))


def _aspect(root: ET.Element) -> float:
    box = root.get("viewBox")
    if box:
        parts = box.replace(",", " ").split()
        if len(parts) == 4:
            try:
                width, height = float(parts[2]), float(parts[3])
            except ValueError:
                width = height = 0.0
            if width > 0 and height > 0:
                return width / height
    width_match = _LENGTH.match(root.get("width", ""))
    height_match = _LENGTH.match(root.get("height", ""))
    if width_match and height_match:
        width, height = float(width_match.group(1)), float(height_match.group(1))
        if width > 0 and height > 0:
            return width / height
    return 1.0
