"""Small site modules on their own: compact HTML, photo links, SVG cleaning, theme data."""

from __future__ import annotations

import pytest

from trusthub.design.logo import LogoError, clean_svg
from trusthub.site.compact import compact_html, first_abbreviations_only
from trusthub.site.media import rewrite_images
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
        {"How we work": [{"Finance": "schools/oak/policies/finance.md"}]},
    ]
    assert section_nav(nav) == [
        {"title": "Home", "url": "schools/oak/"},
        {
            "title": "How we work",
            "pages": ["schools/oak/policies/finance/"],
            "children": [{"title": "Finance", "url": "schools/oak/policies/finance/"}],
        },
    ]
