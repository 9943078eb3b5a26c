"""Hostile school folders: every payload class in every string field, built for real.

For each payload class the suite writes the payload into every string field of every
content file (walking the models, so new fields are covered), runs the real checks,
and builds the site. Each field must either be refused at its own line, or come out
escaped: the published files are scanned for the payload, and every page and SVG is
loaded in headless Chromium, which must open no dialog and find no script URL or
inline event handler.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trusthub.governance.check import check_repo

from .browser import requires_chromium, serve
from .conftest import ENGINES, ROOT, SITE_PARTS
from .hostile import PAYLOADS, VICTIM, Injection, inject, leaks, settle, string_fields

SAFE_CLASSES = [name for name, p in PAYLOADS.items() if not p.must_be_refused]
REFUSED_CLASSES = [name for name, p in PAYLOADS.items() if p.must_be_refused]


def _copy_demo(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.exists():
            shutil.copy2(source, dest / part)
    return dest


def _errors(root: Path) -> list[Any]:
    _, report = check_repo(root)
    return list(report.errors)


_BUILDS: dict[tuple[str, bool, str], tuple[Injection, Path]] = {}
ENGINE_CLASSES = ["attribute breakout", "script breakout"]
"""Classes also built by each engine from the build tree (which escapes in its own way)."""
CANARY = (
    "{% if page and page.meta and page.meta.th %}"
    "{% set th = config.extra.th.sections[page.meta.th.section] %}"
    "{% if th.school %}<p>{{ th.title | striptags | safe }}</p>{% endif %}{% endif %}"
)
"""A footer line that writes a school's name unescaped (``striptags`` undoes the escaping,
``safe`` skips autoescape): the mistake the suite must catch."""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Build (once per payload class) a demo trust whose every text field carries it."""
    from trusthub.adapters.engines import build_site
    from trusthub.adapters.mkdocs_run import run_build

    def build(cls: str, canary: bool = False, engine: str = "plugin") -> tuple[Injection, Path]:
        if (cls, canary, engine) not in _BUILDS:
            root = _copy_demo(tmp_path_factory.mktemp("hostile") / "trust")
            if canary:
                footer = root / "overrides" / "partials" / "copyright.html"
                footer.parent.mkdir(parents=True, exist_ok=True)
                footer.write_text(CANARY, encoding="utf-8")  # a site's own footer, done wrong
            injection = inject(root, cls)
            settle(root, injection, _errors)
            if engine == "plugin":
                site = run_build(root, site_dir=root / "site")
            else:
                site = build_site(root, engine, site_dir=root / "site")
            _BUILDS[cls, canary, engine] = (injection, site)
        return _BUILDS[cls, canary, engine]

    yield build
    _BUILDS.clear()


def test_every_content_file_has_its_string_fields_found() -> None:
    """The model walk finds fields that are absent in the data, and list and map items."""
    from trusthub.content.models import School

    fields = set(string_fields(School, {"values": {"ambition": "x"}, "leads": [{"title": "t"}]}))
    assert ("name",) in fields
    assert ("website",) in fields  # optional and absent: still attacked
    assert ("values", "ambition") in fields
    assert ("leads", 0, "title") in fields and ("leads", 0, "summary") in fields
    assert ("colours", "primary") not in fields  # the nested model is absent: nothing to fill
    assert ("owners", 0) in fields


@pytest.mark.slow
@pytest.mark.parametrize("cls", SAFE_CLASSES)
def test_payload_is_refused_or_published_escaped(
    hostile_build: Any, cls: str, expect_log_warnings: Any
) -> None:
    injection, site = hostile_build(cls)
    assert len(injection.targets) > 150, "the walk found too few fields to mean anything"
    assert injection.accepted, "every field refused the payload: nothing was built to test"
    assert (site / "schools" / VICTIM / "index.html").is_file()
    attacked = {(t.file.rpartition("/")[2], t.path[0], t.path[-1]) for t in injection.targets}
    # The notice banner (on every page of the victim's section) and the calendar's words.
    assert {("notices.yml", "notices", "message"), ("calendar.yml", "events", "title")} <= attacked
    assert ("calendar.yml", "inset", "title") in attacked
    assert leaks(site, injection) == []


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("cls", ENGINE_CLASSES)
def test_each_engine_publishes_the_payload_escaped(
    hostile_build: Any, cls: str, engine: str, expect_log_warnings: Any
) -> None:
    injection, site = hostile_build(cls, engine=engine)
    assert (site / "schools" / VICTIM / "index.html").is_file()
    assert leaks(site, injection) == []


@pytest.mark.slow
def test_the_suite_catches_an_unescaped_field(hostile_build: Any, expect_log_warnings: Any) -> None:
    injection, site = hostile_build("attribute breakout", canary=True)
    found = leaks(site, injection)
    assert found and all("school.yml ('name',)" in line for line in found)
    assert any(line.startswith(f"schools/{VICTIM}/index.html") for line in found)


@pytest.mark.parametrize("cls", REFUSED_CLASSES)
def test_hidden_and_look_alike_characters_are_refused_everywhere(tmp_path: Path, cls: str) -> None:
    root = _copy_demo(tmp_path / "trust")
    injection = inject(root, cls)
    settle(root, injection, _errors)
    fields = [t for t in injection.accepted if t.path[0] != "body"]  # the page's own text
    assert fields == [], [f"{t.file} {t.path}" for t in fields]


SCAN = """() => {
  const scriptUrl = /^\\s*(javascript|data|vbscript):/i;
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)
          && scriptUrl.test(attr.value)) bad.push(el.tagName + ' ' + attr.name + '=' + attr.value);
    }
  }
  return bad;
}"""


SEARCHES = ["Welcome", "alert", "javascript", "Brookfield"]


def visit_all(browser: Any, site: Path, search: bool = True) -> tuple[int, list[str], list[str]]:
    """Load every HTML page and SVG of ``site`` and search it; (files, dialogs, script hooks)."""
    files = sorted(
        p.relative_to(site).as_posix() for p in [*site.rglob("*.html"), *site.rglob("*.svg")]
    )
    dialogs: list[str] = []
    hooks: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    with serve(site) as base:
        for name in files:
            page.goto(base + name, wait_until="load")
            if name.endswith(".html"):
                hooks += [f"{name}: {h}" for h in page.evaluate(SCAN)]
        page.goto(base + "search/", wait_until="load")  # Pagefind's search page
        searchable = search and page.locator(".th-search__input").count() > 0
        for query in SEARCHES if searchable else []:  # results are drawn from the index as HTML
            page.fill(".th-search__input", query)
            page.wait_for_function(
                "q => (document.querySelector('.th-search__status') || {}).textContent"
                "?.includes(q)",
                arg=query,
                timeout=60_000,
            )
            hooks += [f"search {query!r}: {h}" for h in page.evaluate(SCAN)]
    context.close()
    return len(files), dialogs, hooks


@pytest.mark.browser
@requires_chromium
@pytest.mark.parametrize(
    ("cls", "engine"),
    [(cls, "plugin") for cls in SAFE_CLASSES] + [(cls, "zensical") for cls in ENGINE_CLASSES],
)
def test_no_payload_runs_in_chromium(
    browser: Any, hostile_build: Any, cls: str, engine: str, expect_log_warnings: Any
) -> None:
    _, site = hostile_build(cls, engine=engine)
    loaded, dialogs, hooks = visit_all(browser, site)
    assert loaded > 100
    assert dialogs == []
    assert hooks == []


@pytest.mark.browser
@requires_chromium
def test_chromium_sees_the_canary_fire(
    browser: Any, hostile_build: Any, expect_log_warnings: Any
) -> None:
    injection, site = hostile_build("attribute breakout", canary=True)
    _, dialogs, hooks = visit_all(browser, site, search=False)
    name = next(t for t in injection.targets if t.path == ("name",) and "school" in t.file)
    assert dialogs and all(d.endswith(name.marker) for d in dialogs)
    assert any("IMG onerror" in h for h in hooks)
