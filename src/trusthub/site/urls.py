"""Where generated and authored pages live in the site, as MkDocs lays them out."""

from __future__ import annotations

import posixpath


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


def school_home(slug: str) -> str:
    return f"schools/{slug}/index.md"


def school_asset(slug: str, name: str) -> str:
    return f"assets/trusthub/schools/{slug}/{name}"
