"""Sanitise HTML that schools wrote (their Markdown may contain raw HTML)."""

from __future__ import annotations

import nh3

TAGS = nh3.ALLOWED_TAGS | {
    "section",
    "figure",
    "figcaption",
    "details",
    "summary",
    "caption",
    "fieldset",
    "legend",
    "label",
    "input",
    "nav",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "mark",
    "time",
    "picture",
    "source",
    "svg",
    "rect",
    "path",
    "circle",
    "g",
    "title",
    "desc",
    "text",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir", "role", "tabindex", "hidden"},
    "a": {"href", "download", "rel", "target"},
    "img": {"src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"},
    "source": {"srcset", "type", "media", "sizes"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed", "type"},
    "input": {"type", "name", "value", "checked", "disabled"},
    "label": {"for"},
    "time": {"datetime"},
    "abbr": {"title"},
    "svg": {"viewbox", "viewBox", "xmlns", "focusable", "width", "height"},
    "rect": {"width", "height", "x", "y", "rx", "fill"},
    "text": {"x", "y", "fill", "font-size", "font-weight", "text-anchor"},
    "path": {"d", "fill"},
    "circle": {"cx", "cy", "r", "fill"},
    "g": {"fill", "transform"},
}


_URL_ATTRIBUTES = {"href", "src", "srcset"}
_RESERVED_DATA = ("data-md-", "data-th-switcher", "data-th-current")
"""Attributes the theme's own scripts act on: a school's HTML may not set them."""


def _attribute(element: str, attribute: str, value: str) -> str | None:
    """Drop what the allow-list cannot express: off-site protocol-relative links,
    ids that shadow the theme's own (``__search``), and attributes its scripts act on."""
    if attribute in _URL_ATTRIBUTES and value.lstrip().startswith(("//", "\\", "/\\")):
        return None
    if attribute in ("id", "for") and value.startswith("__"):
        return None
    if attribute.startswith(_RESERVED_DATA):
        return None
    return value


def sanitise_html(html: str) -> str:
    """``html`` reduced to a safe subset: no scripts, handlers, styles or frames."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_attribute,
        generic_attribute_prefixes={"aria-", "data-"},
        link_rel=None,
        url_schemes={"http", "https", "mailto", "tel"},
        strip_comments=True,
    )
