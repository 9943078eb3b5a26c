"""The engines' own page frame, made valid and accessible HTML.

Material's and Zensical's ``base.html`` put ``autocomplete="off"`` on the two checkbox
toggles that open the menu and the search, which HTML does not allow on a checkbox, and
Zensical's hides the menu's overlay label with ``aria-hidden``, which a label of a form
control may not have: the Nu Html Checker reports them on every page. trusthub's theme
carries a copy of the engine's ``base.html`` without them, made from the installed
engine at build time so that it follows the engine's upgrades; if none of the markup it
expects is there, the engine's own file is used unchanged (and the validity test says so).
Material's search dialog gets the accessible name Zensical's has.
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
_FIXES: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "base.html": [
        (
            re.compile(
                r'(<input class="md-toggle"[^>]*\btype="checkbox"[^>]*?) autocomplete="off"'
            ),
            r"\1",
        ),
        (re.compile(r'(<label class="md-overlay" for="__drawer") aria-hidden="true"'), r"\1"),
    ],
    # Material's search dialog has no accessible name (Zensical's has).
    "partials/search.html": [
        (
            re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>'),
            r"""\1 aria-label="{{ lang.t('search') }}">""",
        ),
    ],
}
"""Invalid or inaccessible markup in the engines' templates, and what replaces it."""


@cache
def mended_template(package: str, name: str) -> str | None:
    """``package``'s template ``name`` mended, or None if the package, the template or
    the markup to mend is not found."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / name
    if not path.is_file():
        return None
    fixed, count = path.read_text(encoding="utf-8"), 0
    for pattern, replacement in _FIXES[name]:
        fixed, found = pattern.subn(replacement, fixed)
        count += found
    if count == 0:
        log.debug("%s: nothing to mend in %s; used as it is", package, name)
        return None
    return fixed


def theme_files(engine: str) -> dict[str, str]:
    """Templates to add to the build tree's theme for ``engine`` (name → text)."""
    package = THEME_PACKAGES[engine]
    mended = {name: mended_template(package, name) for name in _FIXES}
    return {name: text for name, text in mended.items() if text}
