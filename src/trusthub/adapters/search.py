"""Search: the built site indexed with Pagefind, after the engine has written it.

The engines' own search (Material's lunr index, Zensical's) is turned off: each sends its
whole index to every visitor on every page, 226 KB on the six-school demo and 3 MB on a
hundred-school trust. Pagefind splits its index into small chunks that the search page
fetches a few at a time, only once someone searches. It indexes only what the theme marks
``data-pagefind-body`` (each page's content), with the section's name as a filter (so a
school's visitors search that school first) and the page's title as the result's title
(``templates/theme/main.html``). Its index and its own interface go into
:data:`~trusthub.site.urls.SEARCH_DIR`; the search page (``search/``) loads them.

Pagefind runs as its own program (the ``pagefind_bin`` package ships it); it reads and
writes only the site's folder and uses no network.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from trusthub.build.atomic import BuildFailed
from trusthub.content.sources import split_front_matter
from trusthub.site.urls import SEARCH_DIR

__all__ = ["SEARCH_DIR", "index_site", "index_tree"]

PAGEFIND = [sys.executable, "-m", "pagefind"]
EXCLUDE = [".headerlink", ".th-switcher", ".md-content__button"]
"""Inside a page's content but not its words: permalinks, the school switcher, edit buttons."""
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the search page has its own, over ``pagefind.js``."""


def index_site(site: Path, output: Path | None = None) -> None:
    """Index the built ``site``'s pages into ``output`` (default ``site/SEARCH_DIR``); raise
    BuildFailed if Pagefind cannot."""
    output = output or site / SEARCH_DIR
    command = [
        *PAGEFIND,
        "--site",
        str(site),
        "--output-path",
        str(output),
        "--force-language",
        "en",
        "--silent",
    ]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (output / "pagefind.js").is_file():
        output = (result.stderr or result.stdout).strip()
        raise BuildFailed(f"Pagefind could not index the site for search:\n{output}")
    for pattern in UNUSED:
        for path in output.glob(pattern):
            path.unlink()


PREVIEW_PAGE = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div data-pagefind-body data-pagefind-filter="section[data-th-section]"
data-th-section="{section}" data-pagefind-meta="title[data-th-title]"
data-th-title="{title}">{body}</div></body></html>
"""
"""A page as the preview's index reads it: its body with the attributes
``templates/theme/main.html`` gives it in the built site."""


def index_tree(tree: Path) -> None:
    """Previews: index the build tree's pages into its ``docs/SEARCH_DIR``, which the engine's
    preview server publishes, so that search works in ``trusthub serve`` as on the built site.

    The engine's server never runs Pagefind, so the index is made from the tree itself: each
    page's body, title and section (values the tree holds escaped already) in a minimal page
    at its URL."""
    config = yaml.safe_load((tree / "mkdocs.yml").read_text(encoding="utf-8"))
    sections = config["extra"]["th"]["sections"]
    docs = tree / "docs"
    with tempfile.TemporaryDirectory(prefix="trusthub-search-") as scratch:
        pages = Path(scratch)
        for source in docs.rglob("*.md"):
            front, body, _ = split_front_matter(source.read_text(encoding="utf-8"))
            meta = yaml.safe_load(front or "") or {}
            here = meta.get("th") or {}
            section = sections.get(here.get("section"))
            if section is None or here.get("url") == section.get("search"):
                continue  # not a section's page, or the search page itself
            title = meta.get("title", "")
            if section.get("school") and here.get("url") != section.get("home"):
                title = f"{title} – {section['title']}"
            target = pages / here.get("url", "") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                PREVIEW_PAGE.format(title=title, section=section["search_section"], body=body),
                encoding="utf-8",
            )
        shutil.rmtree(docs / SEARCH_DIR, ignore_errors=True)  # no chunks of the last index
        index_site(pages, docs / SEARCH_DIR)
