"""The rocket ship graphic: text fitting, layout properties, golden SVGs and renders.

Golden files live in ``tests/golden/rocket/``.  After an intended change to the
drawing, look at the new output, then regenerate them with::

    TRUSTHUB_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_rocket.py

and review the diff of the ``.svg`` files before committing.  The layout
properties are checked with hypothesis over every shape of strategy the schema
allows; one test (marked ``browser``) checks the text in headless Chromium.
"""

from __future__ import annotations

import base64
import re
import string
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from trusthub.content.models import Priority, Strategy, TitledText, Value, Values
from trusthub.design import colour
from trusthub.design.text import ELLIPSIS, FontMetrics, fit_text, wrap
from trusthub.graphics.render import svg_to_pdf, svg_to_png
from trusthub.graphics.rocket import (
    HEIGHT,
    WIDTH,
    RocketResult,
    RocketTheme,
    rocket_svg,
    with_embedded_fonts,
)
from trusthub.graphics.rocket.geometry import (
    BODY_LEFT,
    BODY_RIGHT,
    FIN_OUTER,
    MARGIN,
    MIN_SIZE,
    MODULE_RIGHT,
)

from .browser import CHROMIUM, CHROMIUM_ARGS, axe_source, describe, requires_chromium, run_axe
from .golden import assert_golden as shared_assert_golden

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "brand" / "fonts"
REGULAR = FONTS / "atkinson-hyperlegible-latin-400-normal.woff"
BOLD = FONTS / "atkinson-hyperlegible-latin-700-normal.woff"
GOLDEN = Path(__file__).resolve().parent / "golden" / "rocket"
SVG = "{http://www.w3.org/2000/svg}"

TRUST_THEME = RocketTheme(
    primary="#0f4c5c",
    accent="#b5472f",
    font_family="Atkinson Hyperlegible",
    regular_font=REGULAR,
    bold_font=BOLD,
)
SCHOOL_THEME = RocketTheme(
    primary="#1f4e9c",
    accent="#d62839",
    font_family="Atkinson Hyperlegible",
    regular_font=REGULAR,
    bold_font=BOLD,
)
SCHOOL_LOGO = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120">
  <path d="M50 4 L94 20 V60 C94 90 72 108 50 116 C28 108 6 90 6 60 V20 Z" fill="#1f4e9c"/>
  <circle cx="50" cy="56" r="20" fill="#d62839"/>
  <path d="M16 76 Q50 60 84 76" stroke="#ffffff" stroke-width="6" fill="none"/>
</svg>"""


# -- fixtures: a demo-like trust, built here so the tests own their data ---------


def _value(value_id: str, name: str) -> Value:
    return Value(
        id=value_id,
        name=name,
        summary=f"We show {name.lower()} every day.",
        expect=["Everyone shows it."],
        love=["Pupils lead it."],
        avoid=["Nobody ignores it."],
    )


def demo_strategy() -> Strategy:
    return Strategy(
        title="Strategy 2025\u20132030",
        destination=(
            "Every child and young person in the Alder valley leaves our schools known, "
            "confident and ready for the next step, whatever their starting point."
        ),
        nose=(
            "A family of great local schools that are better together, each proud of its "
            "own community and all sharing the same values, expertise and ambition."
        ),
        priorities=[
            Priority(
                id="great-teaching",
                title="Great teaching everywhere",
                summary="Every lesson in every school is taught by a well-trained teacher "
                "using approaches that we know work.",
            ),
            Priority(
                id="reading",
                title="Reading for all",
                summary="Every pupil reads fluently and for pleasure, because reading "
                "unlocks the whole curriculum.",
            ),
            Priority(
                id="inclusion",
                title="Inclusion and belonging",
                summary="Disadvantaged pupils and pupils with SEND achieve as well as their "
                "peers and feel they belong in our schools.",
            ),
            Priority(
                id="horizons",
                title="Wider horizons",
                summary="Every pupil enjoys a guaranteed programme of experiences that build "
                "confidence, character and cultural capital.",
            ),
            Priority(
                id="people",
                title="People who flourish",
                summary="Our staff are well supported, keep growing and want to build their "
                "careers with us.",
            ),
        ],
        engines=[
            TitledText(title="Finance and procurement"),
            TitledText(title="People and HR"),
            TitledText(title="IT and data"),
            TitledText(title="Estates and facilities"),
        ],
        launch_pad=[
            TitledText(title="Safeguarding first"),
            TitledText(title="Financial sustainability"),
            TitledText(title="Strong governance"),
            TitledText(title="Our shared values"),
        ],
    )


def demo_values() -> Values:
    names = ["Ambition", "Kindness", "Curiosity", "Courage", "Community"]
    return Values(values=[_value(name.lower(), name) for name in names])


LOCAL_PRIORITIES = [
    TitledText(
        title="Writing with purpose",
        summary="Raise the standard of extended writing across Key Stage 2, so more pupils "
        "reach greater depth by the end of Year 6.",
    ),
    TitledText(
        title="Maths fluency",
        summary="Secure rapid recall of number facts and times tables in every year group.",
    ),
    TitledText(
        title="Welcoming new arrivals",
        summary="Strengthen support for pupils who are new to English and join us partway "
        "through the year.",
    ),
]


def trust_rocket() -> RocketResult:
    return rocket_svg(
        demo_strategy(), demo_values(), TRUST_THEME, title="Our strategy: reaching for the stars"
    )


def school_rocket() -> RocketResult:
    return rocket_svg(
        demo_strategy(),
        demo_values(),
        SCHOOL_THEME,
        title="Our strategy 2025\u20132030",
        local_priorities=LOCAL_PRIORITIES,
        school_name="Brookfield Primary School",
        logo_svg=SCHOOL_LOGO,
    )


def crowded_rocket() -> RocketResult:
    """Everything at its maximum, with text far too long for the shapes."""
    long = "Outstanding " + "extraordinarily " * 7 + "ambitious provision"
    longer = f"{long}. {long}."
    strategy = Strategy(
        title="Strategy",
        destination=longer,
        nose=longer,
        priorities=[
            Priority(id=f"p{index}", title=f"{index} {long}", summary=longer) for index in range(6)
        ],
        engines=[TitledText(title=f"Engine {long}") for _ in range(6)],
        launch_pad=[TitledText(title=f"Foundation {long}") for _ in range(6)],
    )
    values = Values(values=[_value(f"v{index}", f"Value {long}") for index in range(8)])
    return rocket_svg(
        strategy,
        values,
        SCHOOL_THEME,
        title=longer,
        local_priorities=[TitledText(title=long, summary=longer) for _ in range(4)],
        school_name=long,
        logo_svg=SCHOOL_LOGO,
    )


# -- golden files ------------------------------------------------------------------


def assert_golden(name: str, actual: str) -> None:
    shared_assert_golden(f"rocket/{name}", actual)


@pytest.mark.parametrize(
    ("name", "make"),
    [("trust.svg", trust_rocket), ("school.svg", school_rocket), ("crowded.svg", crowded_rocket)],
)
def test_golden(name: str, make: Callable[[], Any]) -> None:
    assert_golden(name, make().svg)


def test_demo_rockets_need_no_abbreviation() -> None:
    assert trust_rocket().warnings == ()
    assert school_rocket().warnings == ()


def test_output_is_deterministic() -> None:
    assert school_rocket().svg == school_rocket().svg


# -- accessibility and safety ----------------------------------------------------------


def test_svg_is_accessible_and_self_contained() -> None:
    result = school_rocket()
    root = ET.fromstring(result.svg)
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby", "").split()
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.get("id") == title_id
    assert desc is not None and desc.get("id") == desc_id
    assert title.text == "Our strategy 2025\u20132030"
    summary = desc.text or ""
    strategy = demo_strategy()
    for text in [
        strategy.destination,
        strategy.nose,
        *(p.title for p in strategy.priorities),
        *(p.summary for p in strategy.priorities),
        *(v.name for v in demo_values().values),
        *(e.title for e in strategy.engines),
        *(f.title for f in strategy.launch_pad),
        *(item.title for item in LOCAL_PRIORITIES),
        "Brookfield Primary School",
    ]:
        assert text in summary
    assert "Atkinson Hyperlegible" in root.get("font-family", "")
    assert "sans-serif" in root.get("font-family", "")
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert (width, height) == (WIDTH, HEIGHT)
    assert 1.40 < height / width < 1.43
    assert len(root.findall(f".//{SVG}text")) == len(result.boxes)
    without_namespace = result.svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http" not in without_namespace
    assert "url(" not in without_namespace


def test_labels_are_in_sentence_case_as_the_brand_guide_asks() -> None:
    """No text in capitals (acronyms aside) and no letter-spacing: the brand guide says
    to avoid all capitals, and the rocket's part labels used to be spaced capitals."""
    root = ET.fromstring(school_rocket().svg)
    lines = ["".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")]
    shouted = [line for line in lines if len(line.split()) > 1 and line.isupper()]
    assert "Our vision" in lines and "Our destination" in lines
    assert shouted == []
    assert "letter-spacing" not in school_rocket().svg


def test_untrusted_text_is_escaped() -> None:
    hostile = '<script>alert("x")</script> & friends'
    strategy = demo_strategy().model_copy(update={"destination": hostile})
    result = rocket_svg(strategy, demo_values(), TRUST_THEME, title=f"{hostile}\x07")
    root = ET.fromstring(result.svg)  # still well-formed XML
    assert root.find(f".//{SVG}script") is None
    assert "&lt;script&gt;" in result.svg
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == hostile


def test_logo_is_sanitised_and_embedded() -> None:
    logo = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>'
        '<image xlink:href="https://example.com/x.png" width="10" height="10"/>'
        '<rect width="10" height="10" fill="#123456"/></svg>'
    )
    result = rocket_svg(
        demo_strategy(), demo_values(), SCHOOL_THEME, title="T", school_name="S", logo_svg=logo
    )
    image = ET.fromstring(result.svg).find(f".//{SVG}image")
    assert image is not None
    href = image.get("href", "")
    assert href.startswith("data:image/svg+xml;base64,")
    embedded = base64.b64decode(href.split(",", 1)[1]).decode()
    assert "#123456" in embedded
    for banned in ("script", "onload", "example.com"):
        assert banned not in embedded


def test_abbreviation_is_reported() -> None:
    long_title = "Excellence " * 11 + "everywhere"
    strategy = demo_strategy()
    priorities = [strategy.priorities[0].model_copy(update={"title": long_title})]
    strategy = strategy.model_copy(update={"priorities": priorities + strategy.priorities[1:]})
    result = rocket_svg(strategy, demo_values(), TRUST_THEME, title="Our strategy")
    assert f"Priority '{long_title}' title abbreviated on the rocket" in result.warnings
    titles = [box for box in result.boxes if box.role == "priority-title"]
    assert titles[0].text.endswith(ELLIPSIS)


def test_too_many_local_priorities() -> None:
    with pytest.raises(ValueError, match="at most 4"):
        rocket_svg(
            demo_strategy(),
            demo_values(),
            SCHOOL_THEME,
            title="T",
            local_priorities=LOCAL_PRIORITIES * 2,
        )


# -- text measuring and fitting ----------------------------------------------------------


@pytest.fixture(scope="module")
def regular() -> FontMetrics:
    return FontMetrics(REGULAR)


def test_widths_come_from_the_font(regular: FontMetrics) -> None:
    assert regular.family == "Atkinson Hyperlegible"
    assert regular.width("W" * 10, 20) > 2 * regular.width("i" * 10, 20)
    assert regular.width("Hello", 40) == pytest.approx(2 * regular.width("Hello", 20), rel=0.01)


def test_wrap_measures_rather_than_counts(regular: FontMetrics) -> None:
    wide = wrap("WWW WWW WWW WWW", regular, 20, 120, 10)
    narrow = wrap("iii iii iii iii", regular, 20, 120, 10)
    assert len(wide.lines) > len(narrow.lines)
    assert all(regular.width(line, 20) <= 120 for line in wide.lines)


def test_wrap_splits_long_words_and_abbreviates(regular: FontMetrics) -> None:
    split = wrap("Supercalifragilisticexpialidocious", regular, 20, 100, 5)
    assert split.broke_words and len(split.lines) > 1
    assert all(regular.width(line, 20) <= 100 for line in split.lines)
    cut = wrap("one two three four five six seven eight", regular, 20, 80, 2)
    assert cut.abbreviated and len(cut.lines) == 2 and cut.lines[-1].endswith(ELLIPSIS)


def test_fit_text_shrinks_before_abbreviating(regular: FontMetrics) -> None:
    text = "Every pupil reads fluently and for pleasure"
    roomy = fit_text(text, regular, 600, 40, start_size=24, min_size=16)
    assert (roomy.size, roomy.shrunk, roomy.abbreviated) == (24, False, False)
    shrunk = fit_text(text, regular, 300, 50, start_size=24, min_size=14)
    assert shrunk.shrunk and not shrunk.abbreviated and shrunk.size < 24
    assert shrunk.height <= 50 and shrunk.width <= 300
    squeezed = fit_text(text * 4, regular, 200, 40, start_size=24, min_size=16)
    assert squeezed.abbreviated and squeezed.size == 16
    assert squeezed.lines[-1].endswith(ELLIPSIS)


def test_fit_text_refuses_a_box_too_small_for_one_line(regular: FontMetrics) -> None:
    with pytest.raises(ValueError, match="cannot hold one line"):
        fit_text("Hello", regular, 100, 5, start_size=20, min_size=16)


# -- layout properties, for any strategy the schema allows ---------------------------------

_LETTERS = string.ascii_letters
_word = st.text(_LETTERS, min_size=1, max_size=40)
_words = st.lists(_word, min_size=1, max_size=30).map(lambda words: " ".join(words)[:120])
_raw = st.text(_LETTERS + "   ", min_size=1, max_size=120).filter(lambda text: text.strip())
_text = st.one_of(_words, _raw).map(lambda text: text.strip() or "x")


@st.composite
def strategies(draw: st.DrawFn) -> tuple[Strategy, Values, list[TitledText]]:
    def titled(count: int) -> list[TitledText]:
        return [
            TitledText(title=draw(_text), summary=draw(st.one_of(st.just(""), _text)))
            for _ in range(count)
        ]

    priorities = [
        Priority(id=f"p{index}", title=draw(_text), summary=draw(_text))
        for index in range(draw(st.integers(3, 6)))
    ]
    strategy = Strategy(
        title=draw(_text),
        destination=draw(_text),
        nose=draw(_text),
        priorities=priorities,
        engines=titled(draw(st.integers(1, 6))),
        launch_pad=titled(draw(st.integers(1, 6))),
    )
    values = Values(
        values=[_value(f"v{index}", draw(_text)) for index in range(draw(st.integers(3, 8)))]
    )
    return strategy, values, titled(draw(st.integers(0, 4)))


_COLUMNS = {
    "priority": (BODY_LEFT, BODY_RIGHT),
    "nose": (BODY_LEFT, BODY_RIGHT),
    "value": (FIN_OUTER, BODY_LEFT),
    "local": (MARGIN, MODULE_RIGHT),
    "engine": (MARGIN, WIDTH - MARGIN),
    "foundation": (MARGIN, WIDTH - MARGIN),
    "title": (MARGIN, WIDTH - MARGIN),
}
"""Where each kind of text must stay, left to right (or mirrored on the right)."""


def _check_layout(result: RocketResult) -> None:
    for box in result.boxes:
        assert box.x >= 0 and box.right <= WIDTH, box
        assert box.y >= 0 and box.bottom <= HEIGHT, box
        assert box.size >= MIN_SIZE, box
        assert colour.contrast(box.fill, box.background) >= 4.5, box
        left, right = _COLUMNS.get(box.role.split("-")[0], (0.0, WIDTH))
        mirrored = (WIDTH - right, WIDTH - left)
        inside = left <= box.x and box.right <= right
        assert inside or (mirrored[0] <= box.x and box.right <= mirrored[1]), box
    for first, second in combinations(result.boxes, 2):
        assert not first.overlaps(second), (first, second)


def test_demo_layouts_are_clean() -> None:
    for result in (trust_rocket(), school_rocket(), crowded_rocket()):
        _check_layout(result)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies(), st.booleans())
def test_text_stays_inside_and_never_overlaps(
    drawn: tuple[Strategy, Values, list[TitledText]], as_school: bool
) -> None:
    strategy, values, local = drawn
    if as_school:
        result = rocket_svg(
            strategy,
            values,
            SCHOOL_THEME,
            title=strategy.title,
            local_priorities=local,
            school_name=strategy.nose[:60],
            logo_svg=SCHOOL_LOGO,
        )
    else:
        result = rocket_svg(strategy, values, TRUST_THEME, title=strategy.title)
    _check_layout(result)
    ET.fromstring(result.svg)


@pytest.mark.parametrize("primary", ["#ffd23f", "#7fb7be", "#000000", "#ffffff"])
def test_any_brand_colour_gives_readable_text(primary: str) -> None:
    theme = RocketTheme(
        primary=primary,
        accent="#f2f2f2",
        font_family="Atkinson Hyperlegible",
        regular_font=REGULAR,
        bold_font=BOLD,
    )
    _check_layout(rocket_svg(demo_strategy(), demo_values(), theme, title="Our strategy"))


# -- rendering --------------------------------------------------------------------------


def test_png_has_the_requested_width(tmp_path: Path) -> None:
    out = tmp_path / "rocket.png"
    svg_to_png(trust_rocket().svg, out, 390, FONTS)
    with Image.open(out) as image:
        assert image.width == 390
        assert abs(image.height - 390 * HEIGHT / WIDTH) <= 1


@pytest.mark.parametrize(("page", "size"), [("A4", (595, 842)), ("A3", (842, 1191))])
def test_pdf_posters(tmp_path: Path, page: str, size: tuple[int, int]) -> None:
    out = tmp_path / f"rocket-{page}.pdf"
    svg_to_pdf(school_rocket().svg, out, page, FONTS)  # type: ignore[arg-type]
    data = out.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", data)
    assert boxes, "no MediaBox"
    for box in boxes:
        assert [float(v) for v in box.split()] == [0, 0, *size]
    assert b"/FontFile" in data
    assert b"AtkinsonHyperlegible" in data
    if page == "A4":
        again = tmp_path / "again.pdf"
        svg_to_pdf(school_rocket().svg, again, page, FONTS)  # type: ignore[arg-type]
        assert again.read_bytes() == data


def test_png_uses_the_brand_font(tmp_path: Path) -> None:
    """A line drawn in the brand font is as wide as Pillow measured it, and no
    wider, even where kerning would have tightened it (cairo does not kern)."""
    metrics = FontMetrics(BOLD)
    text = "AVATAR To Wayfarers"
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 100" width="1000" '
        'height="100"><rect width="1000" height="100" fill="#fff"/>'
        '<text x="10" y="70" font-family="\'Atkinson Hyperlegible\', sans-serif" '
        f'font-weight="700" font-size="60">{text}</text></svg>'
    )
    out = tmp_path / "line.png"
    svg_to_png(svg, out, 1000, FONTS)
    with Image.open(out) as image:
        ink = image.convert("L").point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None
    drawn = ink[2] - ink[0]
    measured = metrics.width(text, 60)
    assert measured * 0.97 <= drawn <= measured


# -- in a browser -------------------------------------------------------------------------


@pytest.mark.browser
@requires_chromium
def test_browser_draws_text_within_its_boxes(tmp_path: Path) -> None:
    """Chromium kerns and shapes text itself: every line must still fit its box,
    and the inline SVG must pass axe-core."""
    from playwright.sync_api import sync_playwright

    result = school_rocket()
    svg = with_embedded_fonts(result.svg, SCHOOL_THEME)
    page_file = tmp_path / "rocket.html"
    page_file.write_text(
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Rocket</title>'
        f'</head><body><main style="width:1000px">{svg}</main></body></html>',
        encoding="utf-8",
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1414})
            page.goto(page_file.as_uri())
            page.evaluate("document.fonts.ready")
            assert page.evaluate("document.fonts.check('16px \"Atkinson Hyperlegible\"')")
            widths = page.evaluate(
                "() => [...document.querySelectorAll('svg text')].map(t => t.getBBox().width)"
            )
            violations = run_axe(page, axe_source())
        finally:
            browser.close()
    assert len(widths) == len(result.boxes)
    for width, box in zip(widths, result.boxes, strict=True):
        assert width <= box.width + 1, box
    assert not violations, describe(violations)
