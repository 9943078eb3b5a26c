"""The engines' own page frame, made valid HTML.

Material's and Zensical's ``base.html`` put ``autocomplete="off"`` on the two checkbox
toggles that open the menu and the search, which HTML does not allow on a checkbox, and
Zensical's hides the menu's overlay label with ``aria-hidden``, which a label of a form
control may not have: the Nu Html Checker reports them on every page. trusthub's theme
carries a copy of the engine's ``base.html`` without them, made from the installed
engine at build time so that it follows the engine's upgrades; if none of the markup it
expects is there, the engine's own file is used unchanged (and the validity test says so).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import cache
from pathlib import Path

log = logging.getLogger("trusthub.build")

THEME_PACKAGES = {"mkdocs": "material", "properdocs": "material", "zensical": "zensical"}
"""The package whose templates each engine renders the site with."""
_FIXES = [
    (
        re.compile(r'(<input class="md-toggle"[^>]*\btype="checkbox"[^>]*?) autocomplete="off"'),
        r"\1",
    ),
    (re.compile(r'(<label class="md-overlay" for="__drawer") aria-hidden="true"'), r"\1"),
]
"""Invalid markup in the engines' base.html, and what replaces it."""


@cache
def valid_base_template(package: str) -> str | None:
    """``package``'s ``templates/base.html`` without attributes HTML forbids, or None if
    the package or the markup is not found."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations))) / "templates" / "base.html"
    if not base.is_file():
        return None
    fixed, count = base.read_text(encoding="utf-8"), 0
    for pattern, replacement in _FIXES:
        fixed, found = pattern.subn(replacement, fixed)
        count += found
    if count == 0:
        log.debug("%s: nothing to mend in base.html; used as it is", package)
        return None
    return fixed


def theme_files(engine: str) -> dict[str, str]:
    """Templates to add to the build tree's theme for ``engine`` (name → text)."""
    base = valid_base_template(THEME_PACKAGES[engine])
    return {"base.html": base} if base else {}
