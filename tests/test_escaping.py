"""The escaping mechanisms one by one: theme text, front matter, page templates, JSON, HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest
import yaml
from markupsafe import Markup

from trusthub.design import safejson
from trusthub.site.pagemeta import front_matter
from trusthub.site.render import render_markdown
from trusthub.site.sanitise import sanitise_html
from trusthub.site.text import front_matter_text, text_titles

from .hostile import MARKDOWN_ATTACKS


class _School:
    name = 'Oak "Primary"\ntemplate: 404.html\n<img src=x onerror=alert(1)>'
    motto = "Learn: grow # together"


def test_front_matter_cannot_gain_keys_from_a_name() -> None:
    text = front_matter("school_home.md", {"school": _School()})
    assert text.startswith("---\n") and text.endswith("---\n\n")
    meta = yaml.safe_load(text.strip().strip("-"))
    assert meta == {"title": _School.name, "description": _School.motto, "hide": ["toc"]}


def test_page_templates_escape_every_value_without_a_filter() -> None:
    class Area:
        id = "send"
        name = "SEND <script>alert(1)</script>"
        summary = "[click](javascript:alert(2)) *bold*"
        policy = ""
        phases: ClassVar[dict[str, str]] = {}

    class School:
        short_name = "Oak <img src=x onerror=alert(3)>"
        phase = "primary"
        contacts: ClassVar[dict[str, str]] = {"send": "Ms <b>Lee</b> [call](javascript:alert(4))"}

    page = render_markdown(
        "school_area.md",
        area=Area(),
        school=School(),
        addendum=Markup("Our **own** words."),
        title="Our <b>SEND</b> offer",
    )
    body = page.split("---\n", 2)[2]
    assert "# Our &lt;b&gt;SEND&lt;/b&gt; offer" in body
    assert "\\[click\\]\\(javascript:alert\\(2\\)\\) \\*bold\\*" in body
    assert "at Oak &lt;img src=x onerror=alert\\(3\\)&gt;" in body
    assert "Ms &lt;b&gt;Lee&lt;/b&gt; \\[call\\]\\(javascript:alert\\(4\\)\\)" in body
    assert "Our **own** words." in body  # Markup passes as Markdown: the page is sanitised


def test_front_matter_text_is_escaped_once_as_markup() -> None:
    meta = front_matter_text({"title": "<b>Oak</b> & Ash", "tags": ["<i>x</i>"], "n": 3})
    assert meta == {
        "title": "&lt;b&gt;Oak&lt;/b&gt; &amp; Ash",
        "tags": ["&lt;i&gt;x&lt;/i&gt;"],
        "n": 3,
    }
    assert isinstance(meta["title"], Markup)
    assert front_matter_text(meta) == meta  # already text: not escaped twice


def test_navigation_titles_are_escaped_at_every_level() -> None:
    nav = text_titles([{"<s>": [{"<t>": "a.md"}, "b.md"]}, "c.md"])
    assert nav == [{"&lt;s&gt;": [{"&lt;t&gt;": "a.md"}, "b.md"]}, "c.md"]


def test_json_cannot_close_a_script_element() -> None:
    data = {"name": "</script><script>alert('x')</script> & more"}
    text = safejson.dumps(data)
    assert "<" not in text and ">" not in text and "'" not in text and "&" not in text
    assert json.loads(text) == data


@pytest.mark.parametrize("attack", MARKDOWN_ATTACKS)
def test_sanitiser_neutralises_each_attack(attack: str) -> None:
    import markdown

    html = sanitise_html(markdown.markdown(attack, extensions=["md_in_html"]))
    lowered = html.lower()
    for forbidden in [
        "javascript:",
        "<script",
        "onerror",
        "onload",
        "ontoggle",
        "onbegin",
        "<iframe",
        "<form",
        "<base",
        "<meta",
        "style=",
        "<object",
        "<embed",
        "evil.example",
        'id="__',
        "data-md-",
        "data-th-switcher",
        "data:text",
    ]:
        assert forbidden not in lowered, (attack, html)


def test_sanitiser_keeps_ordinary_content() -> None:
    html = (
        '<p>See <a href="https://www.gov.uk/">GOV.UK</a>, <a href="send/">our SEND page</a> '
        'or <a href="mailto:office@example.org">email us</a>.</p>'
        '<img src="images/hall.webp" alt="The school hall">'
        '<div data-phase="primary" aria-label="Primary" id="visit">x</div>'
    )
    assert sanitise_html(html) == html


def test_contact_text_gets_call_and_email_links_and_nothing_else() -> None:
    from trusthub.site.render import contact_links, md_escape

    text = "Ms <b>Lee</b> [x](javascript:alert(1)), 01632 960545 or +44 1632 960546, lee@oak.sch.uk"
    assert contact_links(text) == (
        "Ms &lt;b&gt;Lee&lt;/b&gt; [x](javascript:alert(1)), "
        '<a href="tel:01632960545">01632 960545</a> or '
        '<a href="tel:+441632960546">+44 1632 960546</a>, '
        '<a href="mailto:lee@oak.sch.uk">lee@oak.sch.uk</a>'
    )
    assert contact_links(text, escape=md_escape).startswith(
        "Ms &lt;b&gt;Lee&lt;/b&gt; \\[x\\]\\(javascript:alert\\(1\\)\\), "
    )


def test_document_titles_and_linked_headings_are_escaped_on_the_contact_page(
    trust_copy: Path,
) -> None:
    from trusthub.content.repo import load_repo
    from trusthub.site.blocks import BlockContext, render_block
    from trusthub.site.plan import plan_site

    from .edits import edit

    school = trust_copy / "schools" / "brookfield" / "school.yml"
    edit(
        school,
        "{title: PE and sport premium report 2025–26}",
        '{title: "PE <script>alert(1)</script>"}',
    )
    page = trust_copy / "schools" / "brookfield" / "key-information.md"
    edit(page, "### Complaints\n", "### Complaints `<img src=x onerror=alert(2)>` {#complaints}\n")
    repo, report = load_repo(trust_copy)
    assert not report.errors
    ctx = BlockContext(repo, plan_site(repo), page_url="schools/brookfield/contact/")
    documents = render_block(ctx, "school-documents", "brookfield", {})
    assert "PE &lt;script&gt;alert(1)&lt;/script&gt;</a>" in documents
    links = render_block(ctx, "statutory-links", "brookfield", {})
    assert "“Complaints &lt;img src=x onerror=alert(2)&gt;” on “Key information”" in links
    assert "<script>" not in documents + links and "<img" not in documents + links
