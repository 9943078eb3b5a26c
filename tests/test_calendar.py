"""Term dates and events (issue #14, part 1): the checks with their exact messages, the
iCalendar feeds read back with a real calendar library, the term dates page and the
next key dates on a school's home."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from trusthub.adapters.cli import main
from trusthub.content.calendar import entries, school_days
from trusthub.content.models import AcademicYear
from trusthub.content.repo import load_repo
from trusthub.governance.check import check_repo

from .conftest import ENGINES
from .edits import edit, line_of

TODAY = dt.date(2026, 11, 23)
TRUST = "brand/calendar.yml"
BROOKFIELD = "schools/brookfield/calendar.yml"


def _problems(root: Path, today: dt.date = TODAY) -> list[str]:
    _repo, report = check_repo(root, today=today)
    return [str(d) for d in report if "calendar.yml" in d.path]


def _at(root: Path, path: str, needle: str, in_line: str | None = None) -> str:
    """``path:line:col`` of ``in_line`` (default ``needle``) on the line holding ``needle``."""
    line = line_of(root / path, needle)
    col = (root / path).read_text().splitlines()[line - 1].index(in_line or needle) + 1
    return f"{path}:{line}:{col}"


def test_the_demo_calendars_have_no_problems(demo_root: Path) -> None:
    assert _problems(demo_root) == []


def test_pupil_days_are_term_weekdays_less_holidays_and_inset() -> None:
    year = AcademicYear.model_validate(
        {
            "name": "2026–27",
            "terms": [{"name": "Autumn term", "start": "2026-09-01", "end": "2026-09-30"}],
            "holidays": [{"name": "Break", "start": "2026-09-14", "end": "2026-09-18"}],
        }
    )
    # 22 weekdays in September 2026, less a week off, less one INSET day.
    assert school_days(year, [dt.date(2026, 9, 1)]) == (17, 16)


def test_a_term_that_ends_before_it_starts(trust_copy: Path) -> None:
    edit(trust_copy / TRUST, "end: 2026-12-18}", "end: 2026-08-18}")
    assert _problems(trust_copy)[0] == (
        f"{_at(trust_copy, TRUST, '2026-08-18')}: Autumn term 2026–27 ends on Tuesday 18 "
        "August 2026, before it starts (Tuesday 1 September 2026) (write start: the first day "
        "and end: the last day)"
    )


def test_terms_out_of_order_or_overlapping(trust_copy: Path) -> None:
    edit(
        trust_copy / TRUST,
        "{name: Spring term, start: 2027-01-04",
        "{name: Spring term, start: 2026-12-14",
    )
    problems = _problems(trust_copy)
    assert problems[0] == (
        f"{_at(trust_copy, TRUST, '2026-12-14')}: Spring term 2026–27 starts on Monday 14 "
        "December 2026, before Autumn term ends (Friday 18 December 2026) (list the terms in "
        "order; the breaks between them need no entry)"
    )


def test_years_out_of_order(trust_copy: Path) -> None:
    edit(
        trust_copy / TRUST,
        "{name: Autumn term, start: 2027-09-01",
        "{name: Autumn term, start: 2027-07-01",
    )
    line = line_of(trust_copy / TRUST, "name: 2027–28")
    assert _problems(trust_copy)[0] == (
        f"{TRUST}:{line}:5: 2027–28 starts on Thursday 1 July 2027, before 2026–27 ends "
        "(Tuesday 20 July 2027) (list the years oldest first, each after the one before)"
    )


def test_a_holiday_outside_the_terms(trust_copy: Path) -> None:
    edit(
        trust_copy / TRUST,
        "{name: October half term, start: 2026-10-26, end: 2026-10-30}",
        "{name: Christmas, start: 2026-12-21, end: 2026-12-24}",
    )
    assert _problems(trust_copy)[:1] == [
        f"{_at(trust_copy, TRUST, '2026-12-21')}: Christmas (Monday 21 December 2026 to Thursday "
        "24 December 2026) is not inside a term of 2026–27 (holidays here are days off in term "
        "time (half terms, bank holidays); the breaks between terms need no entry)"
    ]


def test_holidays_that_overlap(trust_copy: Path) -> None:
    edit(
        trust_copy / TRUST,
        "{name: Early May bank holiday, start: 2027-05-03}",
        "{name: Early May bank holiday, start: 2027-06-03}",
    )
    problems = _problems(trust_copy)
    assert problems[0] == (
        f"{_at(trust_copy, TRUST, '2027-06-03')}: Early May bank holiday overlaps May half term "
        "(merge them into one holiday, or correct the dates)"
    )


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ("2026-11-21", "is a Saturday"),
        ("2026-10-28", "is in October half term"),
        ("2026-12-22", "is not in term time"),
    ],
)
def test_an_inset_day_on_a_weekend_in_a_holiday_or_out_of_term(
    trust_copy: Path, date: str, problem: str
) -> None:
    edit(trust_copy / BROOKFIELD, "{date: 2026-11-20,", f"{{date: {date},")
    day = dt.date.fromisoformat(date)
    assert _problems(trust_copy)[0] == (
        f"{_at(trust_copy, BROOKFIELD, date)}: INSET day {day:%A} {day.day} {day:%B %Y} "
        f"{problem} (an INSET day is a weekday in term that the school is closed to pupils)"
    )


def test_a_trust_inset_day_on_a_weekend(trust_copy: Path) -> None:
    edit(trust_copy / TRUST, "{date: 2027-01-04,", "{date: 2027-01-03,")
    assert (
        _at(trust_copy, TRUST, "2027-01-03") + ": INSET day Sunday 3 January 2027 is a Sunday"
        in _problems(trust_copy)[0]
    )


def test_pupil_days_outside_the_trusts_range(trust_copy: Path) -> None:
    edit(
        trust_copy / BROOKFIELD,
        "  - {date: 2027-06-07,",
        "  - {date: 2027-06-09, title: Extra}\n  - {date: 2027-06-07,",
    )
    line = line_of(trust_copy / BROOKFIELD, "inset:")
    assert _problems(trust_copy) == [
        f"{BROOKFIELD}:{line}:1: warning: Brookfield Primary School teaches 189 pupil days in "
        "2026–27, not 190 (195 days in term, less holidays, less 6 INSET days; change an INSET "
        "day or a term's dates (pupil_days in brand/calendar.yml sets the range))"
    ]
    edit(trust_copy / TRUST, "pupil_days: {min: 190, max: 190}", "pupil_days: {min: 185, max: 190}")
    assert _problems(trust_copy) == []


def test_a_school_without_its_own_inset_days_is_reported_at_the_trusts_year(
    trust_copy: Path,
) -> None:
    (trust_copy / BROOKFIELD).unlink()
    problems = _problems(trust_copy)
    line = line_of(trust_copy / TRUST, "name: 2026–27")
    assert problems[0] == (
        f"{TRUST}:{line}:5: warning: Brookfield Primary School teaches 192 pupil days in "
        "2026–27, not 190 (195 days in term, less holidays, less 3 INSET days; change an INSET "
        "day or a term's dates (pupil_days in brand/calendar.yml sets the range))"
    )


def test_no_dates_for_next_year_after_the_trusts_month(trust_copy: Path) -> None:
    line = line_of(trust_copy / TRUST, "years:")
    warning = (
        f"{TRUST}:{line}:1: warning: no term dates after 2027–28 (families plan a year ahead: "
        "publish the next year's dates from March; next_year_from in brand/calendar.yml sets "
        "the month)"
    )
    assert _problems(trust_copy, dt.date(2028, 2, 29)) == []
    assert _problems(trust_copy, dt.date(2028, 3, 1)) == [warning]
    edit(trust_copy / TRUST, "next_year_from: 3", "next_year_from: 5")
    assert _problems(trust_copy, dt.date(2028, 3, 1)) == []
    assert _problems(trust_copy, dt.date(2028, 8, 31)) == [warning.replace("March", "May")]


def test_a_school_may_not_set_its_own_terms_where_they_are_aligned(trust_copy: Path) -> None:
    years = (trust_copy / TRUST).read_text().split("years:", 1)[1].split("events:", 1)[0]
    (trust_copy / BROOKFIELD).write_text((trust_copy / BROOKFIELD).read_text() + "\nyears:" + years)
    line = line_of(trust_copy / BROOKFIELD, "years:")
    assert _problems(trust_copy) == [
        f'{BROOKFIELD}:{line}:1: term dates are set by the trust (the "term-dates" area of '
        "brand/autonomy.yml is not local or framework: delete years: and keep only inset: and "
        "events:)"
    ]
    edit(
        trust_copy / "brand" / "autonomy.yml",
        "name: Term dates\n    level: aligned",
        "name: Term dates\n    level: local",
    )
    assert _problems(trust_copy) == []
    edit(trust_copy / BROOKFIELD, "start: 2027-04-12", "start: 2027-04-19")
    repo, _ = load_repo(trust_copy)
    found = {(e.title, e.start) for e in entries(repo, repo.schools["brookfield"])}
    assert ("Summer term starts", dt.date(2027, 4, 19)) in found
    assert ("Summer term starts", dt.date(2027, 4, 12)) not in found
    assert "195 days in term" not in " ".join(_problems(trust_copy))


def test_an_event_that_ends_before_it_starts(trust_copy: Path) -> None:
    edit(trust_copy / BROOKFIELD, "    end: 2027-03-05", "    end: 2027-03-01")
    assert _problems(trust_copy) == [
        f'{_at(trust_copy, BROOKFIELD, "2027-03-01")}: "Year 6 residential to Hilltop Outdoor '
        'Centre" ends on Monday 1 March 2027, before it starts (Wednesday 3 March 2027) (write '
        "start: the first day and end: the last day)"
    ]


def test_a_date_that_is_not_a_date_is_located(trust_copy: Path) -> None:
    edit(trust_copy / BROOKFIELD, "start: 2026-12-10", "start: 10/12/2026")
    _repo, report = check_repo(trust_copy, today=TODAY)
    located = [str(d) for d in report if d.path == BROOKFIELD]
    assert located and located[0].startswith(f"{_at(trust_copy, BROOKFIELD, '10/12/2026')}: ")


# --- The feeds and pages, from real builds ---------------------------------------------


@pytest.fixture(scope="module", params=["plugin", *ENGINES])
def built_site(request: Any, public_site: Path, engine_site: Any) -> Path:
    return public_site if request.param == "plugin" else engine_site(request.param)


def _feed(site: Path, path: str) -> Calendar:
    return Calendar.from_ical((site / path).read_bytes())


def _events(calendar: Calendar) -> dict[str, Any]:
    """Each event by its summary (the first, for a summary that comes every year)."""
    found: dict[str, Any] = {}
    for event in calendar.walk("VEVENT"):
        found.setdefault(str(event["summary"]), event)
    return found


def test_a_schools_feed_holds_its_terms_holidays_and_both_kinds_of_inset_day(
    built_site: Path,
) -> None:
    calendar = _feed(built_site, "schools/brookfield/calendar.ics")
    assert str(calendar["x-wr-timezone"]) == "Europe/London"
    assert str(calendar["x-wr-calname"]) == "Brookfield Primary School: term dates"
    events = _events(calendar)
    for summary, start, end in [
        ("Autumn term starts", dt.date(2026, 9, 1), dt.date(2026, 9, 2)),
        ("Summer term ends", dt.date(2027, 7, 20), dt.date(2027, 7, 21)),
        ("October half term", dt.date(2026, 10, 26), dt.date(2026, 10, 31)),
        ("INSET day: trust conference (schools closed to pupils)", dt.date(2026, 9, 1), None),
        ("INSET day: early reading (school closed to pupils)", dt.date(2026, 11, 20), None),
        ("Year 6 residential to Hilltop Outdoor Centre", dt.date(2027, 3, 3), dt.date(2027, 3, 6)),
        ("Aldermere Festival of Music", dt.date(2027, 3, 18), dt.date(2027, 3, 19)),
    ]:
        event = events[summary]
        assert event.decoded("dtstart") == start  # all day: a date, not a date-time
        assert not isinstance(event.decoded("dtstart"), dt.datetime)
        if end:
            assert event.decoded("dtend") == end
    assert "Christmas songs in the garden" not in events  # Little Acorns' event
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert all(uid.endswith("@www.aldermere.org.uk") for uid in uids)
    trust = _events(_feed(built_site, "calendar.ics"))
    assert "Autumn term starts" in trust and "Aldermere Festival of Music" in trust
    assert not any("early reading" in s for s in trust)


def test_the_term_dates_page_offers_the_feed_and_lists_this_year_and_next(
    built_site: Path,
) -> None:
    html = (built_site / "schools/brookfield/term-dates/index.html").read_text()
    assert 'href="webcal://www.aldermere.org.uk/schools/brookfield/calendar.ics"' in html
    assert re.search(r'href="(\.\./)?calendar\.ics" download', html)
    headings = re.findall(r'<h2 id="th-year-\d">([^<]+)</h2>', html)
    assert headings == ["2026–27", "2027–28"]
    assert "Tuesday 1 September 2026</time> to <time" in html
    assert "Year 6 residential to Hilltop Outdoor Centre" in html
    home = (built_site / "schools/brookfield/index.html").read_text()
    dates = re.findall(r'<time class="th-dates__title" datetime="([\d-]+)">', home)
    assert dates == ["2026-12-04", "2026-12-10", "2026-12-18"]  # on 23 November 2026
    assert (built_site / "term-dates/index.html").is_file()


def test_the_same_uids_from_build_to_build(public_site: Path, engine_site: Any) -> None:
    """A calendar subscribed to once updates in place: every engine writes the same UIDs."""
    first = [str(e["uid"]) for e in _feed(public_site, "calendar.ics").walk("VEVENT")]
    second = [str(e["uid"]) for e in _feed(engine_site("mkdocs"), "calendar.ics").walk("VEVENT")]
    assert first == second


def test_an_event_added_to_a_calendar_appears_in_the_feed_and_on_the_pages(
    trust_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTHUB_TODAY", "2026-11-23")
    site = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "--root", str(trust_copy), "--site-dir", str(site)])
    assert result.exit_code == 0, result.output
    assert "Pantomime trip" not in (site / "schools/kingfisher/term-dates/index.html").read_text()
    with (trust_copy / "schools/kingfisher/calendar.yml").open("a") as file:
        file.write("  - title: Pantomime trip\n    start: 2026-11-25\n")
    result = CliRunner().invoke(main, ["build", "--root", str(trust_copy), "--site-dir", str(site)])
    assert result.exit_code == 0, result.output
    event = _events(_feed(site, "schools/kingfisher/calendar.ics"))["Pantomime trip"]
    assert event.decoded("dtstart") == dt.date(2026, 11, 25)
    assert "Pantomime trip" in (site / "schools/kingfisher/term-dates/index.html").read_text()
    home = (site / "schools/kingfisher/index.html").read_text()
    assert (
        '<time class="th-dates__title" datetime="2026-11-25">Wed 25 Nov</time> <span>Pantomime trip</span>'
        in home
    )
    assert "Pantomime trip" not in (site / "schools/brookfield/calendar.ics").read_text()
    # Built as if on 26 November, the trip is no longer among the next key dates.
    result = CliRunner().invoke(
        main, ["build", "--root", str(trust_copy), "--site-dir", str(site), "--today", "2026-11-26"]
    )
    assert result.exit_code == 0, result.output
    assert "Pantomime trip</span>" not in (site / "schools/kingfisher/index.html").read_text()


def test_calendar_and_notice_files_name_their_schema_and_meet_it(demo_root: Path) -> None:
    import json

    import jsonschema
    import yaml

    from trusthub.content.schema import schemas

    found = {
        "brand/calendar.yml": "calendar",
        "brand/notices.yml": "notices",
        **{
            f"schools/{p.parent.name}/calendar.yml": "school-calendar"
            for p in demo_root.glob("schools/*/calendar.yml")
        },
        **{
            f"schools/{p.parent.name}/notices.yml": "notices"
            for p in demo_root.glob("schools/*/notices.yml")
        },
    }
    assert len(found) == 9
    for path, name in found.items():
        text = (demo_root / path).read_text()
        up = "../" if path.startswith("brand/") else "../../"
        assert (
            text.splitlines()[0]
            == f"# yaml-language-server: $schema={up}schemas/{name}.schema.json"
        )
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        jsonschema.validate(data, schemas()[f"{name}.schema.json"])


def test_a_trust_without_a_calendar_has_no_term_dates_pages(trust_copy: Path) -> None:
    from trusthub.site.plan import plan_site

    for path in [trust_copy / TRUST, *trust_copy.glob("schools/*/calendar.yml")]:
        path.unlink()
    repo, report = check_repo(trust_copy, today=TODAY)
    # The trust's notice links to the page that is no longer there.
    assert [str(d) for d in report.errors] == [
        'brand/notices.yml:10:11: "term-dates.md" is not a page of this section (did you mean '
        '"autonomy/term-dates.md"?)'
    ]
    plan = plan_site(repo)
    pages = [uri for uri in plan.pages if uri.endswith("term-dates.md")]
    assert pages == ["autonomy/term-dates.md"]  # the autonomy area's page, not the dates
    assert {"Term dates": "term-dates.md"} not in plan.nav


def test_key_dates_are_the_next_three_from_the_build_date(demo_root: Path) -> None:
    from trusthub.site.calendar import key_dates, when

    repo, _ = load_repo(demo_root)
    school = repo.schools["brookfield"]
    assert [(when(e), e.title) for e in key_dates(repo, school, dt.date(2026, 10, 27))] == [
        ("Mon 26 – Fri 30 Oct", "October half term"),  # under way: still a key date
        ("Fri 20 Nov", "INSET day: early reading (school closed to pupils)"),
        ("Fri 4 Dec", "Christmas fair"),
    ]
    assert key_dates(repo, school, dt.date(2028, 7, 22)) == []
