"""The build tree: what every engine renders, written by the core alone."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
import yaml

from trusthub.build.tree import write_tree
from trusthub.governance.check import check_repo
from trusthub.site.plan import plan_site


def _tree(root: Path, out: Path, cache: Path) -> Path:
    repo, _ = check_repo(root)
    return write_tree(repo, plan_site(repo, "public"), out, "public", cache).finish().root


def _differences(a: Path, b: Path) -> list[str]:
    compared = filecmp.dircmp(a, b)
    found = [*compared.left_only, *compared.right_only, *compared.diff_files]
    for name in compared.common_dirs:
        found += [f"{name}/{d}" for d in _differences(a / name, b / name)]
    return found


def test_the_same_content_writes_the_same_tree(demo_root: Path, tmp_path: Path) -> None:
    first = _tree(demo_root, tmp_path / "one", tmp_path / "cache")
    second = _tree(demo_root, tmp_path / "two", tmp_path / "cache")
    assert _differences(first, second) == []


def test_the_tree_needs_no_plugin_or_hook(demo_root: Path, tmp_path: Path) -> None:
    tree = _tree(demo_root, tmp_path / "tree", tmp_path / "cache")
    config = yaml.safe_load((tree / "mkdocs.yml").read_text())
    assert config["plugins"] == [{"search": {"enabled": False}}]  # Pagefind searches instead
    assert "hooks" not in config
    assert config["theme"]["custom_dir"] == "theme"
    assert (tree / "theme" / "partials" / "nav.html").is_file()
    override = (tree / "theme" / "partials" / "copyright.html").read_text()
    assert override == (demo_root / "overrides" / "partials" / "copyright.html").read_text()
    schools = next(e for e in config["nav"] if "Our schools" in e)
    assert schools == {"Our schools": "schools/index.md"}  # no school's pages in the site nav


def test_pages_carry_escaped_theme_data_and_html_bodies(demo_root: Path, tmp_path: Path) -> None:
    tree = _tree(demo_root, tmp_path / "tree", tmp_path / "cache")
    text = (tree / "docs" / "schools" / "st-aidans" / "index.md").read_text()
    _, front, body = text.split("---\n", 2)
    here = yaml.safe_load(front)["th"]
    assert here == {
        "section": "st-aidans",
        "url": "schools/st-aidans/",
        "share_image": "assets/trusthub/share/schools/st-aidans/index.png",
    }
    config = yaml.safe_load((tree / "mkdocs.yml").read_text())
    th = config["extra"]["th"]["sections"][here["section"]]
    assert th["school"] is True
    assert th["title"] == "St Aidan&#39;s Church of England Primary School"
    assert th["theme_css"] == "assets/trusthub/schools/st-aidans/theme.css"
    assert [item["title"] for item in th["nav"]][:2] == [
        "Home",
        "Our curriculum",
    ]  # own pages first
    assert th["nav"][0]["url"] == here["url"]
    assert body.lstrip().startswith('<div class="th-page">')
    assert "///" not in body  # blocks are rendered already
    assert (tree / "files" / th["icons"]["svg"]).is_file()
    assert config["extra"]["th"]["sections"]["trust"]["school"] is False


def test_an_unchanged_page_is_not_rendered_again(trust_copy: Path, tmp_path: Path) -> None:
    from trusthub.build import tree as tree_module

    cache = tmp_path / "cache"
    first = _tree(trust_copy, tmp_path / "tree", cache)
    page = trust_copy / "schools" / "st-aidans" / "curriculum.md"
    page.write_text(page.read_text() + "\nA sentence added by the school office.\n")
    rendered: list[str] = []
    original = tree_module._page

    def counting(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        rendered.append(page.src_uri)
        return original(page, *args, **kwargs)

    tree_module._page = counting
    try:
        second = _tree(trust_copy, tmp_path / "tree", cache)
    finally:
        tree_module._page = original
    assert second == first
    assert rendered == ["schools/st-aidans/curriculum.md"]
    assert (
        "A sentence added by the school office."
        in (second / "docs" / "schools" / "st-aidans" / "curriculum.md").read_text()
    )


def test_a_changed_data_file_renders_every_page_again(trust_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _tree(trust_copy, tmp_path / "tree", cache)
    school = trust_copy / "schools" / "st-aidans" / "school.yml"
    school.write_text(school.read_text().replace("St Aidan's", "St Aidan's Renamed", 1))
    tree = _tree(trust_copy, tmp_path / "tree", cache)
    home = (tree / "docs" / "schools" / "index.md").read_text()
    assert "St Aidan&#39;s Renamed" in home or "St Aidan's Renamed" in home


def test_files_the_build_no_longer_writes_leave_the_tree(trust_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    page = trust_copy / "schools" / "st-aidans" / "curriculum.md"
    tree = _tree(trust_copy, tmp_path / "tree", cache)
    assert (tree / "docs" / "schools" / "st-aidans" / "curriculum.md").is_file()
    page.unlink()
    tree = _tree(trust_copy, tmp_path / "tree", cache)
    assert not (tree / "docs" / "schools" / "st-aidans" / "curriculum.md").exists()


def test_the_pages_are_ready_for_the_engine_before_the_drawing_ends(
    trust_copy: Path, tmp_path: Path
) -> None:
    """An engine builds the tree while its graphics are drawing: the pages are all written
    and a page the build no longer makes is gone already; the files come with finish()."""
    cache, out = tmp_path / "cache", tmp_path / "tree"
    _tree(trust_copy, out, cache)
    (trust_copy / "schools" / "st-aidans" / "curriculum.md").unlink()
    (trust_copy / "brand" / "strategy.yml").write_text(
        (trust_copy / "brand" / "strategy.yml").read_text().replace("Every", "Each", 1)
    )  # a new rocket to draw for every section
    repo, _ = check_repo(trust_copy)
    pending = write_tree(repo, plan_site(repo, "public"), out, "public", cache)
    try:
        docs = out / "docs"
        assert (docs / "index.md").is_file() and (out / "mkdocs.yml").is_file()
        assert not (docs / "schools" / "st-aidans" / "curriculum.md").exists()
        assert (out / "files" / "assets" / "trusthub" / "kits").is_dir()  # kept until relinked
    finally:
        tree = pending.finish()
    rockets = sorted((out / "files" / "assets" / "trusthub" / "rocket").glob("*.svg"))
    assert rockets and all("Each" in p.read_text() for p in rockets)
    assert tree.pages == len(plan_site(repo, "public").pages)


def test_a_failed_engine_build_keeps_the_last_good_site(trust_copy: Path, tmp_path: Path) -> None:
    from trusthub.adapters.engines import BuildFailed, build_site

    site = tmp_path / "out" / "site"
    site.mkdir(parents=True)
    (site / "index.html").write_text("last good site")
    broken = trust_copy / "overrides" / "main.html"
    broken.write_text('{% extends "base.html" %}{% block content %}{% if %}{% endblock %}')
    with pytest.raises(BuildFailed, match="zensical could not build the site"):
        build_site(trust_copy, "zensical", site_dir=site)
    assert (site / "index.html").read_text() == "last good site"
    assert [p.name for p in site.parent.iterdir()] == ["site"]  # nothing half-written beside it


def test_an_unchanged_trust_goes_straight_to_the_engine(trust_copy: Path, tmp_path: Path) -> None:
    from trusthub.adapters import engines

    calls: list[str] = []
    original = engines.checked

    def counting(root: Path, strict: bool):  # type: ignore[no-untyped-def]
        calls.append("checked")
        return original(root, strict)

    engines.checked = counting  # type: ignore[assignment]
    try:
        site = tmp_path / "site"
        engines.build_site(trust_copy, "mkdocs", site_dir=site)
        engines.build_site(trust_copy, "mkdocs", site_dir=site)
        assert calls == ["checked"]  # the second build reused the checked, written tree
        page = trust_copy / "schools" / "st-aidans" / "curriculum.md"
        page.write_text(page.read_text() + "\nA line added after the first build.\n")
        engines.build_site(trust_copy, "mkdocs", site_dir=site)
        assert calls == ["checked", "checked"]
        html = (site / "schools" / "st-aidans" / "curriculum" / "index.html").read_text()
        assert "A line added after the first build." in html
        broken = trust_copy / "schools" / "st-aidans" / "school.yml"
        broken.write_text(broken.read_text().replace('primary: "#', 'primary: "#zz', 1))
        with pytest.raises(engines.BuildFailed, match=r"school\.yml"):
            engines.build_site(trust_copy, "mkdocs", site_dir=site)
    finally:
        engines.checked = original  # type: ignore[assignment]
