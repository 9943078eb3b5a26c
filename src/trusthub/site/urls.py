"""Where generated and authored pages live in the site, as MkDocs lays them out."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Container


def page_url(src_uri: str) -> str:
    """The directory-style URL MkDocs gives a Markdown source path."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative(target: str, base: str) -> str:
    """``target`` (a site path) as a link from the page at URL ``base``."""
    if "://" in target or target.startswith(("mailto:", "tel:", "#")):
        return target
    base_dir = base if base.endswith("/") or not base else posixpath.dirname(base) + "/"
    rel = posixpath.relpath("/" + target, "/" + base_dir)
    if rel == ".":
        return "./"
    if (target.endswith("/") or not target) and not rel.endswith("/"):
        rel += "/"
    return rel


_PAGE_HREF = re.compile(r'(?P<lead>\bhref=")(?P<path>[^"#:?]+\.md)(?P<anchor>#[^"]*)?"')


def resolve_page_links(html: str, src_uri: str, pages: Container[str]) -> str:
    """``html`` of the page at ``src_uri`` with links to other pages' Markdown files
    (``support.md``, ``../values.md#kindness``) turned into links to their URLs, as an
    engine would; a link to a file that is not a page of the site is left as it is."""

    def replace(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), match["path"]))
        if target not in pages:
            return match.group(0)
        url = relative(page_url(target), page_url(src_uri))
        return f'{match["lead"]}{url}{match["anchor"] or ""}"'

    return _PAGE_HREF.sub(replace, html) if ".md" in html else html


def tel_url(phone: str) -> str:
    """A ``tel:`` link for a phone number as people write it ("01632 960430" → tel:01632960430)."""
    return "tel:" + "".join(ch for ch in phone if ch.isdigit() or ch == "+")


ASSET_DIR = "assets/trusthub"
"""Where every file trusthub adds to a site lives; the paths below are the only spellings."""
STYLESHEET = f"{ASSET_DIR}/trusthub.css"
SCRIPT = f"{ASSET_DIR}/trusthub.js"
SCHOOL_LIST = f"{ASSET_DIR}/schools.json"
FONT_DIR = f"{ASSET_DIR}/fonts"
LOGO_DIR = f"{ASSET_DIR}/logos"
TRUST_LOGO = f"{LOGO_DIR}/trust.svg"
TRUST_LOGO_MONO = f"{LOGO_DIR}/trust-mono.svg"
ICON_DIR = f"{ASSET_DIR}/icons"
KIT_DIR = f"{ASSET_DIR}/kits"


def school_asset(slug: str, name: str) -> str:
    """A file of one school's section (logo, palette stylesheet, lock-ups)."""
    return f"{ASSET_DIR}/schools/{slug}/{name}"


def rocket_dir(key: str) -> str:
    """Where a section's rocket and its posters go (``key``: "trust" or a school's slug)."""
    return f"{ASSET_DIR}/rocket/{key}"


def share_image(src_uri: str) -> str:
    """The share image of the page at ``src_uri``."""
    return f"{ASSET_DIR}/share/{src_uri.removesuffix('.md')}.png"
