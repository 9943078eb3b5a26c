"""The built site in a real headless Chromium: accessibility, behaviour, privacy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser import axe_source, describe, requires_chromium, run_axe
from .browser import serve as serve_site
from .conftest import ENGINES

pytestmark = [pytest.mark.browser, requires_chromium]

PAGE_TYPES = {
    "trust home": "",
    "strategy": "strategy/",
    "values": "values/",
    "shared language": "language/",
    "aligned autonomy": "autonomy/",
    "autonomy area": "autonomy/curriculum/",
    "brand guidelines": "brand/",
    "schools directory": "schools/",
    "led by our schools": "led-by-our-schools/",
    "accessibility statement": "accessibility/",
    "school home": "schools/kingfisher/",
    "school home, letter layout": "schools/brookfield/",
    "school home, its own page": "schools/st-aidans/",
    "school's shared areas": "schools/little-acorns/how-we-work/",
    "school values": "schools/little-acorns/values/",
    "school strategy": "schools/st-aidans/strategy/",
    "school own page": "schools/millbeck-sixth-form/futures/",
    "school framework page": "schools/brookfield/curriculum/",
    "school contact": "schools/aldermere-academy/contact/",
    "content page with the governance register": "about/governance/",
    "term dates": "term-dates/",
    "school term dates, with a notice": "schools/brookfield/term-dates/",
    "trust news": "news/",
    "school news": "schools/brookfield/news/",
    "news story with a photo": "schools/kingfisher/news/2026-11-16-sensory-garden-opens/",
    "school governance": "schools/st-aidans/governance/",
}
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1366, "height": 900}}


@pytest.fixture(scope="module", params=["plugin", *ENGINES])
def base_url(request: Any, public_site: Path, engine_site: Any) -> Iterator[str]:
    """The demo site built by `mkdocs build` with the plugin, and by each engine from the tree."""
    site = public_site if request.param == "plugin" else engine_site(request.param)
    with serve_site(site) as url:
        yield url


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_source()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
def test_page_types_have_no_axe_violations(
    browser: Any, base_url: str, axe: str, page_type: str, viewport: str, scheme: str
) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme=scheme)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else 0)
    response = page.goto(base_url + PAGE_TYPES[page_type], wait_until="networkidle")
    assert response is not None and response.ok
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected
    violations = run_axe(page, axe)
    context.close()
    assert violations == [], describe(violations)
    outside = [
        url for url in requests if not url.startswith(base_url) and not url.startswith("data:")
    ]
    assert outside == []
    assert failed == []  # nothing the page asks for is missing
    # a page load fetches what it shows: not the sitemap (Material fetches one beside every
    # <link rel="alternate">, for its language selector)
    assert [url for url in requests if url.endswith("sitemap.xml")] == []


def test_a_notice_can_be_hidden_and_stays_hidden(browser: Any, base_url: str) -> None:
    """'Hide this notice' hides the banner on every page of the section until its words
    change; without JavaScript the notice simply stays, readable."""
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(base_url + "schools/brookfield/term-dates/")
    banner = page.get_by_role("region", name="Notices")
    assert "Our kitchen is closed" in banner.inner_text()
    page.get_by_role("button", name="Hide this notice").click()
    assert not banner.is_visible()
    page.goto(base_url + "schools/brookfield/contact/")
    assert page.locator(".th-notices").count() == 1
    assert not page.locator(".th-notices").is_visible()
    context.close()
    context = browser.new_context(viewport=VIEWPORTS["phone"], java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "schools/brookfield/")
    assert page.get_by_role("region", name="Notices").is_visible()
    context.close()


def test_phase_filter_works_with_and_without_javascript(browser: Any, base_url: str) -> None:
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.goto(base_url + "schools/")
        cards = page.locator(".th-school-card")
        total = cards.count()
        assert total >= 6
        page.get_by_text("Secondary", exact=True).click()
        visible = [c for c in cards.all() if c.is_visible()]
        assert [c.get_attribute("data-phase") for c in visible] == ["secondary"]
        page.get_by_text("All", exact=True).click()
        assert sum(c.is_visible() for c in cards.all()) == total
        if javascript:
            assert page.locator(".th-filter-status").inner_text() == f"Showing {total} schools"
        context.close()


def test_school_switcher_moves_to_another_school(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    page = context.new_page()
    page.goto(base_url + "schools/brookfield/values/")
    switcher = page.get_by_label("Go to another school")
    switcher.select_option(label="Kingfisher School")
    page.wait_for_url("**/schools/kingfisher/")
    assert page.locator("h1").first.inner_text() == "Kingfisher School"
    nav = page.locator(".md-nav--primary")
    assert nav.get_by_role("link", name="Our values in action").count() == 1
    context.close()


def test_school_switcher_without_javascript_links_to_directory(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["laptop"])
    page = context.new_page()
    page.goto(base_url + "schools/brookfield/")
    page.locator(".th-switcher").get_by_role("link", name="All our schools").click()
    page.wait_for_url("**/schools/")
    context.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_brand_page_fits_the_screen(browser: Any, base_url: str, viewport: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(base_url + "brand/")
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('.md-content *')]
            .filter(el => el.scrollWidth > el.clientWidth + 1
                    && getComputedStyle(el).overflowX !== 'visible')
            .map(el => el.className || el.tagName)"""
    )
    cards = page.locator(".th-contrast__card")
    assert overflow == [], overflow  # nothing scrolls sideways: the contrast matrix included
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[viewport]["width"]
    assert (
        cards.count() == 8 and cards.first.bounding_box()["width"] <= VIEWPORTS[viewport]["width"]
    )
    tallest = max(
        page.locator(".th-swatch").nth(i).bounding_box()["height"]
        for i in range(page.locator(".th-swatch").count())
    )
    assert tallest < VIEWPORTS[viewport]["height"] / 3  # a swatch never fills a phone screen
    context.close()


SAMPLE = (
    "<h2>Heading two</h2><h3>Heading three</h3><h4>Heading four</h4><h5>Heading five</h5>"
    "<h6>Heading six</h6><p>A paragraph.</p><figure><figcaption>A caption.</figcaption></figure>"
    "<table><caption>A table caption</caption><thead><tr><th>Heading</th></tr></thead>"
    "<tbody><tr><td>A cell</td></tr></tbody></table><dl><dt>Term</dt><dd>Definition</dd></dl>"
    "<blockquote><p>A quotation.</p></blockquote><ul><li>An item</li></ul>"
)
"""Every kind of text a Markdown page can hold, added to each page so Material's own
styles for it are checked even where the demo does not use it."""
TYPE_OFFENCES = """() => {
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!text || el.closest('svg, script, style') || !el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden') continue;
    const wrong = [];
    if (s.textTransform !== 'none') wrong.push('text-transform: ' + s.textTransform);
    if (s.fontVariantCaps !== 'normal') wrong.push('font-variant-caps: ' + s.fontVariantCaps);
    if (parseFloat(s.letterSpacing) > 0.05 * parseFloat(s.fontSize)) wrong.push('letter-spacing: ' + s.letterSpacing);
    const button = el.closest('button, .md-button, [role=button]');  // a label, not a paragraph
    if (/center|justify/.test(s.textAlign) && !button) wrong.push('text-align: ' + s.textAlign);
    if (/^H[1-6]$/.test(el.tagName) && Number(s.fontWeight) < 700) wrong.push('font-weight: ' + s.fontWeight);
    if (wrong.length) found.push(`${el.tagName.toLowerCase()}.${el.className} "${text.slice(0, 30)}": ${wrong.join(', ')}`);
  }
  return found;
}"""


def test_type_follows_the_brand_guide(browser: Any, base_url: str) -> None:
    """Headings bold; no capitals by style, no letter-spaced labels, no centred or
    justified text (labels and captions included), on every page type, phone and laptop."""
    offences = []
    for viewport in VIEWPORTS.values():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name, path in PAGE_TYPES.items():
            page.goto(base_url + path)
            page.locator("article").first.evaluate(
                "(article, html) => article.insertAdjacentHTML('beforeend', html)", SAMPLE
            )
            offences += [
                f"{name}, {viewport['width']} px: {o}" for o in page.evaluate(TYPE_OFFENCES)
            ]
        context.close()
    assert offences == []


def test_a_parent_on_a_phone_finds_the_school_and_its_own_pages(
    browser: Any, base_url: str
) -> None:
    """Issue #11's list, as Chromium shows it: the school home's address, tap-to-call and
    email links in the page, the school named in the tab, its own curriculum page a
    top-level item of its section's menu, and no tooltip in any heading or link."""
    context = browser.new_context(viewport=VIEWPORTS["phone"], is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "schools/brookfield/")
    content = page.locator("article")
    assert content.locator('a[href^="tel:"]').first.is_visible()
    assert content.locator('a[href^="mailto:"]').first.is_visible()
    assert "Mill Road, Brookfield" in content.inner_text()
    page.goto(base_url + "schools/brookfield/curriculum/")
    assert page.title() == "Our curriculum – Brookfield Primary School"
    menu = page.locator(".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link")
    assert "Our curriculum" in [t.strip() for t in menu.all_inner_texts()]
    for path in ("", "schools/brookfield/", "schools/brookfield/curriculum/", "language/"):
        page.goto(base_url + path)
        inside = page.evaluate(
            "document.querySelectorAll(':is(h1, h2, h3, h4, h5, h6, a, nav, header) abbr').length"
        )
        assert inside == 0, path
    context.close()


SEARCH_FILES = ("assets/trusthub/search/", "search_index.json", "search.json", "lunr")
FIRST_SEARCH_BUDGET = 150_000
"""Bytes a first search may transfer, gzipped as a server sends them (SPEC §10)."""


def _wire_bytes(site_url: str, url: str, size: int) -> int:
    """``size`` bytes as a gzip-serving host sends them: text compressed, Pagefind's
    .pagefind and .pf_* files as they are (already compressed)."""
    import gzip
    import urllib.request

    if size <= 0 or ".pf_" in url or url.endswith(".pagefind"):
        return max(size, 0)
    with urllib.request.urlopen(url) as response:  # localhost: the test's own server
        return len(gzip.compress(response.read(), 6))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_starts_with_the_school_and_widens_to_all(
    browser: Any, base_url: str, axe: str, scheme: str
) -> None:
    """From Brookfield's page the header's search finds Brookfield's pages; one button
    searches every school. Nothing is fetched for search until then, nothing from another
    host, and a first search stays within its budget (issue #12)."""
    context = browser.new_context(viewport=VIEWPORTS["phone"], color_scheme=scheme)
    page = context.new_page()
    fetched: list[tuple[str, int]] = []

    def finished(request: Any) -> None:
        fetched.append((request.url, request.sizes()["responseBodySize"]))

    page.on("requestfinished", finished)
    page.goto(base_url + "schools/brookfield/", wait_until="networkidle")
    assert not [u for u, _ in fetched if any(f in u for f in SEARCH_FILES)]
    fetched.clear()
    page.get_by_role("link", name="Search").click()
    page.wait_for_url("**/search/?section=Brookfield%20Primary%20School")
    assert (
        "Brookfield Primary School" in page.locator(".th-search-scope [role=status]").inner_text()
    )
    page.get_by_role("searchbox").fill("safeguarding")
    page.wait_for_selector(".th-search__result")
    page.wait_for_load_state("networkidle")
    links = page.locator(".th-search__link").evaluate_all("as => as.map(a => a.href)")
    scoped = {link for link in links if "#" not in link}
    assert scoped and all("/schools/brookfield/" in link for link in scoped), scoped
    violations = run_axe(page, axe)
    assert violations == [], describe(violations)
    first_search = sum(_wire_bytes(base_url, url, size) for url, size in fetched)
    print(f"first search: {first_search} bytes gzipped, {len(fetched)} requests")
    assert first_search <= FIRST_SEARCH_BUDGET
    page.get_by_role("button", name="Search all our schools").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.th-search__link')]"
        ".some(a => a.href.includes('/schools/kingfisher/'))"
    )
    assert "all our schools" in page.locator(".th-search-scope [role=status]").inner_text()
    violations = run_axe(page, axe)  # with every school's results and "Show more results"
    assert violations == [], describe(violations)
    page.remove_listener("requestfinished", finished)  # none may arrive as the page closes
    outside = [u for u, _ in fetched if not u.startswith(base_url) and not u.startswith("data:")]
    assert outside == []
    context.close()


def test_search_starts_from_the_address_and_says_when_it_cannot_run(
    browser: Any, base_url: str
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "search/", wait_until="networkidle")
    assert not page.get_by_role("button", name="Show more results").is_visible()  # no results yet
    page.goto(base_url + "search/?q=uniform")
    page.wait_for_selector(".th-search__result")
    assert page.get_by_role("searchbox").input_value() == "uniform"
    assert not page.get_by_text("Search needs JavaScript").is_visible()
    # a name with an apostrophe scopes the search as the header's button passes it
    page.goto(base_url + "schools/st-aidans/")
    page.get_by_role("link", name="Search").click()
    page.get_by_role("searchbox").fill("welcome")
    page.wait_for_selector(".th-search__result")
    links = page.locator(".th-search__link").evaluate_all("as => as.map(a => a.href)")
    assert links and all("/schools/st-aidans/" in link for link in links), links
    context.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "search/")
    assert page.get_by_text("Search needs JavaScript").is_visible()
    page.get_by_role("link", name="find a school in our family").click()
    page.wait_for_url("**/schools/")
    context.close()


def test_a_glossary_tooltip_opens_on_a_tap_in_readable_text(browser: Any, base_url: str) -> None:
    """A parent taps "EHCP" on a phone: the explanation shows, in text nearly the size of
    the page's (Material's own tooltips are 10 px)."""
    context = browser.new_context(viewport=VIEWPORTS["phone"], has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "schools/kingfisher/send/", wait_until="networkidle")
    term = page.locator("article abbr", has_text="EHCP").first
    term.scroll_into_view_if_needed()
    term.tap()
    tip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    tip.wait_for()
    assert "legal document from the local authority" in tip.inner_text()
    size = tip.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    context.close()
    assert size >= 14
