"""Urgent notices (issue #14, part 3): a banner on every page of its scope and nowhere
else, in every engine; gone on the first build after its day; `trusthub notice add`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from trusthub.adapters.cli import main
from trusthub.governance.check import check_repo

from .conftest import ENGINES
from .edits import edit, line_of

BROOKFIELD = "schools/brookfield/notices.yml"
KITCHEN = "Our kitchen is closed for repairs until Friday 27 November."
BANNER = re.compile(
    r'<section class="th-notices[^"]*" aria-label="Notices"[^>]*>(.*?)</section>', re.S
)


def _notices(root: Path, today: dt.date) -> list[str]:
    _repo, report = check_repo(root, today=today)
    return [str(d) for d in report if d.path.endswith("notices.yml")]


def _banner(page: Path) -> str:
    found = BANNER.search(page.read_text(encoding="utf-8"))
    return found.group(1) if found else ""


@pytest.fixture(scope="module", params=["plugin", *ENGINES])
def built_site(request: Any, public_site: Path, engine_site: Any) -> Path:
    return public_site if request.param == "plugin" else engine_site(request.param)


def test_a_schools_notice_is_on_every_page_of_its_section_and_no_other(built_site: Path) -> None:
    pages = [p for p in built_site.rglob("*.html") if "assets" not in p.parts]
    ours = [p for p in pages if p.is_relative_to(built_site / "schools" / "brookfield")]
    assert len(ours) >= 8
    for page in pages:
        banner = _banner(page)
        if page in ours:
            assert KITCHEN in banner, page
            assert '<strong class="th-notice__label">Important:</strong>' in banner
            link = re.search(r'<a href="([^"]*)">Contact the school office</a>', banner)
            assert link is not None
            target = (page.parent / link.group(1)).resolve()
            assert target == (built_site / "schools/brookfield/contact").resolve(), page
        else:
            assert banner == "", page
            assert 'class="md-banner"' not in page.read_text(), page  # no empty banner


def test_the_banner_can_be_hidden(built_site: Path) -> None:
    html = (built_site / "schools/brookfield/index.html").read_text()
    button = '<button type="button" class="th-notices__hide" hidden>Hide this notice</button>'
    assert button in html  # shown by the script beside it: without JavaScript it could not work


def test_a_notice_past_its_day_is_warned_about_at_until(trust_copy: Path) -> None:
    line = line_of(trust_copy / BROOKFIELD, "until:")
    assert _notices(trust_copy, dt.date(2026, 11, 27)) == []
    assert _notices(trust_copy, dt.date(2026, 11, 28)) == [
        f"{BROOKFIELD}:{line}:12: warning: notice ended on Friday 27 November 2026 and no "
        "longer shows (delete it from the file)"
    ]


def test_a_link_to_a_page_that_is_not_there(trust_copy: Path) -> None:
    edit(trust_copy / BROOKFIELD, "link: contact.md", "link: contcat.md")
    line = line_of(trust_copy / BROOKFIELD, "link:")
    assert _notices(trust_copy, dt.date(2026, 11, 23)) == [
        f'{BROOKFIELD}:{line}:11: "contcat.md" is not a page of this section (did you mean '
        '"contact.md"?)'
    ]


def test_until_before_from_is_located(trust_copy: Path) -> None:
    edit(trust_copy / BROOKFIELD, "until: 2026-11-27", "until: 2026-11-19")
    line = line_of(trust_copy / BROOKFIELD, "- message:")
    assert _notices(trust_copy, dt.date(2026, 11, 23)) == [
        f"{BROOKFIELD}:{line}:5: until (2026-11-19) is before from (2026-11-20) (a notice "
        "shows from the day of from to the day of until)"
    ]


def test_notice_add_writes_valid_yaml_that_keeps_what_was_there(trust_copy: Path) -> None:
    hostile = "Closed today: \"snow\" — <b>stay safe</b> #1: it's {{ 'cold' }}\n- not a list"
    result = CliRunner().invoke(
        main,
        [
            "notice",
            "add",
            "brookfield",
            hostile,
            "--root",
            str(trust_copy),
            "--until",
            "2026-12-01",
            "--from",
            "2026-11-30",
            "--link",
            "term-dates.md",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        f"Added to {BROOKFIELD}. It shows on the next build, until "
        "the end of Tuesday 1 December 2026"
    )
    text = (trust_copy / BROOKFIELD).read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schemas/notices.schema.json\n")
    notices = yaml.safe_load(text)["notices"]
    assert notices[0]["message"].startswith("Our kitchen")
    assert notices[1] == {
        "message": hostile,
        "link": "term-dates.md",
        "from": dt.date(2026, 11, 30),
        "until": dt.date(2026, 12, 1),
        "severity": "urgent",
    }
    assert _notices(trust_copy, dt.date(2026, 11, 23)) == []


def test_notice_add_creates_the_file_with_its_schema(trust_copy: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "notice",
            "add",
            "kingfisher",
            "Closed today.",
            "--root",
            str(trust_copy),
            "--until",
            "2026-12-01",
            "--severity",
            "warning",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (trust_copy / "schools/kingfisher/notices.yml").read_text()
    assert text.splitlines()[:3] == [
        "# yaml-language-server: $schema=../../schemas/notices.schema.json",
        "notices:",
        "  - message: Closed today.",
    ]
    assert yaml.safe_load(text)["notices"][0]["from"] == dt.date(2026, 11, 23)  # TRUSTHUB_TODAY


def test_notice_add_refuses_what_would_not_build_and_leaves_the_file(trust_copy: Path) -> None:
    before = (trust_copy / BROOKFIELD).read_text()
    for arguments, message in [
        (
            ["nowhere", "x", "--until", "2026-12-01"],
            'Error: no school "nowhere": use "trust" or one of aldermere-academy, brookfield, kingfisher, little-acorns, millbeck-sixth-form, st-aidans',
        ),
        (
            ["brookfield", "x", "--until", "2026-11-01"],
            f"Error: {BROOKFIELD}:14:5: until (2026-11-01) is before from (2026-11-23)",
        ),
        (
            ["brookfield", "x", "--until", "2026-12-01", "--link", "javascript:alert(1)"],
            f'Error: {BROOKFIELD}:15:11: links may not start "javascript:"',
        ),
        (
            ["brookfield", "x", "--until", "2026-12-01", "--link", "contcat.md"],
            f'Error: {BROOKFIELD}:15:11: "contcat.md" is not a page of this section (did you '
            'mean "contact.md"?)',
        ),
        (
            ["brookfield", "Closed\u202e today", "--until", "2026-12-01"],
            f"Error: {BROOKFIELD}:14:14: text contains an invisible character (U+202E, right-to-left override)",
        ),
    ]:
        result = CliRunner().invoke(main, ["notice", "add", *arguments, "--root", str(trust_copy)])
        assert result.exit_code == 1, result.output
        assert result.output.startswith(message), result.output
        assert (trust_copy / BROOKFIELD).read_text() == before
    result = CliRunner().invoke(
        main,
        [
            "notice",
            "add",
            "kingfisher",
            "x",
            "--until",
            "2026-12-01",
            "--link",
            "nowhere.md",
            "--root",
            str(trust_copy),
        ],
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: schools/kingfisher/notices.yml:")
    assert not (trust_copy / "schools/kingfisher/notices.yml").exists()  # not left half-made


def test_a_notice_is_gone_on_the_first_build_after_its_day(
    trust_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    expect_log_warnings: pytest.LogCaptureFixture,
) -> None:
    """Built twice into the same build tree and page cache: the date alone changes the site."""
    monkeypatch.setenv("TRUSTHUB_TODAY", "2026-11-27")
    result = CliRunner().invoke(
        main,
        [
            "notice",
            "add",
            "trust",
            "Every school is closed today because of snow.",
            "--root",
            str(trust_copy),
            "--until",
            "2026-11-27",
        ],
    )
    assert result.exit_code == 0, result.output
    site = tmp_path / "site"
    build = ["build", "--root", str(trust_copy), "--site-dir", str(site)]
    assert CliRunner().invoke(main, build).exit_code == 0
    snow = '<strong class="th-notice__label">Urgent:</strong> Every school is closed today'
    for page in [
        "index.html",
        "values/index.html",
        "schools/kingfisher/index.html",
        "schools/brookfield/term-dates/index.html",
    ]:
        assert snow in _banner(site / page), page
    both = _banner(site / "schools/brookfield/index.html")
    assert both.index(snow) < both.index(KITCHEN)  # the most urgent first
    assert ">Hide these notices</button>" in both
    assert ">Hide this notice</button>" in _banner(site / "index.html")
    assert 'class="th-notices th-notices--urgent"' in (site / "index.html").read_text()
    # The next day, by --today: both notices are past their day.
    result = CliRunner().invoke(main, [*build, "--today", "2026-11-28"])
    assert result.exit_code == 0, result.output
    for page in site.rglob("*.html"):
        assert 'class="md-banner"' not in page.read_text(), page
    assert "notice ended on Friday 27 November 2026" in expect_log_warnings.text
    # Back to the 27th by the environment alone: the same tree shows them again.
    monkeypatch.setenv("TRUSTHUB_TODAY", "2026-11-27")
    assert CliRunner().invoke(main, build).exit_code == 0
    assert KITCHEN in _banner(site / "schools/brookfield/contact/index.html")


def test_avoided_words_in_notices_and_calendars_are_found_where_they_are(trust_copy: Path) -> None:
    edit(trust_copy / BROOKFIELD, "Please send\n      your child", "Please send\n      your kids")
    edit(
        trust_copy / "schools/brookfield/calendar.yml", "Christmas fair", "Christmas fair for kids"
    )
    _repo, report = check_repo(trust_copy, today=dt.date(2026, 11, 23))
    found = [str(d) for d in report if "kids" in d.message]
    notice_line = line_of(trust_copy / BROOKFIELD, "your kids")
    event_line = line_of(trust_copy / "schools/brookfield/calendar.yml", "for kids")
    assert [f.split(": warning: ")[0] for f in found] == [
        f"schools/brookfield/calendar.yml:{event_line}:32",
        f"{BROOKFIELD}:{notice_line}:12",
    ]
    assert (
        found[1]
        .split(": warning: ")[1]
        .startswith(
            '"kids" — we say "children" (Our writing is warm but professional; '
            '"kids" is too casual for a school.)'
        )
    )
