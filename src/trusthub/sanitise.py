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


def sanitise_html(html: str) -> str:
    """``html`` reduced to a safe subset: no scripts, handlers, styles or frames."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        generic_attribute_prefixes={"aria-", "data-"},
        link_rel=None,
        url_schemes={"http", "https", "mailto", "tel"},
        strip_comments=True,
    )
