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
from trusthub.graphics.palette import RocketPalette
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
    A3_PT,
    BODY_LEFT,
    BODY_RIGHT,
    BOOSTER_LEFT,
    FIN_OUTER,
    MARGIN,
    MIN_SIZE,
    MODULE_RIGHT,
)
from trusthub.graphics.rocket.narrow import NARROW_MIN_SIZE, NARROW_WIDTH

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
        local_priorities=[TitledText(title=long, summary=longer) for _ in range(6)],
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
    with pytest.raises(ValueError, match="at most 6"):
        rocket_svg(
            demo_strategy(),
            demo_values(),
            SCHOOL_THEME,
            title="T",
            local_priorities=LOCAL_PRIORITIES * 2 + LOCAL_PRIORITIES[:1],
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
    return strategy, values, titled(draw(st.integers(0, 6)))


_COLUMNS = {
    "priority": (BODY_LEFT, BODY_RIGHT),
    "nose": (BODY_LEFT, BODY_RIGHT),
    "value": (FIN_OUTER, WIDTH - FIN_OUTER),
    "local": (BOOSTER_LEFT, MODULE_RIGHT),
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


PHONE_PX = 358.0
"""How wide a 390 px phone draws the rocket (the page's content width)."""
SMALLEST_PT = {"heading": 36.0, "priority-title": 20.0}
"""On A3: the headings readable at 2 m, the priorities; everything else 14 pt."""


def _check_sizes(result: RocketResult) -> None:
    """The smallest text holds at every output size: 14 pt on A3 (and the headings and
    priorities larger), 12 CSS px on a 390 px phone."""
    for box in result.boxes:
        smallest = SMALLEST_PT.get(box.role.removesuffix("-destination").removesuffix("-vision"))
        assert box.size * A3_PT >= (smallest or 14.0), box
    for box in result.narrow_boxes:
        assert box.size * PHONE_PX / NARROW_WIDTH >= 12.0, box


def _check_narrow(result: RocketResult) -> None:
    for box in result.narrow_boxes:
        assert box.x >= 0 and box.right <= NARROW_WIDTH, box
        assert box.y >= 0 and box.bottom <= result.narrow_height, box
        assert box.size >= NARROW_MIN_SIZE, box
        assert colour.contrast(box.fill, box.background) >= 4.5, box
    for first, second in combinations(result.narrow_boxes, 2):
        assert not first.overlaps(second), (first, second)
    ET.fromstring(result.narrow)


def test_demo_layouts_are_clean() -> None:
    for result in (trust_rocket(), school_rocket(), crowded_rocket()):
        _check_layout(result)
        _check_narrow(result)
        _check_sizes(result)


@pytest.mark.parametrize("count", range(0, 7))
def test_focus_items_are_balanced_on_two_boosters(count: int) -> None:
    """Any number of focus items: two boosters, the same size, mirrored; the items
    alternate sides, so the sides differ by at most one (a lone item's partner carries
    the school's badge)."""
    items = [TitledText(title=f"Focus {n}", summary="A short summary.") for n in range(count)]
    result = rocket_svg(
        demo_strategy(),
        demo_values(),
        SCHOOL_THEME,
        title="T",
        school_name="S",
        local_priorities=items,
    )
    _check_layout(result)
    titles = [box for box in result.boxes if box.role == "local-title"]
    left = [box for box in titles if box.right <= WIDTH / 2]
    assert len(titles) == count
    assert len(left) - (count - len(left)) in (0, 1)
    eyebrows = [box for box in result.boxes if box.role == "local-eyebrow"]
    assert len(eyebrows) == min(count, 2)
    if count >= 2:
        assert (
            abs(
                (eyebrows[0].x + eyebrows[0].right)
                + (eyebrows[1].x + eyebrows[1].right)
                - 2 * WIDTH
            )
            < 1
        )


@pytest.mark.parametrize("count", range(3, 9))
def test_values_are_symmetric_on_the_fins(count: int) -> None:
    """The same number of values on each fin; an odd one out on the centre line."""
    values = Values(values=[_value(f"v{n}", f"Value {n}") for n in range(count)])
    result = rocket_svg(demo_strategy(), values, TRUST_THEME, title="T")
    _check_layout(result)
    pills = [box for box in result.boxes if box.role == "value"]
    centres = sorted(round((box.x + box.right) / 2 - WIDTH / 2) for box in pills)
    assert len(pills) == count
    assert sum(1 for c in centres if c < 0) == sum(1 for c in centres if c > 0) == count // 2
    assert sum(1 for c in centres if c == 0) == count % 2


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
    _check_narrow(result)
    _check_sizes(result)
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


def _pdf_text_sizes(pdf_path: Path) -> list[float]:
    """Every run of text's size in points as printed: its font size through the text
    matrix and every transformation (forms included) down to the page."""
    import pikepdf

    def multiply(a: list[float], b: list[float]) -> list[float]:
        return [
            a[0] * b[0] + a[1] * b[2],
            a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4],
            a[4] * b[1] + a[5] * b[3] + b[5],
        ]

    sizes: list[float] = []

    def walk(owner: Any, ctm: list[float]) -> None:
        stack: list[list[float]] = []
        tm = [1.0, 0, 0, 1.0, 0, 0]
        font_size = 0.0
        resources = owner.get("/Resources", {})
        for operands, operator in pikepdf.parse_content_stream(owner):
            op = str(operator)
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                ctm = multiply([float(v) for v in operands], ctm)
            elif op == "Tf":
                font_size = float(operands[1])
            elif op == "Tm":
                tm = [float(v) for v in operands]
            elif op in ("Tj", "TJ", "'", '"'):
                m = multiply(tm, ctm)
                sizes.append(font_size * (m[2] ** 2 + m[3] ** 2) ** 0.5)
            elif op == "Do":
                xobject = resources["/XObject"][operands[0]]
                if xobject.get("/Subtype") == "/Form":
                    matrix = [float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                    walk(xobject, multiply(matrix, ctm))

    with pikepdf.open(pdf_path) as pdf:
        walk(pdf.pages[0].obj, [1.0, 0, 0, 1.0, 0, 0])
    return sizes


@pytest.fixture(scope="module")
def posters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("posters")
    made = {}
    for page, marks in (("A4", False), ("A3", False), ("A2", False), ("A3", True)):
        out = folder / f"{page}{'-marks' if marks else ''}.pdf"
        svg_to_pdf(school_rocket().svg, out, page, FONTS, marks=marks)
        made[f"{page}{'+marks' if marks else ''}"] = out
    return made


TRIM_PT = {"A4": (595.276, 841.89), "A3": (841.89, 1190.551), "A2": (1190.551, 1683.78)}
BLEED_PT = 3 * 72 / 25.4


@pytest.mark.parametrize("page", ["A4", "A3", "A2"])
def test_posters_are_printed_to_the_edge_with_bleed(posters: dict[str, Path], page: str) -> None:
    import pikepdf

    width, height = TRIM_PT[page]
    with pikepdf.open(posters[page]) as pdf:
        sheet = pdf.pages[0]
        media = [float(v) for v in sheet.mediabox]
        trim = [float(v) for v in sheet.obj["/TrimBox"]]
        bleed = [float(v) for v in sheet.obj["/BleedBox"]]
        fonts = [
            str(f)
            for f in pdf.objects
            if isinstance(f, pikepdf.Dictionary)
            and f.get("/Type") == "/FontDescriptor"
            and any(k in f for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        ]
    assert media == pytest.approx([0, 0, width + 2 * BLEED_PT, height + 2 * BLEED_PT], abs=0.01)
    assert bleed == pytest.approx(media, abs=0.01)
    assert trim == pytest.approx(
        [BLEED_PT, BLEED_PT, BLEED_PT + width, BLEED_PT + height], abs=0.01
    )
    assert fonts, "no embedded font"
    # The artwork reaches the bleed: the page's corner pixels are the poster's background.
    scale = TRIM_PT[page][0] / TRIM_PT["A3"][0]
    assert min(_pdf_text_sizes(posters[page])) >= 14.0 * scale - 0.01


def test_the_a3_poster_artwork_reaches_the_bleed(tmp_path: Path) -> None:
    """The master the posters are made from carries the background past the trim: its
    corners (in the bleed) are the drawing's background colour, not white paper."""
    from trusthub.graphics.posters import MASTER_BLEED, master_svg

    svg = master_svg(school_rocket().svg)
    out = tmp_path / "master.png"
    svg_to_png(svg, out, 1200, FONTS)
    background = re.search(
        r'<rect width="1000" height="1414" fill="(#[0-9a-f]{6})"', school_rocket().svg
    )
    assert background is not None
    with Image.open(out) as image:
        rgb = image.convert("RGB")
        corner = rgb.getpixel((1, 1))
        inset = round(MASTER_BLEED / (841.89 + 2 * MASTER_BLEED) * 1200) - 1
        edge = rgb.getpixel((inset, image.height // 2))
    expected = colour.rgb(background.group(1))
    assert corner == expected and edge == expected


def test_a3_poster_text_is_readable_across_a_room(posters: dict[str, Path]) -> None:
    sizes = _pdf_text_sizes(posters["A3"])
    assert min(sizes) >= 14.0
    assert sum(1 for size in sizes if size >= 36.0) >= 2  # "Our destination", "Our vision"


def test_crop_marks_sit_outside_the_bleed(posters: dict[str, Path]) -> None:
    """Eight hairlines, two at each corner of the trim, all outside the bleed, which
    clips the artwork, on a sheet grown to hold them."""
    import pikepdf

    with pikepdf.open(posters["A3+marks"]) as pdf:
        media = [float(v) for v in pdf.pages[0].mediabox]
        trim = [float(v) for v in pdf.pages[0].obj["/TrimBox"]]
        bleed = [float(v) for v in pdf.pages[0].obj["/BleedBox"]]
        content = pdf.pages[0].obj.Contents.read_bytes().decode()
    assert media[2] - (trim[2] - trim[0]) > 2 * BLEED_PT + 10
    assert bleed == pytest.approx(
        [trim[0] - BLEED_PT, trim[1] - BLEED_PT, trim[2] + BLEED_PT, trim[3] + BLEED_PT], abs=0.01
    )
    clip = re.search(r"q ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re W n", content)
    assert clip is not None
    x, y, w, h = (float(v) for v in clip.groups())
    assert [x, y, x + w, y + h] == pytest.approx(bleed, abs=0.01)
    lines = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content)
    assert len(lines) == 8
    for line in lines:
        x0, y0, x1, y1 = (float(v) for v in line)
        for px, py in ((x0, y0), (x1, y1)):
            outside = not (bleed[0] < px < bleed[2] and bleed[1] < py < bleed[3])
            assert outside and 0 <= px <= media[2] and 0 <= py <= media[3], line


def test_posters_are_deterministic(tmp_path: Path, posters: dict[str, Path]) -> None:
    again = tmp_path / "again.pdf"
    svg_to_pdf(school_rocket().svg, again, "A4", FONTS)
    assert again.read_bytes() == posters["A4"].read_bytes()


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


def test_screen_version_is_1920_by_1080_and_readable(tmp_path: Path) -> None:
    """The screen version shows the poster's own drawing (no second layout) beside the
    heading and the mission, its smallest text at least 14 px on the 1920×1080 screen."""
    from trusthub.graphics.rocket.screen import SCREEN_HEIGHT, screen_svg

    result = school_rocket()
    svg = screen_svg(
        result,
        SCHOOL_THEME,
        title="Strategy 2025\u20132030",
        eyebrow="Brookfield Primary School",
        destination=demo_strategy().destination,
    )
    root = ET.fromstring(svg)
    assert (root.get("width"), root.get("height")) == ("1920", "1080")
    nested = root.find(f"{SVG}svg")
    assert nested is not None
    _, top, _, view_h = (float(v) for v in nested.get("viewBox", "").split())
    assert top == result.star_top
    scale = float(nested.get("height", "0")) / view_h
    assert min(box.size for box in result.boxes if box.bottom > top) * scale >= 14.0
    assert float(nested.get("height", "0")) <= SCREEN_HEIGHT
    out = tmp_path / "screen.png"
    svg_to_png(svg, out, 1920, FONTS)
    with Image.open(out) as image:
        assert image.size == (1920, 1080)


@pytest.mark.parametrize(
    ("accent", "lifted"),
    [
        ("#957000", True),
        ("#977000", True),
        ("#b5472f", False),
        ("#618100", False),
        ("#f2c200", False),
        ("#6b6b6b", False),
    ],
)
def test_a_dark_yellow_accent_is_drawn_golden_not_khaki(accent: str, lifted: bool) -> None:
    """Little Acorns' mustard read khaki beside its green: a dark yellow is lifted in OKLCH
    lightness at its own hue; reds, greens, light yellows and greys are drawn as they are."""
    from coloraide import Color

    drawn = colour.vivid(accent)
    assert (drawn != accent) == lifted
    if lifted:
        before, after = Color(accent).convert("oklch"), Color(drawn).convert("oklch")
        assert after["lightness"] == pytest.approx(colour.GOLD_LIGHTNESS, abs=0.01)
        assert abs(after["hue"] - before["hue"]) < 6
        palette = RocketPalette.derive("#2e6b30", accent, "#1b2130", "#ffffff")
        assert palette.accent == drawn
