"""A school section's sidebar navigation, rendered once per section instead of once per page.

The markup matches Material's own (links, one level of collapsible sections).
Links are written relative to the site root (``../../schools/x/values/``), so the
same HTML serves every page of the section once the root prefix is filled in;
the current page's link and its section are marked per page by replacing
placeholders, which is far cheaper than running Material's navigation macros
for each of a thousand pages.
"""

from __future__ import annotations

import html
import re
from typing import Any

from .urls import page_url

ROOT = "\x00root\x00"
_MARK = re.compile("\x00[a-z]:[^\x00]*\x00")


def section_nav(nav: list[Any]) -> str:
    """The navigation list of a section (``{title: src_uri | [...]}`` items), with placeholders."""
    parts: list[str] = []
    _items(nav, parts, "__nav", 1)
    return "".join(parts)


def _items(nav: list[Any], parts: list[str], path: str, level: int) -> list[str]:
    uris: list[str] = []
    for index, entry in enumerate(nav, 1):
        ((title, target),) = entry.items()
        name = html.escape(str(title))
        if isinstance(target, list):
            child_path = f"{path}_{index}"
            children: list[str] = []
            inner = _items(target, children, child_path, level + 1)
            group = "|".join(inner)
            uris.extend(inner)
            parts.append(
                f'<li class="md-nav__item md-nav__item--nested\x00s:{group}\x00">'
                f'<input class="md-nav__toggle md-toggle" type="checkbox" id="{child_path}"'
                f"\x00c:{group}\x00>"
                f'<label class="md-nav__link" for="{child_path}" id="{child_path}_label" '
                f'tabindex="0"><span class="md-ellipsis">{name}</span>'
                f'<span class="md-nav__icon md-icon"></span></label>'
                f'<nav class="md-nav" data-md-level="{level}" aria-labelledby="{child_path}_label">'
                f'<label class="md-nav__title" for="{child_path}"><span class="md-nav__icon '
                f'md-icon"></span>{name}</label><ul class="md-nav__list" data-md-scrollfix>'
                + "".join(children)
                + "</ul></nav></li>"
            )
        else:
            uris.append(target)
            parts.append(
                f'<li class="md-nav__item\x00a:{target}\x00"><a href="{ROOT}{page_url(target)}" '
                f'class="md-nav__link\x00l:{target}\x00"\x00p:{target}\x00>'
                f'<span class="md-ellipsis">{name}</span></a></li>'
            )
    return uris


def nav_for_page(template: str, src_uri: str, page_url_: str) -> str:
    """``template`` (from :func:`section_nav`) as it appears on the page at ``src_uri``."""
    depth = page_url_.count("/")
    html_ = template.replace(ROOT, "../" * depth)

    def mark(match: re.Match[str]) -> str:
        kind, _, value = match.group(0)[1:-1].partition(":")
        current = src_uri in value.split("|")
        if not current:
            return ""
        return {
            "a": " md-nav__item--active",
            "l": " md-nav__link--active",
            "p": ' aria-current="page"',
            "s": " md-nav__item--active",
            "c": " checked",
        }[kind]

    return _MARK.sub(mark, html_)
