"""Brand kits: a deterministic zip with a manifest, palette files and a signature."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from html.parser import HTMLParser

import pytest

from trusthub.graphics.kit import GENERATED, KitError, brand_kit

PALETTE = {"primary": "#0F4C5C", "secondary": "#b5472f", "Gold leaf": "#e3a33b"}
FILES = {
    "logos/logo.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    "lockups/colour.png": b"\x89PNG fake",
    "posters/rocket-A4.pdf": b"%PDF-1.7 fake",
}


def kit(files: dict[str, bytes] | None = None, **kw: object) -> bytes:
    options: dict[str, object] = {
        "name": "Aldermere Learning Trust",
        "palette": PALETTE,
        "font_family": "Atkinson Hyperlegible",
    }
    options.update(kw)
    return brand_kit(FILES if files is None else files, **options)  # type: ignore[arg-type]


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_zip_holds_given_and_generated_files() -> None:
    files = entries(kit())
    assert set(files) == set(FILES) | set(GENERATED)
    assert files["logos/logo.svg"] == FILES["logos/logo.svg"]
    assert list(files) == sorted(files)


def test_manifest_lists_every_other_entry_with_its_hash() -> None:
    files = entries(kit())
    manifest = json.loads(files["manifest.json"])
    assert manifest["name"] == "Aldermere Learning Trust"
    assert manifest["generated_by"] == "trusthub"
    listed = {item["path"]: item for item in manifest["files"]}
    assert set(listed) == set(files) - {"manifest.json"}
    for path, item in listed.items():
        assert item["size"] == len(files[path])
        assert item["sha256"] == hashlib.sha256(files[path]).hexdigest()


def test_palette_css_has_the_variables() -> None:
    css = entries(kit())["colours/palette.css"].decode("utf-8")
    assert "--brand-primary: #0f4c5c;" in css
    assert "--brand-secondary: #b5472f;" in css
    assert "--brand-gold-leaf: #e3a33b;" in css
    assert "--brand-primary-rgb: 15, 76, 92;" in css
    assert '--brand-font: "Atkinson Hyperlegible", sans-serif;' in css
    assert css.count("{") == css.count("}") == 1


def test_tokens_json_has_hex_rgb_and_cmyk() -> None:
    tokens = json.loads(entries(kit())["colours/tokens.json"])
    assert list(tokens["colour"]) == ["primary", "secondary", "gold-leaf"]
    assert tokens["colour"]["primary"] == {
        "hex": "#0f4c5c",
        "rgb": [15, 76, 92],
        "cmyk": [84, 17, 0, 64],
    }
    assert tokens["font"]["family"] == "Atkinson Hyperlegible"


def test_gimp_palette() -> None:
    lines = entries(kit())["colours/palette.gpl"].decode("utf-8").splitlines()
    assert lines[:2] == ["GIMP Palette", "Name: Aldermere Learning Trust"]
    assert " 15  76  92\tprimary" in lines


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_email_signature_is_a_table_and_escapes_everything() -> None:
    name = 'St <Aidan\'s> & "Friends"</td><script>alert(1)</script>'
    html = entries(kit(name=name, font_family='Evil"; x: url(y)<b>'))["email-signature.html"]
    text = html.decode("utf-8")
    parser = _Collector()
    parser.feed(text)
    assert "script" not in parser.tags and "b" not in parser.tags
    assert "table" in parser.tags and "style" not in parser.tags
    assert name in "".join(parser.text)
    assert "[Your name]" in text and "[Your role]" in text
    assert "border-left: 4px solid #b5472f" in text
    assert "color: #0f4c5c" in text


def test_readme_lists_the_contents() -> None:
    readme = entries(kit())["README.txt"].decode("utf-8")
    assert readme.startswith("Aldermere Learning Trust: brand kit\n")
    for line in ("  logos/", "    logo.svg", "  colours/", "    palette.css", "  manifest.json"):
        assert f"\n{line}\n" in readme
    assert "#0f4c5c" in readme


def test_identical_bytes_on_two_calls() -> None:
    assert kit() == kit()
    reordered = dict(reversed(list(FILES.items())))
    assert kit(reordered) == kit()
    assert kit(generated_by="trusthub 0.2") != kit()


def test_fixed_timestamps_and_permissions() -> None:
    with zipfile.ZipFile(io.BytesIO(kit())) as archive:
        for info in archive.infolist():
            assert info.date_time == (2000, 1, 1, 0, 0, 0)
            assert info.external_attr == 0o644 << 16
        assert archive.getinfo("lockups/colour.png").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("colours/palette.css").compress_type == zipfile.ZIP_DEFLATED


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/etc/passwd", "must be relative"),
        ("C:/x.png", "must be relative"),
        ("../up.png", "plain file or folder name"),
        ("logos//x.png", "plain file or folder name"),
        ("logos/.hidden", "plain file or folder name"),
        ("manifest.json", "the kit writes this file itself"),
        ("colours/palette.css", "the kit writes this file itself"),
    ],
)
def test_bad_paths_are_refused(path: str, message: str) -> None:
    with pytest.raises(KitError, match=message):
        kit({path: b"x"})


def test_bad_colours_are_refused() -> None:
    with pytest.raises(KitError, match="not a hex colour"):
        kit(palette={"primary": "red; } body { display: none"})
    with pytest.raises(KitError, match="same token name"):
        kit(palette={"Gold": "#000000", "gold": "#111111"})
