"""Favicons, the web manifest and Open Graph share images."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from PIL import Image

from trusthub.design import colour
from trusthub.graphics.favicon import favicon_svg, web_manifest
from trusthub.graphics.render import svg_to_png
from trusthub.graphics.share import HEIGHT, WIDTH, png_bytes, share_image

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "brand" / "fonts"
REGULAR = FONTS / "atkinson-hyperlegible-latin-400-normal.woff"
BOLD = FONTS / "atkinson-hyperlegible-latin-700-normal.woff"
SVG = "{http://www.w3.org/2000/svg}"
LOGO = (ROOT / "schools" / "kingfisher" / "logo.svg").read_text(encoding="utf-8")
MONO = (ROOT / "brand" / "logos" / "trust-mono.svg").read_text(encoding="utf-8")


# --- Favicons and the manifest ----------------------------------------------------------


@pytest.mark.parametrize("shape", ["auto", "tile", "square"])
def test_favicon_is_a_square_svg(shape: str) -> None:
    svg = favicon_svg(LOGO, "#0b6e99", shape=shape)  # type: ignore[arg-type]
    root = ET.fromstring(svg)
    assert root.get("viewBox") == "0 0 64 64"
    assert svg == favicon_svg(LOGO, "#0b6e99", shape=shape)  # type: ignore[arg-type]


def test_badge_logo_is_its_own_favicon_and_others_get_a_tile() -> None:
    badge = ET.fromstring(favicon_svg(LOGO, "#0b6e99"))
    assert badge.find(f"{SVG}rect") is None  # the roundel, edge to edge
    tiled = ET.fromstring(favicon_svg(MONO, "#0f4c5c"))
    rect = tiled.find(f"{SVG}rect")
    assert rect is not None and rect.get("fill") == "#0f4c5c" and rect.get("rx")


def test_favicon_renders_at_32_px(tmp_path: Path) -> None:
    for name, svg in [
        ("badge", favicon_svg(LOGO, "#0b6e99")),
        ("tile", favicon_svg(MONO, "#0f4c5c")),
    ]:
        out = tmp_path / f"{name}.png"
        svg_to_png(svg, out, 32, FONTS)
        with Image.open(out) as image:
            assert image.size == (32, 32)
            alpha = image.convert("RGBA").getchannel("A")
            assert alpha.getpixel((16, 16)) == 255  # the middle is drawn


def test_web_manifest() -> None:
    text = web_manifest(
        'St Aidan\'s "Church" School',
        "St Aidan's",
        "#5b2a86",
        {512: "icon-512.png", 192: "icon-192.png", 32: "favicon.svg"},
        maskable={512: "maskable-512.png"},
    )
    manifest = json.loads(text)
    assert manifest["name"] == 'St Aidan\'s "Church" School'
    assert manifest["theme_color"] == "#5b2a86"
    icons = {(icon["src"], icon["purpose"]): icon for icon in manifest["icons"]}
    assert icons[("icon-192.png", "any")] == {
        "src": "icon-192.png",
        "sizes": "192x192",
        "purpose": "any",
        "type": "image/png",
    }
    assert icons[("icon-512.png", "any")]["sizes"] == "512x512"
    assert icons[("favicon.svg", "any")]["type"] == "image/svg+xml"
    assert icons[("maskable-512.png", "maskable")]["sizes"] == "512x512"
    with pytest.raises(ValueError, match="needs icons of 512 px"):
        web_manifest("A", "A", "#000000", {192: "a.png"})


# --- Share images --------------------------------------------------------------------


def share(title: str, **kw: object) -> bytes:
    options: dict[str, object] = {
        "primary": "#7b1e3a",
        "accent": "#3a7ca5",
        "regular_font": REGULAR,
        "bold_font": BOLD,
        "trust_name": "Aldermere Learning Trust",
    }
    options.update(kw)
    return share_image(title, str(options.pop("section", "Aldermere Academy")), **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def logo_png(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("logo") / "logo.png"
    svg_to_png(LOGO, out, 256, FONTS)
    return out.read_bytes()


def test_share_image_is_1200_by_630_and_deterministic(logo_png: bytes) -> None:
    first = share("Special educational needs and disabilities", logo_png=logo_png)
    with Image.open(io.BytesIO(first)) as image:
        assert image.format == "PNG"
        assert image.size == (WIDTH, HEIGHT) == (1200, 630)
        image.load()
    assert share("Special educational needs and disabilities", logo_png=logo_png) == first
    assert share("Another page", logo_png=logo_png) != first


@pytest.mark.parametrize(
    "title",
    [
        "x" * 120,
        " ".join(["Curriculum"] * 12),
        "",
        "   ",
        "<script>alert('hi')</script> & \x00\x1b\u202e emoji 🚀✨ 中文 العربية",
        "W" * 400,
    ],
)
def test_hostile_and_long_titles_do_not_raise(title: str) -> None:
    data = share(title, section="S" * 300, trust_name="T" * 300)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1200, 630)


@pytest.mark.parametrize(
    ("primary", "accent"),
    [
        ("#7b1e3a", "#3a7ca5"),
        ("#f2b705", "#2e6b30"),
        ("#ffffff", "#ffff00"),
        ("#000000", "#111111"),
    ],
)
def test_text_reaches_aa_contrast(primary: str, accent: str) -> None:
    """In the title's and the section name's areas, the colour furthest from the
    background (the text's own, inside its glyphs) reaches 4.5:1 against it."""
    data = share("Title Ag", section="Section", primary=primary, accent=accent, trust_name="")
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
    for area in [(80, 300, 700, 460), (80, 56, 500, 104)]:
        counts = sorted(rgb.crop(area).getcolors(maxcolors=1 << 16) or [], reverse=True)
        background = _hex(counts[0][1])
        text = max(
            (_hex(c) for n, c in counts if n >= 20),
            key=lambda c: colour.contrast(c, background),
        )
        assert colour.contrast(text, background) >= 4.5, (area, text, background)


def _hex(rgb: Any) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def test_png_writer_round_trips() -> None:
    image = Image.new("RGB", (7, 3), "#123456")
    image.putpixel((6, 2), (1, 2, 3))
    with Image.open(io.BytesIO(png_bytes(image))) as decoded:
        assert decoded.mode == "RGB" and decoded.tobytes() == image.tobytes()


def test_bad_logo_png_raises() -> None:
    with pytest.raises(ValueError, match="logo_png is not an image"):
        share("Title", logo_png=b"not a png")


def test_share_images_are_deterministic_and_differ_by_title(logo_png: bytes) -> None:
    """The cache relies on this: the same title gives the same bytes, another title not."""
    from PIL import Image

    first = share("Our curriculum", logo_png=logo_png)
    assert share("Our curriculum", logo_png=logo_png) == first
    assert share("Our values in action", logo_png=logo_png) != first
    with Image.open(io.BytesIO(first)) as image:
        assert image.format == "PNG" and image.size == (1200, 630)
