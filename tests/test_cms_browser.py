"""The web editor in a real browser: Decap CMS at /admin/ of the staff build, saving through
decap-server (its local proxy) into a copy of the demo trust.

An office manager's edits, made through the forms in headless Chromium: the motto in
school.yml and a new news story; and a headteacher's urgent notice, for a school that had no
notices file yet. The files on disk change as expected, keep their keys
and their data, pass `trusthub check` after `trusthub fmt`, and build. axe-core runs on the
editor's main screens; what it finds belongs to Decap CMS itself and is reported (printed
and written to the test's folder), not failed on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from trusthub.build.admin import cms_bundle
from trusthub.content.fmt import SCHEMA_LINE

from .browser import axe_source, describe, requires_chromium, run_axe
from .browser import serve as serve_site
from .conftest import ROOT

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"
NODE = shutil.which("node")

pytestmark = [
    pytest.mark.browser,
    requires_chromium,
    pytest.mark.skipif(
        NODE is None or not DECAP_SERVER.is_file() or cms_bundle(ROOT) is None,
        reason="the web editor is not installed: run `make cms` (CI does, in .ci/run)",
    ),
]

MOTTO = "Learning together, growing together, every single day"
STORY = "2026-11-20-year-4-visit-the-roman-fort.md"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def editor(trust_copy: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """/admin/ of the copy's staff build, served, with decap-server saving into the copy."""
    from trusthub.adapters.engines import build_site

    port = _free_port()
    proxy = f"http://localhost:{port}/api/v1"
    cms = trust_copy / "brand" / "cms.yml"
    cms.write_text(cms.read_text(encoding="utf-8") + f"local_backend: {proxy}\n", "utf-8")
    os.environ.setdefault("TRUSTHUB_CMS_BUNDLE", str(cms_bundle(ROOT)))
    site = build_site(trust_copy, audience="staff", site_dir=tmp_path / "site-staff")
    server = subprocess.Popen(
        [str(NODE), str(DECAP_SERVER)],
        cwd=trust_copy,
        env={**os.environ, "PORT": str(port), "GIT_REPO_DIRECTORY": str(trust_copy)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(proxy)
        with serve_site(site) as url:
            yield url + "admin/", trust_copy
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(proxy: str) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            request = urllib.request.Request(
                proxy, data=b'{"action":"info"}', headers={"Content-Type": "application/json"}
            )
            urllib.request.urlopen(request, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_an_office_manager_edits_the_motto_and_adds_a_story(
    browser: Any, editor: tuple[str, Path], tmp_path: Path
) -> None:
    url, trust = editor
    school_yml = trust / "schools" / "brookfield" / "school.yml"
    before = yaml.safe_load(school_yml.read_text(encoding="utf-8"))
    keys_before = list(before)
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="en-GB")
    page = context.new_page()
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: problems.append(str(e)))
    axe = axe_source()
    found: dict[str, list[dict[str, Any]]] = {}

    page.goto(url, wait_until="networkidle")
    found["sign-in"] = run_axe(page, axe)
    page.get_by_role("button", name="Login").click()
    page.get_by_role("link", name="Brookfield: news").wait_for()
    assert "Error loading the CMS configuration" not in page.inner_text("body")
    found["collections"] = run_axe(page, axe)

    # school.yml: the motto
    page.goto(url + "#/collections/brookfield/entries/school")
    motto = page.get_by_label("Motto", exact=True)
    _settle(page, motto)
    found["school details form"] = run_axe(page, axe)
    _fill(page, motto, MOTTO)
    _publish(page)

    # a new story, with its text
    page.goto(url + "#/collections/brookfield-news/new")
    _settle(page, page.get_by_label("Title", exact=True))
    _fill(page, page.get_by_label("Title", exact=True), "Year 4 visit the Roman fort")
    _fill(page, page.locator("input[type=date]").first, "2026-11-20")
    _fill(
        page,
        page.get_by_label("Summary", exact=True),
        "Year 4 spent a day at the Roman fort on the hill above the town.",
    )
    body = page.locator("[data-slate-editor='true']").last
    body.click()
    page.keyboard.type("The children built a model of the fort's gatehouse.")
    assert "model of the fort" in body.inner_text()
    found["news story form"] = run_axe(page, axe)
    _publish(page)
    context.close()

    # the files on disk
    after = yaml.safe_load(school_yml.read_text(encoding="utf-8"))
    assert after["motto"] == MOTTO
    assert {**after, "motto": before["motto"]} == before  # nothing else changed
    assert list(after) == keys_before  # nor moved
    story = (trust / "schools" / "brookfield" / "news" / STORY).read_text(encoding="utf-8")
    _, front, text = story.split("---\n", 2)
    assert yaml.safe_load(front) == {
        "title": "Year 4 visit the Roman fort",
        "date": dt.date(2026, 11, 20),
        "summary": "Year 4 spent a day at the Roman fort on the hill above the town.",
    }
    assert "model of the fort's gatehouse" in text

    # the schema line comes back with `trusthub fmt` (run by `check --fix`); check passes
    from click.testing import CliRunner

    from trusthub.adapters.cli import main

    result = CliRunner().invoke(main, ["check", "--fix", "--root", str(trust)])
    assert result.exit_code == 0, result.output
    assert school_yml.read_text(encoding="utf-8").startswith(SCHEMA_LINE)

    # and the public site builds, with the story and no editor
    from trusthub.adapters.engines import build_site

    site = build_site(trust, site_dir=tmp_path / "site")
    assert (site / "schools/brookfield/news" / STORY.removesuffix(".md") / "index.html").is_file()
    assert MOTTO in (site / "schools/brookfield/index.html").read_text(encoding="utf-8")
    assert not (site / "admin").exists()

    outside = [
        r for r in requests if not r.startswith(url.split("/admin/")[0]) and "localhost" not in r
    ]
    assert outside == [], "the editor asked another host"
    assert problems == []

    # What axe finds in Decap CMS's own screens is reported, not failed on (issue #15).
    report = {screen: describe(v) for screen, v in found.items()}
    (tmp_path / "axe-decap.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    for screen, text_found in report.items():
        print(f"axe on Decap CMS, {screen}: {text_found or 'no violations'}")


NOTICE = "Kingfisher is closed today because of snow. Please keep your child at home."


def test_a_headteacher_posts_an_urgent_notice_where_the_school_had_none(
    browser: Any, editor: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kingfisher has no notices.yml yet: the editor offers the form all the same, and the
    first save writes a file that checks and builds, the notice on the school's pages."""
    url, trust = editor
    notices = trust / "schools" / "kingfisher" / "notices.yml"
    assert not notices.exists()
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.get_by_role("button", name="Login").click()
    page.goto(url + "#/collections/kingfisher/entries/notices")
    _settle(page, page.get_by_role("button", name="Add notice"))
    page.get_by_role("button", name="Add notice").click()
    _fill(page, page.get_by_label("Message", exact=True), NOTICE)
    days = page.locator("input[type=date]")
    _fill(page, days.nth(0), "2026-11-24")
    _fill(page, days.nth(1), "2026-11-24")
    page.get_by_label("Severity").fill("urgent")  # Decap's select: type, then choose
    page.keyboard.press("Enter")
    _publish(page)
    context.close()

    saved = yaml.safe_load(notices.read_text(encoding="utf-8"))
    assert saved == {
        "notices": [
            {
                "message": NOTICE,
                "from": dt.date(2026, 11, 24),
                "until": dt.date(2026, 11, 24),
                "severity": "urgent",
            }
        ]
    }
    from click.testing import CliRunner

    from trusthub.adapters.cli import main
    from trusthub.adapters.engines import build_site

    result = CliRunner().invoke(main, ["check", "--fix", "--root", str(trust)])
    assert result.exit_code == 0, result.output
    assert notices.read_text(encoding="utf-8").startswith(SCHEMA_LINE)
    monkeypatch.setenv("TRUSTHUB_TODAY", "2026-11-24")
    site = build_site(trust, site_dir=tmp_path / "site")
    assert NOTICE in (site / "schools/kingfisher/about/index.html").read_text(encoding="utf-8")
    assert NOTICE not in (site / "schools/brookfield/index.html").read_text(encoding="utf-8")


def _settle(page: Any, field: Any) -> None:
    """Wait for a form Decap has just opened to stop changing: while it is still loading the
    collection it may draw the form again, emptying what was typed."""
    field.wait_for()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)


def _fill(page: Any, field: Any, value: str) -> None:
    """Type ``value`` into ``field`` and make sure Decap kept it."""
    for _ in range(5):
        field.fill(value)
        page.wait_for_timeout(200)
        if field.input_value() == value:
            return
    raise AssertionError(f"the editor did not keep {value!r}")


def _publish(page: Any) -> None:
    """Decap's "Publish" → "Publish now", then wait until it says the change is saved."""
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("Publish now").click()
    try:
        page.get_by_text("Changes saved", exact=False).wait_for(timeout=30_000)
    except Exception as error:  # say what the editor showed instead
        raise AssertionError(f"not saved; the editor shows: {page.inner_text('body')}") from error
