"""Make an SVG from an untrusted folder safe to publish on the site's own origin.

A logo opened directly (not through ``<img>``) runs its scripts, so scripts,
event handlers, foreign content and references to other hosts are removed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
FORBIDDEN = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video"}
_URL_IN_CSS = re.compile(r"url\s*\(\s*['\"]?(?!#)|@import|expression\s*\(", re.IGNORECASE)

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


class UnsafeSvg(ValueError):
    """Not an SVG at all (or not well-formed XML)."""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _safe_reference(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or value.startswith(("data:image/png", "data:image/jpeg"))


def clean_svg(text: str) -> str:
    """The SVG without anything that could run code or fetch from elsewhere."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise UnsafeSvg(f"not well-formed SVG: {exc}") from None
    if _local(root.tag) != "svg":
        raise UnsafeSvg("the file's top element is not <svg>")
    for parent in list(root.iter()):
        for child in list(parent):
            if (
                not isinstance(child.tag, str)
                or _local(child.tag) in FORBIDDEN
                or (_local(child.tag) == "style" and _URL_IN_CSS.search(child.text or ""))
            ):
                parent.remove(child)
        for name, value in list(parent.attrib.items()):
            local = _local(name).lower()
            if (
                local.startswith("on")
                or (local == "href" and not _safe_reference(value))
                or (local == "style" and _URL_IN_CSS.search(value))
            ):
                del parent.attrib[name]
    return ET.tostring(root, encoding="unicode")
