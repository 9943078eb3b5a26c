"""Real MkDocs builds of the demo trust into temporary folders."""

from __future__ import annotations

import gzip
import json
import posixpath
import re
import shutil
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape
from PIL import Image

from trusthub.adapters.mkdocs_run import BuildFailed, run_build
from trusthub.site.urls import SEARCH_DIR

from .conftest import ENGINES

TRUST_PAGES = [
    "index.html",
    "strategy/index.html",
    "values/index.html",
    "language/index.html",
    "autonomy/index.html",
    "autonomy/finance/index.html",
    "brand/index.html",
    "schools/index.html",
    "led-by-our-schools/index.html",
    "accessibility/index.html",
    "about/governance/index.html",
    "term-dates/index.html",
    "news/index.html",
    "news/2026-10-09-valley-music-festival/index.html",
]
SCHOOL_PAGES = [
    "index.html",
    "values/index.html",
    "strategy/index.html",
    "contact/index.html",
    "how-we-work/index.html",
    "term-dates/index.html",
    "news/index.html",
    "governance/index.html",
]


def _links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"#]+)', html))


@pytest.fixture(scope="module", params=["plugin", *ENGINES])
def built_site(request: Any, public_site: Path, engine_site: Any) -> Path:
    """The demo site from `mkdocs build` with the plugin, and from each engine's build tree."""
    return public_site if request.param == "plugin" else engine_site(request.param)


def test_every_page_type_is_built(built_site: Path, demo_root: Path) -> None:
    for page in TRUST_PAGES:
        assert (built_site / page).is_file(), page
    for school in sorted((demo_root / "schools").iterdir()):
        for page in SCHOOL_PAGES:
            assert (built_site / "schools" / school.name / page).is_file(), (school.name, page)


def test_school_page_links_to_its_own_pages_only(built_site: Path) -> None:
    html = (built_site / "schools/brookfield/curriculum/index.html").read_text()
    links = {
        posixpath.normpath(posixpath.join("/schools/brookfield/curriculum/", link))
        for link in _links(html)
        if "://" not in link
    }
    assert {"/schools/brookfield/send", "/schools/brookfield/values"} <= links
    school_pages = {
        link
        for link in links
        if link.startswith("/schools") and not link.startswith("/schools/brookfield")
    }
    assert school_pages == {"/schools"}  # only the way to the directory of all schools


def test_framework_page_has_school_addendum_and_aligned_page_is_trusts(built_site: Path) -> None:
    curriculum = (built_site / "schools/brookfield/curriculum/index.html").read_text()
    # the school's own title and words lead; the trust's framework follows
    assert re.search(r"<h1[^>]*>Our curriculum", curriculum)
    assert "<title>Our curriculum – Brookfield Primary School</title>" in curriculum
    assert curriculum.index("Brookfield follows the trust") < curriculum.index(
        "The trust's framework"
    )
    # the trust's shared policies are published once, on the trust's pages, and the
    # school's "How we work as a trust" page links to each
    trust_finance = (built_site / "autonomy/finance/index.html").read_text()
    policy = re.search(r'<div class="th-policy">(.*?)</div>', trust_finance, re.S)
    assert policy
    for page in (built_site / "schools").rglob("*.html"):
        assert policy.group(1) not in page.read_text(), page
    page = (built_site / "schools/brookfield/how-we-work/index.html").read_text()
    shared = page[
        page.index('class="th-shared-areas"') : page.index("</ul>", page.index("th-shared-areas"))
    ]
    assert re.search(r'href="(\.\./)+autonomy/finance/"', shared)
    assert re.search(r'href="(\.\./)+autonomy/safeguarding/"', shared)
    assert "autonomy/curriculum/" not in shared  # the school wrote its own


def test_a_schools_framework_page_shows_only_its_own_phase(built_site: Path) -> None:
    courses = (built_site / "schools/millbeck-sixth-form/courses/index.html").read_text()
    assert "Post-16 study programmes" in courses
    assert "phonics" not in courses and "In our primary schools" not in courses
    infant = (built_site / "schools/little-acorns/curriculum/index.html").read_text()
    assert "systematic synthetic phonics" in infant  # an infant school is a primary school
    assert "Post-16" not in infant
    trust = (built_site / "autonomy/curriculum/index.html").read_text()
    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", trust)
    assert {"In our primary schools", "In our sixth form"} <= set(headings)


def test_school_section_is_themed_with_its_own_palette(built_site: Path) -> None:
    html = (built_site / "schools/kingfisher/index.html").read_text()
    assert 'href="../../assets/trusthub/schools/kingfisher/theme.css"' in html
    css = (built_site / "assets/trusthub/schools/kingfisher/theme.css").read_text()
    assert "--md-primary-fg-color: #006d77" in css
    trust_home = (built_site / "index.html").read_text()
    assert "schools/kingfisher/theme.css" not in trust_home


def test_no_page_requests_another_host(built_site: Path) -> None:
    pattern = re.compile(
        r'<(?:script|link(?! rel="canonical")|img|iframe|source)\b[^>]*?(?:src|href)="(https?:)?//',
        re.I,
    )
    for page in built_site.rglob("*.html"):
        assert not pattern.search(page.read_text()), page
    for css in built_site.rglob("*.css"):
        assert (
            "fonts.googleapis" not in css.read_text() and "@import url(http" not in css.read_text()
        )


def test_staff_page_left_out_of_public_build(built_site: Path) -> None:
    assert not (built_site / "schools/brookfield/staff-induction").exists()
    for path in built_site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".js"}:
            assert "staff-induction" not in path.read_text(errors="ignore"), path


def test_failed_build_keeps_last_good_site(trust_copy: Path, tmp_path: Path) -> None:
    site = tmp_path / "out"
    run_build(trust_copy, site_dir=site)
    before = (site / "index.html").read_text()
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text().replace("motto:", "mottoo:"))
    with pytest.raises(BuildFailed, match=r'school.yml:\d+:1: unknown key "mottoo"'):
        run_build(trust_copy, site_dir=site)
    assert (site / "index.html").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "trust"]


def test_same_input_builds_same_output(trust_copy: Path, tmp_path: Path) -> None:
    first = run_build(trust_copy, site_dir=tmp_path / "a")
    second = run_build(trust_copy, site_dir=tmp_path / "b")
    search = first / SEARCH_DIR
    for path in first.rglob("*"):
        if path.is_file() and path.suffix != ".gz" and search not in path.parents:
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes(), path
    # Pagefind's index is not byte-identical from run to run (the order of its hash maps),
    # but it indexes the same pages into the same number of files.
    entry = [
        json.loads((site / SEARCH_DIR / "pagefind-entry.json").read_text())
        for site in (first, second)
    ]
    assert (
        entry[0]["languages"]["en"]["page_count"] == entry[1]["languages"]["en"]["page_count"] > 50
    )
    counts = [
        sum(1 for p in (site / SEARCH_DIR).rglob("*") if p.is_file()) for site in (first, second)
    ]
    assert counts[0] == counts[1]
    shutil.rmtree(first)


CANARY = "CANARY-7f3a-STAFF-ONLY"


def _add_staff_content(root: Path) -> None:
    (root / "content" / "staff-handbook.md").write_text(
        f"---\ntitle: Staff handbook {CANARY}\naudience: staff\n---\n\n{CANARY} handbook.\n"
    )
    (root / "schools" / "kingfisher" / "rota.md").write_text(
        f"---\ntitle: Rota {CANARY}\naudience: staff\n---\n\nThe {CANARY} rota.\n"
    )
    school = root / "schools" / "little-acorns" / "school.yml"
    school.write_text(school.read_text() + "audience: staff\n")
    motto = school.read_text().replace("motto: ", f"motto: {CANARY} ", 1)
    school.write_text(motto)


def test_public_build_has_no_trace_of_staff_content(trust_copy: Path, tmp_path: Path) -> None:
    _add_staff_content(trust_copy)
    public = run_build(trust_copy, site_dir=tmp_path / "public")
    leaks = [
        p
        for p in public.rglob("*")
        if p.is_file()
        and (
            CANARY.encode() in p.read_bytes()
            or "little-acorns" in str(p)
            or b"little-acorns" in p.read_bytes()
        )
    ]
    assert leaks == []
    assert CANARY not in _search_text(
        public
    )  # the index is compressed: read it as the browser does
    staff = run_build(trust_copy, audience="staff", site_dir=tmp_path / "staff")
    assert CANARY in (staff / "staff-handbook/index.html").read_text()
    assert CANARY in (staff / "schools/kingfisher/rota/index.html").read_text()
    assert CANARY in (staff / "schools/little-acorns/index.html").read_text()
    assert CANARY in _search_text(staff)
    assert (
        "Staff only: this page is not on the public website"
        in (staff / "schools/kingfisher/rota/index.html").read_text()
    )


def test_staff_dashboard_shows_every_school_and_item(staff_site: Path, public_site: Path) -> None:
    html = (staff_site / "staff/statutory/index.html").read_text()
    assert html.count('<th scope="row">') == 6
    assert "Staff only: this page is not on the public website" in html
    assert "th-state--present" in html and "Admission arrangements" in html
    assert not (public_site / "staff").exists()


def test_raw_html_from_schools_is_sanitised_everywhere_it_appears(
    trust_copy: Path, tmp_path: Path
) -> None:
    attack = '<script>alert("x")</script><img src=x alt="" onerror="alert(1)"><a href="javascript:alert(2)">go</a>'
    page = trust_copy / "schools" / "brookfield" / "curriculum.md"  # a framework addendum
    page.write_text(page.read_text() + f"\n{attack}\n")
    own = trust_copy / "schools" / "brookfield" / "key-information.md"
    own.write_text(own.read_text() + f"\n{attack}\n")
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(
        school.read_text().replace("motto: ", 'motto: <script>alert("m")</script> ', 1)
    )
    site = run_build(trust_copy, site_dir=tmp_path / "site")
    for path in ("curriculum", "key-information", "", "values", "contact"):
        html = (site / "schools/brookfield" / path / "index.html").read_text()
        body = html.split('<article class="md-content__inner md-typeset">', 1)[1].split(
            "</article>"
        )[0]
        assert "<script" not in body and "onerror" not in body and "javascript:" not in body, path
    directory = (site / "schools/index.html").read_text()
    assert (
        '&lt;script&gt;alert("m")&lt;/script&gt;' in directory
        or "&lt;script&gt;alert(&#34;m&#34;)" in directory
    )


def test_pages_are_compact_and_define_each_glossary_term_once(public_site: Path) -> None:
    html = (public_site / "schools/kingfisher/send/index.html").read_text()
    assert "\n  <" not in html.split("<pre", 1)[0]
    titles = re.findall(r'<abbr title="[^"]*">([^<]*)</abbr>', html)
    assert titles and len(titles) == len(set(titles))
    assert html.count(">SEND<") + html.count(" SEND ") >= 1


def test_a_school_home_gives_address_phone_and_email(built_site: Path, demo_root: Path) -> None:
    from trusthub.content.repo import load_repo
    from trusthub.site.urls import tel_url

    repo, _ = load_repo(demo_root)
    for slug, school in repo.schools.items():
        page = (built_site / "schools" / slug / "index.html").read_text()
        html = page[page.index("<article") : page.index("</article>")]  # not the footer's
        m = school.model
        assert f'href="{tel_url(m.phone)}"' in html, slug
        assert f'href="mailto:{m.email}"' in html, slug
        assert escape(m.address) in html, slug
    assert tel_url("01632 960430") == "tel:01632960430"


PHOTO_PAGES = (
    "index.html",  # a news card
    "schools/kingfisher/index.html",  # the home's photo
    "schools/kingfisher/news/2026-11-16-sensory-garden-opens/index.html",  # Markdown's image
)


def test_photos_offer_narrower_copies_a_phone_can_choose(built_site: Path) -> None:
    """Every published photo's <img> lists copies 640 and 1280 pixels wide beside the
    original (srcset, with sizes); each is a WebP of the width it claims, and an image in
    a page's text carries its size, so nothing moves when it loads."""
    for path in PHOTO_PAGES:
        page = _article(built_site, path)
        tags = [t for t in re.findall(r"<img\b[^>]*>", page) if ".webp" in t]
        assert tags, path
        for tag in tags:
            srcset = re.search(r'srcset="([^"]+)"', tag)
            assert srcset and re.search(r'sizes="[^"]+"', tag), (path, tag)
            candidates = [c.strip().split(" ") for c in unescape(srcset.group(1)).split(",")]
            assert [w for _, w in candidates] == ["640w", "1280w", "2000w"], (path, tag)
            for url, width in candidates:
                file = (built_site / path).parent / url
                with Image.open(file) as image:
                    assert (image.format, image.width) == ("WEBP", int(width[:-1])), (path, url)
            if "th-news-photo" in tag:  # from Markdown: the size of the published photo
                assert 'width="2000" height="800"' in tag


def _article(built_site: Path, path: str) -> str:
    page = (built_site / path).read_text()
    return page[page.index("<article") : page.index("</article>")]


def test_school_homes_have_their_own_layouts(built_site: Path, demo_root: Path) -> None:
    from trusthub.content.repo import load_repo

    repo, _ = load_repo(demo_root)
    brookfield = _article(built_site, "schools/brookfield/index.html")  # layout: letter
    assert "A welcome from our headteacher" in brookfield and "Key facts" in brookfield
    assert "the thing visitors notice first" in brookfield
    assert "th-ethos" not in brookfield
    st_aidans = _article(built_site, "schools/st-aidans/index.html")  # its own index.md
    assert "Welcome to St Aidan" in st_aidans and "th-school-hero" in st_aidans
    kingfisher = _article(built_site, "schools/kingfisher/index.html")  # layout: photo
    photo = re.search(
        r'<img class="th-school-hero__photo" src="([^"]+)"[^>]* alt="([^"]+)"', kingfisher
    )
    assert photo and photo.group(1).endswith("images/front.webp") and "kingfisher" in photo.group(2)
    assert (built_site / "schools/kingfisher/images/front.webp").read_bytes()[8:12] == b"WEBP"
    assert kingfisher.index("th-signposts") < kingfisher.index("About us")  # links first
    little_acorns = _article(built_site, "schools/little-acorns/index.html")  # the default
    assert "Our ethos" in little_acorns and "th-welcome" not in little_acorns
    for slug, school in repo.schools.items():
        home = _article(built_site, f"schools/{slug}/index.html")
        # the values link to the values page; their words are not repeated on the home page
        for value_id, words in school.model.values.items():
            assert str(escape(words))[:60] not in home, (slug, value_id)
            assert re.search(rf'href="(\./)?values/#{value_id}"', home), (slug, value_id)
        # every page of the section is a signpost, in the section's order
        links = [h.removeprefix("./") for h in re.findall(r'<li><a href="([^"]+)"><strong>', home)]
        assert links and links == _section_links(built_site, slug), slug


def _section_links(built_site: Path, slug: str) -> list[str]:
    """The links of a school's section navigation after its home, as written on its home."""
    page = (built_site / "schools" / slug / "index.html").read_text()
    nav = page[page.index('class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    hrefs = [
        h.removeprefix("./") for h in re.findall(r'<a href="([^"]+)" class="md-nav__link', nav)
    ]
    return [h for h in hrefs if h.strip("./")]  # after Home


def test_the_footer_reaches_the_school_and_names_the_company(
    built_site: Path, demo_root: Path
) -> None:
    from trusthub.content.repo import load_repo

    repo, _ = load_repo(demo_root)
    assert repo.trust is not None and repo.trust.legal is not None
    legal = f"company number {repo.trust.legal.company_number}"
    school = repo.schools["kingfisher"].model
    page = (built_site / "schools/kingfisher/values/index.html").read_text()
    footer = page[page.index('class="md-copyright') :]
    assert 'class="th-footer-contact"' in footer
    assert f'href="mailto:{school.email}"' in footer and legal in footer
    trust_page = (built_site / "values/index.html").read_text()
    assert legal in trust_page and 'class="th-footer-contact"' not in trust_page


def test_page_titles_name_the_section(built_site: Path) -> None:
    def title(path: str) -> str:
        html = (built_site / path).read_text()
        return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()  # type: ignore[union-attr]

    assert title("schools/kingfisher/values/index.html") == (
        "Our values in action – Kingfisher School"
    )
    assert title("schools/st-aidans/index.html") == (
        "St Aidan&#39;s Church of England Primary School"
    )
    assert title("index.html") == "Aldermere Learning Trust – Rooted locally, growing together"
    assert title("values/index.html") == "Our values – Aldermere Learning Trust"


_LINK = re.compile(r'\b(?:href|src)="(?![a-zA-Z][a-zA-Z0-9+.-]*:|//|#)([^"#?]*)')


def test_every_link_and_image_leads_somewhere(built_site: Path) -> None:
    """Every relative link and image of every page leads to a file of the site."""
    broken = []
    for page in sorted(built_site.rglob("*.html")):
        if page.name == "404.html":  # served at any address: its links start at the root
            continue
        base = page.parent
        for target in set(_LINK.findall(page.read_text())):
            if not target:
                continue
            path = (base / target).resolve()
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{page.relative_to(built_site)} -> {target}")
    assert not broken, broken[:20]


SEARCH = "assets/trusthub/search"


def _search_text(site: Path) -> str:
    """Everything in the site's Pagefind index, decompressed."""
    return "".join(
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in (site / SEARCH).rglob("*.pf_*")
    )


def test_search_is_pagefinds_and_no_page_downloads_an_index(built_site: Path) -> None:
    """Issue #12: the engines' own search index is gone; Pagefind's is fetched only by the
    search page, once someone searches."""
    entry = json.loads((built_site / SEARCH / "pagefind-entry.json").read_text())
    pages = len([p for p in built_site.rglob("*.html") if p.name != "404.html"]) - 1  # not search/
    assert entry["languages"]["en"]["page_count"] == pages
    assert (built_site / SEARCH / "pagefind.js").is_file()
    assert not list((built_site / SEARCH).glob("pagefind-*ui.*"))  # the search page has its own
    assert not (built_site / "search/search_index.json").exists()
    assert not (built_site / "search.json").exists()  # Zensical writes it even with search off
    for page in built_site.rglob("*.html"):
        html = page.read_text()
        assert "search_index.json" not in html and "lunr" not in html, page
        if page.parent.name != "search":
            assert SEARCH not in html, page  # the home page and every other: no search files
            assert 'class="md-search"' not in html, page  # nor the engine's search dialog
    text = _search_text(built_site)
    assert "Brookfield%20Primary%20School" in text and "Our curriculum – Brookfield" in text
    assert "Sorry, we cannot find that page" not in text  # only pages' content


def test_the_header_search_leads_to_the_search_page_scoped_to_the_school(
    built_site: Path,
) -> None:
    def button(path: str) -> str:
        html = (built_site / path).read_text()
        found = re.search(r'<a class="[^"]*th-search-button"[^>]*href="([^"]+)"', html)
        assert found, path
        return found.group(1).removeprefix("./")

    assert button("index.html") == "search/"
    assert button("schools/st-aidans/curriculum/index.html") == (
        "../../../search/?section=St%20Aidan%27s%20Church%20of%20England%20Primary%20School"
    )
    page = (built_site / "search/index.html").read_text()
    assert "Search needs JavaScript" in page and re.search(r'href="(\.\./)?schools/"', page)
    assert re.search(r'<link rel="modulepreload" id="th-pagefind" href="[^"]*pagefind\.js"', page)
    assert "data-pagefind-body" not in page
    curriculum = (built_site / "schools/brookfield/curriculum/index.html").read_text()
    assert 'data-th-section="Brookfield%20Primary%20School"' in curriculum
    assert 'data-pagefind-filter="section[data-th-section]"' in curriculum


def test_fonts_are_published_as_woff2(built_site: Path) -> None:
    """A fifth smaller than the WOFF files the trust keeps in brand/fonts (issue #12)."""
    fonts = sorted((built_site / "assets/trusthub/fonts").iterdir())
    assert fonts and all(f.suffix == ".woff2" and f.read_bytes()[:4] == b"wOF2" for f in fonts)
    css = (built_site / "assets/trusthub/trusthub.css").read_text()
    assert css.count('format("woff2")') == len(fonts) and '.woff"' not in css
    for font in fonts:
        assert f"fonts/{font.name}" in css


def test_no_link_points_at_a_markdown_file(built_site: Path) -> None:
    """A link one page writes to another (``[support](support.md)``) leads to its URL."""
    for page in built_site.rglob("*.html"):
        found = re.findall(r'href="(?![a-z]+:)[^"]*\.md(?:#[^"]*)?"', page.read_text())
        assert not found, (page, found)


def test_landing_pages_have_no_table_of_contents(built_site: Path) -> None:
    for name in ("index.html", "values/index.html", "schools/index.html"):
        for page in [name, *(f"schools/{s}/index.html" for s in ("brookfield", "kingfisher"))]:
            html = (built_site / page).read_text()
            sidebar = re.search(r'<div class="md-sidebar md-sidebar--secondary"[^>]*>', html)
            assert sidebar is None or " hidden" in sidebar.group(0), page


def test_pages_speak_british_english_to_parents(built_site: Path) -> None:
    for name in ("index.html", "schools/brookfield/index.html", "404.html"):
        html = (built_site / name).read_text()
        assert '<html lang="en-GB"' in html, name
        assert "Type to start searching" not in html and "Table of contents" not in html, name
        assert "admissions, uniform or a school" in html, name


def test_the_not_found_page_offers_the_ways_on(built_site: Path) -> None:
    html = (built_site / "404.html").read_text()
    assert "Sorry, we cannot find that page" in html
    assert "404 - Not found" not in html
    assert re.search(r'href="[^"]*schools/"', html) and "Find a school in our family" in html
    header = html[html.index("<header") : html.index("</header>")]  # the trust's, not a stock one
    assert re.search(r'class="md-header__button md-logo"[^>]*>\s*<img src="[^"]*trust', header)
    assert '<span class="th-name-short">Aldermere</span>' in header


def test_the_header_has_a_short_name_for_phones(built_site: Path) -> None:
    html = (built_site / "schools/st-aidans/curriculum/index.html").read_text()
    header = html[html.index("<header") : html.index("</header>")]
    assert '<span class="th-name-short">St Aidan&#39;s</span>' in header
    assert '<span class="th-name-short">Aldermere</span>' in header  # "Part of Aldermere"
    assert re.search(
        r'class="md-header__button md-logo"[^>]*>\s*<img src="[^"]*st-aidans/logo.svg"', header
    )


def test_a_schools_own_account_of_a_framework_area_is_a_top_level_page(
    built_site: Path,
) -> None:
    html = (built_site / "schools/brookfield/index.html").read_text()
    nav = html[html.index('class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>\n", nav.index('class="md-nav__list"'))]
    group = nav.index("How we work as a trust")
    curriculum = re.search(r'href="(\./)?curriculum/"', nav)
    assert curriculum and curriculum.start() < group  # before the trust's group, at the top
    assert nav.count("How we work as a trust") == 1


def test_the_safeguarding_page_names_who_to_contact_at_the_school(
    built_site: Path, demo_root: Path
) -> None:
    from trusthub.content.repo import load_repo
    from trusthub.site.urls import tel_url

    repo, _ = load_repo(demo_root)
    for slug, school in repo.schools.items():
        who = school.model.contacts["safeguarding"]
        html = (built_site / "schools" / slug / "how-we-work/index.html").read_text()
        phone = re.search(r"0\d{4} \d{6}", who)
        assert phone, who
        name = who[: phone.start()]
        assert "Who to contact at" in html and str(escape(name)) in html, slug
        # the number is a tap-to-call link
        assert f'<a href="{tel_url(phone.group(0))}">{phone.group(0)}</a>' in html, slug


def test_no_tooltip_explains_an_everyday_word(public_site: Path) -> None:
    """ "head" in "head of year" is not explained as the headteacher (issue #11)."""
    from trusthub.governance.glossary import is_everyday

    explained = {
        word
        for page in public_site.rglob("*.html")
        for word in re.findall(r'<abbr title="[^"]*">([^<]*)</abbr>', page.read_text())
    }
    assert explained and [w for w in sorted(explained) if is_everyday(w)] == []
    page = (public_site / "schools/aldermere-academy/key-information/index.html").read_text()
    assert "tutor or head of year" in page


def _text(html: str) -> str:
    """The page's words on one line, tags and indentation left out."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _resolves(built_site: Path, page: str, html: str, target: str) -> bool:
    """True if ``html`` (of the page at URL ``page``) links to the published file ``target``."""
    for link in _links(html):
        path = posixpath.normpath(posixpath.join("/" + page, link)).lstrip("/")
        if path == target and (built_site / path).is_file():
            return True
    return False


def test_documents_are_published_without_metadata_and_listed_with_date_and_size(
    built_site: Path, demo_root: Path
) -> None:
    import pikepdf

    from trusthub.content.documents import format_size

    original = demo_root / "schools/brookfield/documents/behaviour-policy.pdf"
    assert b"/Producer" in original.read_bytes()  # the office's PDF carries metadata
    for path in (
        "schools/brookfield/documents/behaviour-policy.pdf",
        "documents/articles-of-association.pdf",
    ):
        published = built_site / path
        data = published.read_bytes()
        assert data.startswith(b"%PDF-") and b"/Producer" not in data and b"xmpmeta" not in data
        with pikepdf.open(published) as pdf:
            assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
            assert len(pdf.pages) == 1
    size = format_size(
        (built_site / "schools/brookfield/documents/behaviour-policy.pdf").stat().st_size
    )
    page = (built_site / "schools/brookfield/key-information/index.html").read_text()
    text = _text(page)
    assert f"Behaviour policy PDF, {size}, 25 September 2026" in text  # title from its name
    assert "PE and sport premium report 2025–26 PDF, 1 KB, 20 July 2026" in text  # from school.yml
    contact = (built_site / "schools/brookfield/contact/index.html").read_text()
    assert 'key-information/#equality-objectives">Equality objectives</a>' in contact
    where = _text(contact)
    assert "Equality objectives “Equality objectives” on “Key information”; reviewed" in where
    assert "Pupil premium strategy PDF “Pupil premium strategy statement 2026–27”, 1 KB;" in where
    assert "Ofsted report reports.ofsted.gov.uk; reviewed 4 September 2026" in where
    governance = (built_site / "about/governance/index.html").read_text()
    assert "on request" not in governance
    assert "Articles of association PDF, 1 KB, published 18 March 2024" in _text(governance)
    statement = _text((built_site / "accessibility/index.html").read_text())
    assert "PDFs are not tagged" in statement and "video" not in statement.lower()
    links = [
        (
            "schools/brookfield/key-information/",
            page,
            "schools/brookfield/documents/behaviour-policy.pdf",
        ),
        (
            "schools/brookfield/contact/",
            contact,
            "schools/brookfield/documents/pupil-premium-strategy.pdf",
        ),
        ("about/governance/", governance, "documents/articles-of-association.pdf"),
    ]
    assert all(_resolves(built_site, *link) for link in links)
