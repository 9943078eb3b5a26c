"""Logo lock-ups: well-formed SVG, text inside the drawing, three variants that render."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PIL import Image, ImageStat

from trusthub.design.text import FontMetrics
from trusthub.graphics.lockup import (
    INK,
    LOCKUP_VARIANTS,
    LogoError,
    lockup,
    one_colour_logo,
)
from trusthub.graphics.render import svg_to_png

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "brand" / "fonts"
REGULAR = FONTS / "atkinson-hyperlegible-latin-400-normal.woff"
BOLD = FONTS / "atkinson-hyperlegible-latin-700-normal.woff"
SVG = "{http://www.w3.org/2000/svg}"
SCHOOLS = sorted(path.name for path in (ROOT / "schools").iterdir() if path.is_dir())
TRUST = "Aldermere Learning Trust"


def logo(slug: str = "aldermere-academy") -> str:
    return (ROOT / "schools" / slug / "logo.svg").read_text(encoding="utf-8")


def draw(variant: str = "colour", name: str = "Aldermere Academy", trust: str = TRUST, **kw):
    return lockup(
        kw.pop("logo_svg", logo()),
        name,
        trust,
        variant=variant,  # type: ignore[arg-type]
        primary="#7b1e3a",
        accent="#3a7ca5",
        font_family="Atkinson Hyperlegible",
        regular_font=REGULAR,
        bold_font=BOLD,
        **kw,
    )


def measured_text_boxes(svg: str) -> list[tuple[float, float, float, float]]:
    """Every <text>'s box, measured here from the SVG with the font files: (left, top,
    right, bottom), from each line's baseline, the font's ascent and descent."""
    regular, bold = FontMetrics(REGULAR), FontMetrics(BOLD)
    boxes = []
    for text in ET.fromstring(svg).iter(f"{SVG}text"):
        size = float(text.get("font-size", "16"))
        weight = bold if text.get("font-weight") == "700" else regular
        lines: list[tuple[float, float, float]] = []  # x, baseline, width
        spans = list(text)
        if text.get("y") is not None:  # one line: text, then spans continuing it
            width = regular.width(text.text or "", size) if weight is regular else 0.0
            for span in spans:
                metrics = bold if span.get("font-weight") == "700" else weight
                width += metrics.width(span.text or "", size)
            lines.append((float(text.get("x", "0")), float(text.get("y", "0")), width))
        else:
            for span in spans:
                width = weight.width(span.text or "", size)
                lines.append((float(span.get("x", "0")), float(span.get("y", "0")), width))
        for x, baseline, width in lines:
            boxes.append(
                (x, baseline - weight.ascent(size), x + width, baseline + weight.descent(size))
            )
    return boxes


def viewbox(svg: str) -> tuple[float, float, float, float]:
    x, y, w, h = (float(v) for v in ET.fromstring(svg).get("viewBox", "").split())
    return x, y, w, h


@pytest.mark.parametrize("variant", LOCKUP_VARIANTS)
def test_valid_svg_with_title_and_real_text(variant: str) -> None:
    svg = draw(variant).svg
    root = ET.fromstring(svg)
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text == "Aldermere Academy, part of Aldermere Learning Trust"
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("role") == "img"
    texts = "".join(root.find(f"{SVG}text").itertext())  # type: ignore[union-attr]
    assert texts == "Aldermere Academy"
    assert "Atkinson Hyperlegible" in (root.get("font-family") or "")


def test_names_are_escaped() -> None:
    name = 'St <Mary> & "All" Angels</text><script>alert(1)</script>'
    svg = draw(name=name, trust="Trust & <Co>").svg
    root = ET.fromstring(svg)  # still well-formed
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg
    assert "Trust &amp; &lt;Co&gt;" in svg
    assert not list(root.iter(f"{SVG}script"))


@pytest.mark.parametrize(
    "name",
    [
        "Aldermere Academy",
        "St Aidan's Church of England Primary School",
        "The Very Long Named Voluntary Aided Church of England Infant and Nursery School "
        "of Saint Bartholomew-the-Great",
        "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3,
    ],
)
def test_viewbox_encloses_every_text_box(name: str) -> None:
    drawn = draw(name=name, trust="The Diocese of Westchester Multi-Academy Trust for Learning")
    x, y, width, height = viewbox(drawn.svg)
    assert (x, y) == (0, 0)
    assert (width, height) == (
        pytest.approx(drawn.width, abs=0.1),
        pytest.approx(drawn.height, abs=0.1),
    )
    assert len(list(ET.fromstring(drawn.svg).iter(f"{SVG}text"))) == 2
    boxes = measured_text_boxes(drawn.svg)
    for left, top, right, bottom in boxes:
        assert left >= 0 and right <= width + 0.5, (left, right, width)
        assert top >= 0 and bottom <= height + 0.5, (top, bottom, height)
    # The school name never takes more than two lines.
    name_text = ET.fromstring(drawn.svg).find(f"{SVG}text")
    assert name_text is not None and len(list(name_text)) <= 2


def test_no_trust_name_leaves_out_the_endorsement() -> None:
    drawn = draw(trust="")
    assert len(measured_text_boxes(drawn.svg)) == 1
    assert "Part of" not in drawn.svg
    assert ET.fromstring(drawn.svg).find(f"{SVG}title").text == "Aldermere Academy"  # type: ignore[union-attr]


def test_variants_differ_and_are_deterministic() -> None:
    svgs = [draw(variant).svg for variant in LOCKUP_VARIANTS]
    assert len(set(svgs)) == 3
    assert svgs == [draw(variant).svg for variant in LOCKUP_VARIANTS]


def test_unknown_variant_and_bad_logo_raise() -> None:
    with pytest.raises(ValueError, match="variant must be one of colour, white, mono"):
        draw("sepia")
    with pytest.raises(LogoError):
        draw(logo_svg="<html>not svg</html>")


def embedded_logos(svg: str) -> list[str]:
    return [
        base64.b64decode(href.partition(",")[2]).decode("utf-8")
        for href in re.findall(r'href="(data:image/svg\+xml;base64,[^"]+)"', svg)
    ]


def test_hostile_logo_is_sanitised() -> None:
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<script>alert(1)</script><rect width="10" height="10" onload="alert(2)"/>'
        '<image href="https://tracker.example/pixel.png" width="1" height="1"/></svg>'
    )
    for variant in LOCKUP_VARIANTS:
        for inner in embedded_logos(draw(variant, logo_svg=hostile).svg):
            assert "script" not in inner
            assert "onload" not in inner
            assert "tracker.example" not in inner


@pytest.mark.parametrize("slug", SCHOOLS)
def test_demo_logos_are_read_as_badges(slug: str) -> None:
    """Each demo logo is a shield, roundel or tile with an emblem: redrawn in one
    colour, the badge becomes an outline and the emblem stays solid."""
    flat = one_colour_logo(logo(slug), "#ffffff")
    assert flat.exact and flat.badge
    inner = base64.b64decode(flat.logo.data_uri.partition(",")[2]).decode("utf-8")
    paints = set(re.findall(r'(?:fill|stroke)="([^"]+)"', inner))
    assert paints <= {"#ffffff", "none"}


def test_a_one_colour_logo_keeps_its_shape() -> None:
    mono = (ROOT / "brand" / "logos" / "trust-mono.svg").read_text(encoding="utf-8")
    flat = one_colour_logo(mono, "#123456")
    assert flat.exact and not flat.badge  # currentColor everywhere: a silhouette
    inner = base64.b64decode(flat.logo.data_uri.partition(",")[2]).decode("utf-8")
    assert 'fill="none" stroke="#123456"' in inner  # the outline ring stays an outline


def test_logo_with_a_stylesheet_falls_back_to_a_silhouette_mask() -> None:
    styled = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        "<style>.a{fill:#c00}</style><circle class='a' cx='5' cy='5' r='5'/></svg>"
    )
    assert not one_colour_logo(styled, "#ffffff").exact
    svg = draw("white", logo_svg=styled).svg
    assert "<mask" in svg and "mask-type:alpha" in svg


def alpha_mask(image: Image.Image, threshold: int) -> Image.Image:
    return image.getchannel("A").point(lambda value: 255 if value > threshold else 0)


@pytest.mark.parametrize(
    ("variant", "logo_svg"),
    [
        ("colour", logo()),
        ("white", logo()),
        ("mono", logo()),
        (
            "white",
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>'
            ".a{fill:#c00}</style><circle class='a' cx='5' cy='5' r='5'/></svg>",
        ),
    ],
    ids=["colour", "white", "mono", "white-silhouette"],
)
def test_renders_in_cairosvg(tmp_path: Path, variant: str, logo_svg: str) -> None:
    out = tmp_path / "lockup.png"
    svg_to_png(draw(variant, logo_svg=logo_svg).svg, out, 512, FONTS)
    with Image.open(out) as png:
        image = png.convert("RGBA")
    assert image.width == 512
    drawn = alpha_mask(image, 64)
    assert ImageStat.Stat(drawn).sum[0] > 0  # something was drawn
    low, high = zip(*ImageStat.Stat(image.convert("RGB"), drawn).extrema, strict=True)
    if variant == "white":
        assert min(low) >= 235, "the white-out has pixels that are not white"
        # Logo and text are both there: opaque pixels left and right of the gap.
        left = drawn.crop((0, 0, 100, image.height))
        assert ImageStat.Stat(left).sum[0] > 0
    elif variant == "mono":
        ink = tuple(int(INK[i : i + 2], 16) for i in (1, 3, 5))
        assert all(
            abs(lo - c) <= 24 and abs(hi - c) <= 24
            for lo, hi, c in zip(low, high, ink, strict=True)
        )
    else:
        assert max(high) - min(low) > 100  # in colour


def test_embedded_fonts_for_a_standalone_file(tmp_path: Path) -> None:
    svg = draw("colour", embed_fonts=True).svg
    root = ET.fromstring(svg)
    style = root.find(f"{SVG}defs/{SVG}style")
    assert style is not None and (style.text or "").count("@font-face") == 2
    assert "font/woff;base64," in svg
    plain = draw("colour").svg
    assert len(svg) - len(plain) < 45_000
    out = tmp_path / "embedded.png"
    svg_to_png(svg, out, 256, FONTS)
    with Image.open(out) as png:
        assert png.width == 256
