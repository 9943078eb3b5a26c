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


_RELATIVE_LINK = re.compile(
    r'(?P<lead>\b(?:href|src)=")(?P<path>(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^"#?]+)(?P<rest>[#?][^"]*)?"'
)


def source_dir(src_uri: str) -> str:
    """The folder of a page's source file, as a base for links: "schools/oak/" or ""."""
    folder = posixpath.dirname(src_uri)
    return folder + "/" if folder else ""


def links_from_url(html: str, src_uri: str, pages: Container[str]) -> str:
    """``html`` of the page at ``src_uri``, whose relative links are written from its
    source file as in Markdown (``support.md``, ``images/hall.webp``, ``../values/``),
    with each made relative to the page's URL and links to pages' Markdown files to
    their URLs: what MkDocs and ProperDocs need, since they leave links in HTML as they
    are. (Zensical reads links in HTML the way Markdown links are read: from the source.)
    """
    here = page_url(src_uri)
    folder = source_dir(src_uri)

    def replace(match: re.Match[str]) -> str:
        path = match["path"]
        target = posixpath.normpath(folder + path)
        target = "" if target == "." else target
        if target in pages:
            target = page_url(target)
        elif path.endswith("/") and target:
            target += "/"
        return f'{match["lead"]}{relative(target, here)}{match["rest"] or ""}"'

    return _RELATIVE_LINK.sub(replace, html)


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
SEARCH_DIR = f"{ASSET_DIR}/search"
"""The search index and Pagefind's own interface, written after the engine has built the site."""


def school_asset(slug: str, name: str) -> str:
    """A file of one school's section (logo, palette stylesheet, lock-ups)."""
    return f"{ASSET_DIR}/schools/{slug}/{name}"


def rocket_dir(key: str) -> str:
    """Where a section's rocket and its posters go (``key``: "trust" or a school's slug)."""
    return f"{ASSET_DIR}/rocket/{key}"


def share_image(src_uri: str) -> str:
    """The share image of the page at ``src_uri``."""
    return f"{ASSET_DIR}/share/{src_uri.removesuffix('.md')}.png"
