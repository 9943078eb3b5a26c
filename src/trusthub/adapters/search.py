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

import subprocess
import sys
from pathlib import Path

from trusthub.build.atomic import BuildFailed
from trusthub.site.urls import SEARCH_DIR

__all__ = ["SEARCH_DIR", "index_site"]

PAGEFIND = [sys.executable, "-m", "pagefind"]
EXCLUDE = [".headerlink", ".th-switcher", ".md-content__button"]
"""Inside a page's content but not its words: permalinks, the school switcher, edit buttons."""
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the search page has its own, over ``pagefind.js``."""


def index_site(site: Path) -> None:
    """Index the built ``site``'s pages into ``site/SEARCH_DIR``; raise BuildFailed if Pagefind
    cannot."""
    command = [
        *PAGEFIND,
        "--site",
        str(site),
        "--output-subdir",
        SEARCH_DIR,
        "--force-language",
        "en",
        "--silent",
    ]
    for selector in EXCLUDE:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (site / SEARCH_DIR / "pagefind.js").is_file():
        output = (result.stderr or result.stdout).strip()
        raise BuildFailed(f"Pagefind could not index the site for search:\n{output}")
    for pattern in UNUSED:
        for path in (site / SEARCH_DIR).glob(pattern):
            path.unlink()
