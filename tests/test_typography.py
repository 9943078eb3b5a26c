"""The site's type obeys the brand guide's typography rules (brand page, typography block).

The guide tells writers: headings bold, no all capitals, text (labels and captions too)
left-aligned, never centred or justified. The site's own stylesheets must do the same:
no capitals by transform, no small capitals, no letter-spaced label style, and no centred
or justified text, except a pseudo-element's centred counter (a number in a circle).
test_browser.py checks the computed styles of built pages, Material's own CSS included.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STYLESHEETS = sorted(
    [
        *(ROOT / "src" / "trusthub").rglob("*.css"),
        *(ROOT / "overrides").rglob("*.css"),
    ]
)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_EM = re.compile(r"(-?[\d.]+)(em|rem|px)")


def violations(css: str) -> list[str]:
    """Declarations in ``css`` that break the typography rules, as ``selector { declaration }``."""
    found = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", css)):
        selector = " ".join(selectors.split())
        pseudo_only = all("::before" in s or "::after" in s for s in selector.split(","))
        for declaration in body.split(";"):
            name, _, value = (part.strip().lower() for part in declaration.partition(":"))
            wrong = (
                (name == "text-transform" and value != "none")
                or (name.startswith("font-variant") and "caps" in value)
                or (name == "letter-spacing" and _wider_than(value, 0.05))
                or (name == "text-align" and value in ("center", "justify") and not pseudo_only)
            )
            if wrong:
                found.append(f"{selector} {{ {name}: {value} }}")
    return found


def _wider_than(value: str, limit_em: float) -> bool:
    match = _EM.fullmatch(value)
    if match is None:
        return value not in ("normal", "0", "inherit", "initial", "unset")
    size = float(match.group(1))
    return size > (limit_em if match.group(2) != "px" else limit_em * 16)


def test_the_rules_catch_capitals_spacing_and_centring() -> None:
    css = """
    /* .x { text-transform: uppercase } in a comment is fine */
    .label { font-size: 0.7rem; letter-spacing: 0.06em; text-transform: uppercase; }
    @media (min-width: 10em) { .caps { font-variant-caps: all-small-caps } }
    figcaption { text-align: center; font-style: italic }
    p { text-align: justify }
    h1 { letter-spacing: -0.01em; text-align: left }
    h5 { text-transform: none }
    li::before { content: counter(n); text-align: center }
    """
    assert violations(css) == [
        ".label { letter-spacing: 0.06em }",
        ".label { text-transform: uppercase }",
        ".caps { font-variant-caps: all-small-caps }",
        "figcaption { text-align: center }",
        "p { text-align: justify }",
    ]


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda p: p.name)
def test_site_stylesheets_follow_the_brand_typography(stylesheet: Path) -> None:
    assert violations(stylesheet.read_text(encoding="utf-8")) == []


def test_there_is_a_stylesheet_to_check() -> None:
    assert any(p.name == "trusthub.css" for p in STYLESHEETS)
