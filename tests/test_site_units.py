"""Small site modules on their own: compact HTML, photo links, SVG cleaning, theme data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trusthub.content.repo import load_repo
from trusthub.design.logo import LogoError, clean_svg
from trusthub.governance.check import check_repo
from trusthub.graphics.photos import PublishedPhoto
from trusthub.site.compact import compact_html, first_abbreviations_only
from trusthub.site.media import CONTENT_SIZES, responsive_images, rewrite_images
from trusthub.site.plan import plan_site
from trusthub.site.themedata import section_nav


def test_compact_html_removes_indentation_but_not_inside_verbatim_elements() -> None:
    html = (
        "<div>\n    <p>a</p>\n  <pre>  keep\n    this</pre>\n  <script>\n  var x;</script>\n</div>"
    )
    assert compact_html(html) == (
        "<div>\n<p>a</p>\n<pre>  keep\n    this</pre>\n<script>\n  var x;</script>\n</div>"
    )


def test_only_the_first_use_of_a_term_keeps_its_definition() -> None:
    html = (
        '<p><abbr title="Special educational needs">SEN</abbr> and '
        '<abbr title="Special educational needs">SEN</abbr>, '
        '<abbr title="Pupil premium">PP</abbr></p>'
    )
    assert first_abbreviations_only(html) == (
        '<p><abbr title="Special educational needs">SEN</abbr> and SEN, '
        '<abbr title="Pupil premium">PP</abbr></p>'
    )


def test_no_tooltip_in_a_heading_or_a_link_and_the_first_in_text_keeps_it() -> None:
    sen = '<abbr title="Special educational needs">SEN</abbr>'
    html = (
        f'<h2 id="sen">Our {sen} offer</h2><p><a href="send/">{sen} policy</a></p>'
        f"<p>We support {sen} pupils.</p><p>Every {sen} plan</p>"
    )
    assert first_abbreviations_only(html) == (
        '<h2 id="sen">Our SEN offer</h2><p><a href="send/">SEN policy</a></p>'
        f"<p>We support {sen} pupils.</p><p>Every SEN plan</p>"
    )


def test_links_to_renamed_photos_follow_them() -> None:
    renamed = {"schools/oak/images/hall.jpg": "schools/oak/images/hall.webp"}
    markdown = (
        "![The hall](images/hall.jpg) ![Elsewhere](https://example.org/hall.jpg) "
        "![Other](images/field.jpg)"
    )
    assert rewrite_images(markdown, "schools/oak/about.md", renamed) == (
        "![The hall](images/hall.webp) ![Elsewhere](https://example.org/hall.jpg) "
        "![Other](images/field.jpg)"
    )
    nested = rewrite_images("![Hall](../images/hall.jpg)", "schools/oak/news/day.md", renamed)
    assert nested == "![Hall](../images/hall.webp)"


def test_svg_cleaning_removes_what_could_run_or_fetch() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'onload="alert(1)"><script>alert(2)</script><foreignObject><p>x</p></foreignObject>'
        '<a xlink:href="javascript:alert(3)"><rect width="1" height="1" onclick="alert(4)"/></a>'
        '<image href="https://evil.example/x.png"/><use href="#shape"/>'
        "<style>@import url(https://evil.example/x.css);</style>"
        '<rect style="fill: url(https://evil.example/p)" width="2" height="2"/></svg>'
    )
    cleaned = clean_svg(svg)
    for gone in ["alert", "script", "foreignObject", "evil.example", "onclick", "onload"]:
        assert gone not in cleaned, gone
    assert 'href="#shape"' in cleaned and 'width="2"' in cleaned


@pytest.mark.parametrize(
    "text", ["<html><body/></html>", "not xml at all", "<svg><unclosed></svg>"]
)
def test_svg_cleaning_refuses_what_is_not_svg(text: str) -> None:
    with pytest.raises(LogoError):
        clean_svg(text)


def test_section_navigation_lists_pages_and_the_pages_of_each_group() -> None:
    nav = [
        {"Home": "schools/oak/index.md"},
        {"How we work": [{"Finance": "schools/oak/trust/finance.md"}]},
    ]
    assert section_nav(nav) == [
        {"title": "Home", "url": "schools/oak/"},
        {
            "title": "How we work",
            "pages": ["schools/oak/trust/finance/"],
            "children": [{"title": "Finance", "url": "schools/oak/trust/finance/"}],
        },
    ]


def _targets(nav: list[Any]) -> list[str]:
    found: list[str] = []
    for entry in nav:
        if isinstance(entry, str):
            found.append(entry)
            continue
        for target in entry.values():
            found += _targets(target) if isinstance(target, list) else [target]
    return found


@pytest.mark.parametrize("path", ["index.md", "schools/index.md", "brand.md"])
def test_a_trust_page_written_in_place_of_a_generated_one_is_in_the_navigation_once(
    trust_copy: Path, path: str
) -> None:
    page = trust_copy / "content" / path
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("# Written by the trust\n\nOur own words.\n")
    repo, _ = load_repo(trust_copy)
    plan = plan_site(repo)
    assert _targets(plan.nav).count(path) == 1
    assert plan.pages[path].source == page


def test_references_report_an_unknown_value_at_its_place(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "st-aidans" / "school.yml"
    text = school.read_text()
    value_ids = [v.id for v in load_repo(trust_copy)[0].values.values]  # type: ignore[union-attr]
    assert value_ids[0] in text
    school.write_text(text.replace(value_ids[0], "kindnes", 1))
    _, report = check_repo(trust_copy)
    found = [
        d
        for d in report.errors
        if d.path.endswith("st-aidans/school.yml") and "kindnes" in d.message
    ]
    assert found, [str(d) for d in report.errors]
    line = text[: text.index(value_ids[0])].count("\n") + 1
    assert found[0].line == line


def test_downloads_list_what_was_made_under_one_spelling_of_each_name() -> None:
    from trusthub.graphics.lockup import LOCKUP_VARIANTS
    from trusthub.site import outputs

    assert tuple(outputs.LOCKUP_LABELS) == LOCKUP_VARIANTS
    assets = {
        outputs.kit("oak"): "k.zip",
        outputs.rocket("oak"): "r.svg",
        outputs.rocket("oak", ".png"): "r.png",
        outputs.poster("oak", "A3"): "r-a3.pdf",
        outputs.lockup("oak", "white"): "w.svg",
        outputs.lockup("oak", "white", 512): "w-512.png",
        outputs.lockup("elm", "colour"): "elsewhere.svg",
    }
    found = outputs.downloads(assets, "oak")
    assert found.kit == "k.zip" and found.rocket == "r.svg"
    assert [(f.label, f.path) for f in found.rocket_files] == [
        ("PNG", "r.png"),
        ("PDF poster, A3", "r-a3.pdf"),
    ]
    assert [(p.label, p.path) for p in found.posters] == [("A3 PDF", "r-a3.pdf")]
    (white,) = found.lockups
    assert (white.label, white.svg) == ("white, for dark backgrounds", "w.svg")
    assert [(p.label, p.path) for p in white.pngs] == [("PNG 512 px", "w-512.png")]
    assert outputs.downloads(assets, "ash").lockups == ()


def test_a_section_home_is_shared_with_its_tagline_or_motto_not_as_home(
    demo_root: Path,
) -> None:
    from trusthub.site.media import share_pages

    repo, _ = load_repo(demo_root)
    assert repo.trust is not None
    pages = {
        uri: title
        for section in share_pages(repo, plan_site(repo)).values()
        for uri, title in section
    }
    assert pages["index.md"] == repo.trust.tagline
    assert pages["schools/st-aidans/index.md"] == repo.schools["st-aidans"].model.motto
    assert pages["values.md"] == "Our values"
    assert "Home" not in pages.values()


def test_a_contact_for_an_area_that_does_not_exist_is_located(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text().replace("  safeguarding:", "  safegaurding:", 1))
    _, report = check_repo(trust_copy)
    found = [d for d in report.errors if "safegaurding" in d.message]
    assert found and found[0].path.endswith("brookfield/school.yml")
    assert "safeguarding" in found[0].hint + found[0].message


def _section_nav(plan: Any, slug: str) -> list[str]:
    return [next(iter(entry.values())) for entry in plan.sections[slug].nav]


def test_a_school_chooses_the_order_of_its_sections_pages(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text() + "pages: [contact.md, key-information.md, values.md]\n")
    repo, _ = load_repo(trust_copy)
    base = "schools/brookfield/"
    assert _section_nav(plan_site(repo), "brookfield") == [
        base + name
        for name in (
            "index.md",  # Home always leads
            "contact.md",
            "key-information.md",
            "values.md",
            "curriculum.md",  # the rest in the usual order: the school's own pages first
            "send.md",
            "term-dates.md",  # generated, after the school's own pages
            "news/index.md",  # then its news
            "strategy.md",
            "how-we-work.md",
            "governance.md",
        )
    ]


def test_a_school_may_put_its_news_and_governance_first(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(
        school.read_text()
        + "pages: [news/index.md, governance.md, news/2026-09-08-welcome-reception.md]\n"
    )
    repo, report = check_repo(trust_copy)
    line = len(school.read_text().splitlines())
    assert [str(d) for d in report if d.path.endswith("school.yml")] == [
        f'schools/brookfield/school.yml:{line}:39: "news/2026-09-08-welcome-reception.md" is not '
        'a page of this section (expected one of "contact.md", "curriculum.md", '
        '"governance.md", "how-we-work.md", "key-information.md", "news/index.md", "send.md", '
        '"staff-induction.md", …)'
    ]
    nav = _section_nav(plan_site(repo), "brookfield")
    assert nav[:3] == [
        "schools/brookfield/index.md",
        "schools/brookfield/news/index.md",
        "schools/brookfield/governance.md",
    ]


def test_a_schools_own_home_page_replaces_the_generated_one_and_leads(trust_copy: Path) -> None:
    home = trust_copy / "schools" / "brookfield" / "index.md"
    home.write_text("---\ntitle: Welcome to Brookfield\n---\n# Welcome\n\nOur own words.\n")
    repo, _ = load_repo(trust_copy)
    plan = plan_site(repo)
    assert plan.pages["schools/brookfield/index.md"].source == home
    assert plan.sections["brookfield"].nav[0] == {
        "Welcome to Brookfield": "schools/brookfield/index.md"
    }
    assert _section_nav(plan, "brookfield").count("schools/brookfield/index.md") == 1


def test_links_written_from_the_source_file_become_links_from_the_pages_url() -> None:
    from trusthub.site.urls import links_from_url

    pages = {"schools/oak/support.md", "schools/oak/index.md", "values.md", "index.md"}
    html = (
        '<a href="support.md">SEND</a> <a href="support.md#contact">who</a> '
        '<a href="index.md">home</a> <a href="../../values.md#kind">values</a> '
        '<a href="../../autonomy/finance/">finance</a> <img src="images/hall.webp"> '
        '<a href="../../">trust</a> <a href="missing.md">?</a> '
        '<a href="https://example.org/a.md">web</a> <a href="#top">top</a> '
        '<a href="tel:01632960545">call</a>'
    )
    assert links_from_url(html, "schools/oak/courses.md", pages) == (
        '<a href="../support/">SEND</a> <a href="../support/#contact">who</a> '
        '<a href="../">home</a> <a href="../../../values/#kind">values</a> '
        '<a href="../../../autonomy/finance/">finance</a> <img src="../images/hall.webp"> '
        '<a href="../../../">trust</a> <a href="../missing.md">?</a> '
        '<a href="https://example.org/a.md">web</a> <a href="#top">top</a> '
        '<a href="tel:01632960545">call</a>'
    )
    # on a folder's index page the URL and the source folder are the same place
    assert links_from_url('<a href="support.md">s</a>', "schools/oak/index.md", pages) == (
        '<a href="support/">s</a>'
    )


def test_responsive_images_adds_copies_and_size_only_where_the_author_did_not() -> None:
    photos = {
        "s/k/images/a b.webp": PublishedPhoto(2000, 800, ((640, "s/k/images/a b-640w.webp"),))
    }
    html = (
        '<p><img alt="A &amp; B" src="../images/a%20b.webp" /></p>'
        '<img src="../images/a%20b.webp" width="300">'
        '<img src="../images/a%20b.webp" srcset="../images/a%20b.webp 2x">'
        '<img src="https://example.org/images/a%20b.webp"><img src="../images/other.webp">'
    )
    out = responsive_images(html, "s/k/page/", photos)
    srcset = 'srcset="../images/a%20b-640w.webp 640w, ../images/a%20b.webp 2000w"'
    assert out == (
        f'<p><img alt="A &amp; B" src="../images/a%20b.webp" {srcset} sizes="{CONTENT_SIZES}"'
        ' width="2000" height="800"/></p>'
        f'<img src="../images/a%20b.webp" width="300" {srcset} sizes="{CONTENT_SIZES}">'
        '<img src="../images/a%20b.webp" srcset="../images/a%20b.webp 2x" width="2000"'
        ' height="800">'
        '<img src="https://example.org/images/a%20b.webp"><img src="../images/other.webp">'
    )
