"""The strategy rocket on a 390 px phone, measured in headless Chromium on the built site.

Every section's strategy page shows the rocket laid out for a narrow screen: its
smallest text, as Chromium draws it, is at least 12 CSS px; Chromium's own text
boxes stay inside the drawing and never overlap (the demo, and the long-title case).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trusthub.graphics.rocket import with_embedded_fonts

from .browser import requires_chromium
from .browser import serve as serve_site
from .test_rocket import SCHOOL_THEME, crowded_rocket

pytestmark = [pytest.mark.browser, requires_chromium]

SECTIONS = [
    "strategy/",
    *(
        f"schools/{slug}/strategy/"
        for slug in (
            "aldermere-academy",
            "brookfield",
            "kingfisher",
            "little-acorns",
            "millbeck-sixth-form",
            "st-aidans",
        )
    ),
]

MEASURE = """(svg) => {
  const texts = [...svg.querySelectorAll('text')];
  const view = svg.viewBox.baseVal;
  return texts.map(t => {
    const box = t.getBBox();
    const scale = t.getScreenCTM().d;
    return {size: parseFloat(getComputedStyle(t).fontSize) * scale,
            x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height,
            text: t.textContent, width: view.width, height: view.height};
  });
}"""
INLINE = """async (img) => {
  const source = await (await fetch(img.currentSrc)).text();
  const holder = document.createElement('div');
  holder.innerHTML = source;
  const svg = holder.querySelector('svg');
  svg.setAttribute('width', img.getBoundingClientRect().width);
  svg.removeAttribute('height');
  img.replaceWith(svg);
  await document.fonts.ready;
  return img.getBoundingClientRect().width;
}"""


def _check(measured: list[dict[str, Any]]) -> None:
    assert measured
    for text in measured:
        assert text["size"] >= 12.0, text
        assert text["x"] >= -0.5 and text["right"] <= text["width"] + 0.5, text
        assert text["y"] >= -0.5 and text["bottom"] <= text["height"] + 0.5, text
    for index, first in enumerate(measured):
        for second in measured[index + 1 :]:
            apart = (
                first["right"] <= second["x"] + 0.5
                or second["right"] <= first["x"] + 0.5
                or first["bottom"] <= second["y"] + 0.5
                or second["bottom"] <= first["y"] + 0.5
            )
            assert apart, (first, second)


def test_phone_rocket_text_is_at_least_12_css_px(browser: Any, public_site: Path) -> None:
    with serve_site(public_site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        try:
            for path in SECTIONS:
                page.goto(url + path)
                narrow = page.locator("img.th-rocket__narrow")
                assert narrow.is_visible(), path
                assert not page.locator("img.th-rocket__wide").is_visible(), path
                narrow.scroll_into_view_if_needed()
                page.wait_for_function(
                    "img => img.complete && img.naturalWidth > 0", arg=narrow.element_handle()
                )
                shown = narrow.bounding_box()
                assert shown is not None and shown["width"] >= 340, (path, shown)
                page.evaluate(INLINE, narrow.element_handle())
                measured = page.evaluate(
                    MEASURE, page.locator("figure.th-rocket svg").element_handle()
                )
                _check(measured)
                smallest = min(text["size"] for text in measured)
                print(f"{path}: smallest rocket text {smallest:.1f} CSS px")
        finally:
            page.close()


def test_long_titles_stay_inside_and_apart_in_chromium(browser: Any, tmp_path: Path) -> None:
    result = crowded_rocket()
    svg = with_embedded_fonts(result.narrow, SCHOOL_THEME)
    (tmp_path / "narrow.html").write_text(
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Rocket</title>'
        f'</head><body style="margin:16px"><div style="width:358px">{svg}</div></body></html>',
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto((tmp_path / "narrow.html").as_uri())
        page.evaluate(
            "async () => { const s = document.querySelector('svg');"
            " s.setAttribute('width', 358); s.removeAttribute('height');"
            " await document.fonts.ready; }"
        )
        _check(page.evaluate(MEASURE, page.locator("svg").element_handle()))
    finally:
        page.close()


LAYOUT_SHIFT = """() => new Promise(done => {
  let shift = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  setTimeout(() => done(shift), 500);
})"""


def test_nothing_moves_when_the_phone_rocket_arrives(browser: Any, public_site: Path) -> None:
    """The narrow rocket's height is known only once it has loaded: the page holds room for
    it, so the caption and what follows do not jump (Lighthouse measured a layout shift of
    0.37 on the strategy page before)."""
    with serve_site(public_site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        try:
            for path in SECTIONS:
                page.goto(url + path, wait_until="networkidle")
                narrow = page.locator("img.th-rocket__narrow")
                page.wait_for_function(
                    "img => img.complete && img.naturalWidth > 0", arg=narrow.element_handle()
                )
                assert page.evaluate(LAYOUT_SHIFT) < 0.01, path
        finally:
            page.close()
