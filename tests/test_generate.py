"""The graphics pipeline: cached by a hash of the inputs, drawn once, published into the site."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from trusthub.build.generate.cache import Cache
from trusthub.build.generate.pipeline import generate
from trusthub.content.repo import load_repo


def test_second_run_draws_nothing_and_a_change_redraws_only_its_section(
    trust_copy: Path, tmp_path: Path
) -> None:
    repo, _ = load_repo(trust_copy)
    slugs = sorted(repo.schools)
    first = Cache(tmp_path / "cache")
    outputs = generate(repo, slugs, first, progress=False)
    assert first.made > 0 and first.reused == 0
    stamps = {path: path.stat().st_mtime_ns for path in outputs.files.values()}

    second = Cache(tmp_path / "cache")
    again = generate(repo, slugs, second, progress=False)
    assert second.made == 0
    assert again.files == outputs.files
    assert {p: p.stat().st_mtime_ns for p in again.files.values()} == stamps

    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    school.write_text(school.read_text().replace('primary: "#006d77"', 'primary: "#005e66"'))
    repo, _ = load_repo(trust_copy)
    third = Cache(tmp_path / "cache")
    changed = generate(repo, slugs, third, progress=False)
    redrawn = {site for site, path in changed.files.items() if path not in stamps}
    assert {
        f"assets/trusthub/rocket/kingfisher{suffix}"
        for suffix in (".svg", ".png", "@2x.png", "-a4.pdf", "-a3.pdf", "-a2.pdf", "-screen.png")
    } <= redrawn
    assert "assets/trusthub/kits/kingfisher.zip" in redrawn
    assert [site for site in redrawn if "kingfisher" not in site] == []


def test_rocket_outputs_have_the_stated_sizes(demo_root: Path, tmp_path: Path) -> None:
    repo, _ = load_repo(demo_root)
    outputs = generate(repo, ["brookfield"], Cache(tmp_path), progress=False)
    files = outputs.files
    for name, width in (("brookfield.png", 600), ("brookfield@2x.png", 1200)):
        with Image.open(files[f"assets/trusthub/rocket/{name}"]) as image:
            assert image.width == width
    bleed = 3 * 72 / 25.4
    for name, (width, height) in (
        ("a4", (595.276, 841.89)),
        ("a3", (841.89, 1190.551)),
        ("a2", (1190.551, 1683.78)),
    ):
        with pikepdf.open(files[f"assets/trusthub/rocket/brookfield-{name}.pdf"]) as pdf:
            sheet = pdf.pages[0]
            assert [float(v) for v in sheet.mediabox] == pytest.approx(
                [0, 0, width + 2 * bleed, height + 2 * bleed], abs=0.01
            )
            assert [float(v) for v in sheet.obj["/TrimBox"]] == pytest.approx(
                [bleed, bleed, bleed + width, bleed + height], abs=0.01
            )
    with Image.open(files["assets/trusthub/rocket/brookfield-screen.png"]) as image:
        assert image.size == (1920, 1080)
    svg = files["assets/trusthub/rocket/trust.svg"].read_text()
    assert "@font-face" in svg and "<title" in svg and "<desc" in svg


def test_built_site_links_the_rocket_and_its_downloads(public_site: Path) -> None:
    html = (public_site / "schools/brookfield/strategy/index.html").read_text()
    for suffix in (
        ".svg",
        "-narrow.svg",
        ".png",
        "@2x.png",
        "-a4.pdf",
        "-a3.pdf",
        "-a2.pdf",
        "-a3-marks.pdf",
        "-screen.png",
    ):
        link = f"../../../assets/trusthub/rocket/brookfield{suffix}"
        assert link in html
        assert (public_site / "assets/trusthub/rocket" / f"brookfield{suffix}").is_file()
    assert "Text version of the rocket" in html


def _jpeg_with_gps() -> bytes:

    image = Image.new("RGB", (3000, 2000), "#3a7ca5")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 30.0, 12.0), "W", (0.0, 7.0, 40.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_published_photo_has_no_metadata_and_pages_link_the_webp(
    trust_copy: Path, tmp_path: Path
) -> None:
    from trusthub.adapters.mkdocs_run import run_build

    images = trust_copy / "schools" / "kingfisher" / "images"
    images.mkdir(exist_ok=True)
    data = _jpeg_with_gps()
    assert Image.open(io.BytesIO(data)).getexif()
    (images / "garden.jpg").write_bytes(data)
    page = trust_copy / "schools" / "kingfisher" / "about.md"
    page.write_text(page.read_text() + "\n![Pupils in the sensory garden](images/garden.jpg)\n")
    site = run_build(trust_copy, site_dir=tmp_path / "site")
    assert not (site / "schools/kingfisher/images/garden.jpg").exists()
    published = site / "schools/kingfisher/images/garden.webp"
    with Image.open(published) as photo:
        assert photo.format == "WEBP"
        assert max(photo.size) == 2000
        assert not photo.getexif()
    assert b"Exif" not in published.read_bytes() and b"PhoneMaker" not in published.read_bytes()
    html = (site / "schools/kingfisher/about/index.html").read_text()
    assert 'src="../images/garden.webp"' in html and 'alt="Pupils in the sensory garden"' in html


def test_every_page_has_a_share_image_and_section_icons(public_site: Path) -> None:
    pages = list(public_site.rglob("index.html"))
    assert len(pages) > 60
    for page in pages:
        html = page.read_text()
        match = re.search(
            r'<meta property="og:image" content="https://www.aldermere.org.uk/([^"]+)"', html
        )
        assert match, page
        with Image.open(public_site / match.group(1)) as image:
            assert image.size == (1200, 630)
    school = (public_site / "schools/kingfisher/values/index.html").read_text()
    assert 'href="../../../assets/trusthub/icons/kingfisher/favicon.svg"' in school
    manifest = (public_site / "assets/trusthub/icons/kingfisher/manifest.webmanifest").read_text()
    assert '"icon-512.png"' in manifest
    for variant in ("colour", "white", "mono"):
        with Image.open(
            public_site / f"assets/trusthub/schools/kingfisher/lockup-{variant}-512.png"
        ) as lockup:
            assert lockup.width == 512
    kit = public_site / "assets/trusthub/kits/kingfisher.zip"
    import zipfile

    names = zipfile.ZipFile(kit).namelist()
    assert {
        "manifest.json",
        "lockups/white.svg",
        "rocket/poster-a3.pdf",
        "rocket/poster-a2.pdf",
        "rocket/rocket-screen.png",
        "rocket/rocket-screen.svg",
        "colours/tokens.json",
    } <= set(names)


def test_the_same_photo_in_two_places_is_encoded_once(trust_copy: Path, tmp_path: Path) -> None:
    """Outputs are keyed by their inputs' content, so two schools using the same photo share
    one cached file; it is drawn once, not once for each place it is published."""
    repo, _ = load_repo(trust_copy)
    photo = tmp_path / "hall.jpg"
    photo.write_bytes(_jpeg_with_gps())
    copy = tmp_path / "hall-copy.jpg"
    copy.write_bytes(photo.read_bytes())
    one = Cache(tmp_path / "one")
    generate(repo, [], one, progress=False, photos={"a/hall.jpg": photo})
    two = Cache(tmp_path / "two")
    outputs = generate(
        repo, [], two, progress=False, photos={"a/hall.jpg": photo, "b/hall.jpg": copy}
    )
    assert outputs.files["a/hall.webp"] == outputs.files["b/hall.webp"]
    assert two.made == one.made


def test_a_rockets_warnings_are_reported_when_drawn_and_when_cached(
    trust_copy: Path, tmp_path: Path
) -> None:
    """The rocket is laid out in a drawing process; what it had to shorten still reaches the
    build's warnings, and again on a build that finds the rocket in the cache."""
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    long_title = "Writing with purpose " * 6 + "everywhere"
    school.write_text(school.read_text().replace("Writing with purpose", long_title, 1))
    repo, _ = load_repo(trust_copy)
    expected = f"Brookfield Primary School: Local priority '{long_title}' title abbreviated"
    for _ in range(2):
        cache = Cache(tmp_path / "cache")
        outputs = generate(repo, ["brookfield"], cache, progress=False)
        assert [w for w in outputs.warnings if w.startswith(expected)], outputs.warnings
    assert cache.made == 0  # the second time, from the cache
