"""The graphics pipeline: cached by a hash of the inputs, drawn once, published into the site."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from trusthub.generate.cache import Cache
from trusthub.generate.pipeline import generate
from trusthub.repo import load_repo


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
    school.write_text(school.read_text().replace('primary: "#0b6e99"', 'primary: "#0b5e89"'))
    repo, _ = load_repo(trust_copy)
    third = Cache(tmp_path / "cache")
    changed = generate(repo, slugs, third, progress=False)
    redrawn = {site for site, path in changed.files.items() if path not in stamps}
    assert redrawn == {
        f"assets/trusthub/rocket/kingfisher{suffix}"
        for suffix in (".svg", ".png", "@2x.png", "-a4.pdf", "-a3.pdf")
    }


def test_rocket_outputs_have_the_stated_sizes(demo_root: Path, tmp_path: Path) -> None:
    repo, _ = load_repo(demo_root)
    outputs = generate(repo, ["brookfield"], Cache(tmp_path), progress=False)
    files = outputs.files
    for name, width in (("brookfield.png", 800), ("brookfield@2x.png", 1600)):
        with Image.open(files[f"assets/trusthub/rocket/{name}"]) as image:
            assert image.width == width
    for name, box in (("a4", "0 0 595 842"), ("a3", "0 0 842 1191")):
        pdf = files[f"assets/trusthub/rocket/brookfield-{name}.pdf"].read_bytes()
        assert re.findall(rb"/MediaBox \[ ([\d ]+) \]", pdf) == [box.encode()]
        assert b"/FontFile" in pdf
    svg = files["assets/trusthub/rocket/trust.svg"].read_text()
    assert "@font-face" in svg and "<title" in svg and "<desc" in svg


def test_built_site_links_the_rocket_and_its_downloads(public_site: Path) -> None:
    html = (public_site / "schools/brookfield/strategy/index.html").read_text()
    for suffix in (".svg", ".png", "@2x.png", "-a4.pdf", "-a3.pdf"):
        link = f"../../../assets/trusthub/rocket/brookfield{suffix}"
        assert link in html
        assert (public_site / "assets/trusthub/rocket" / f"brookfield{suffix}").is_file()
    assert "Text version of the rocket" in html
