"""The governance register (issue #14): brand/governance.yml and each school's
governors.yml, their located mistakes, the three checks (terms of office that have
ended, attendance not recorded for the last academic year, no declared-interests
entry), and the Governance pages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from trusthub.content.repo import load_repo
from trusthub.governance.check import check_repo
from trusthub.governance.register import attendance_for, last_academic_year

from .conftest import ENGINES
from .edits import edit, line_of

TODAY = dt.date(2026, 11, 23)
REGISTER = "brand/governance.yml"
GOVERNORS = "schools/brookfield/governors.yml"


def _problems(root: Path, today: dt.date = TODAY) -> list[str]:
    _repo, report = check_repo(root, today=today)
    return sorted(str(d) for d in report if "CODEOWNERS" not in d.path)


def _col(path: Path, needle: str) -> int:
    line = path.read_text(encoding="utf-8").splitlines()[line_of(path, needle) - 1]
    return line.index(needle) + 1


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (dt.date(2026, 11, 23), "2025-26"),
        (dt.date(2026, 9, 1), "2025-26"),
        (dt.date(2026, 8, 31), "2024-25"),
        (dt.date(2000, 1, 1), "1998-99"),
    ],
)
def test_the_last_academic_year_is_the_one_that_ended_last(today: dt.date, year: str) -> None:
    assert last_academic_year(today) == year


def test_the_demo_register_is_complete(demo_root: Path) -> None:
    repo, report = check_repo(demo_root, today=TODAY)
    assert [str(d) for d in report] == []
    assert repo.governance is not None
    assert (len(repo.governance.members), len(repo.governance.trustees)) == (5, 10)
    assert all(school.governors is not None for school in repo.schools.values())
    newcomer = next(p for p in repo.governance.trustees if p.name == "Mr Kwame Mensah")
    assert attendance_for(newcomer, TODAY) == ("2025-26", "")  # appointed since it ended


def test_an_ended_term_is_warned_about_at_its_end_date(trust_copy: Path) -> None:
    path = trust_copy / "schools" / "brookfield" / "governors.yml"
    edit(path, "end: 2027-08-31}", "end: 2026-08-31}")
    line, col = line_of(path, "end: 2026-08-31"), _col(path, "2026-08-31")
    assert _problems(trust_copy) == [
        f"{GOVERNORS}:{line}:{col}: warning: the term of office of Mrs Anjali Mehta ended on "
        "31 August 2026 (give the new term's start and end if they were reappointed; otherwise "
        "take them off the register)"
    ]
    # The day it ends, it has not yet ended.
    assert not [p for p in _problems(trust_copy, dt.date(2026, 8, 31)) if "term of" in p]


def test_attendance_must_be_recorded_for_the_last_year(trust_copy: Path) -> None:
    register = trust_copy / "brand" / "governance.yml"
    governors = trust_copy / "schools" / "brookfield" / "governors.yml"
    edit(register, '  attendance: {2025-26: "5 of 6"}\n', "")  # Dr Alison Pryce
    edit(governors, 'attendance: {2025-26: "4 of 6"}', 'attendance: {2024-25: "4 of 6"}')
    pryce = line_of(register, "Dr Alison Pryce")
    mehta = line_of(governors, "2024-25")
    hint = (
        'add the board meetings they attended of those held, like attendance: {2025-26: "5 of 6"}'
    )
    assert _problems(trust_copy) == [
        f"{REGISTER}:{pryce}:9: warning: no attendance recorded for Dr Alison Pryce in "
        f"2025-26 ({hint})",
        f"{GOVERNORS}:{mehta}:3: warning: no attendance recorded for Mrs Anjali Mehta in "
        f"2025-26 ({hint})",
    ]


def test_attendance_is_not_asked_of_members_or_of_governors_appointed_since(
    trust_copy: Path,
) -> None:
    governors = trust_copy / "schools" / "brookfield" / "governors.yml"
    edit(governors, '  attendance: {2025-26: "4 of 6"}\n', "")
    edit(governors, "term: {start: 2023-09-01, end: 2027-08-31}", "term: {start: 2026-09-01}")
    members = trust_copy / "brand" / "governance.yml"
    assert "attendance" not in members.read_text(encoding="utf-8").split("trustees:")[0]
    assert _problems(trust_copy) == []


def test_everyone_needs_a_declared_interests_entry(trust_copy: Path) -> None:
    register = trust_copy / "brand" / "governance.yml"
    edit(register, "  interests: none\n", "")  # Mr Graham Fielding, a member
    fielding = line_of(register, "Mr Graham Fielding")
    assert _problems(trust_copy) == [
        f"{REGISTER}:{fielding}:9: warning: Mr Graham Fielding has no declared interests (list "
        "their business and pecuniary interests under interests:, or write interests: none)"
    ]


def test_a_committee_names_people_on_the_register(trust_copy: Path) -> None:
    register = trust_copy / "brand" / "governance.yml"
    edit(register, "members: [Mrs Meera Chaudhry,", "members: [Mrs Mira Chaudhry,")
    line, col = line_of(register, "Mrs Mira Chaudhry"), _col(register, "Mrs Mira Chaudhry")
    assert _problems(trust_copy) == [
        f'{REGISTER}:{line}:{col}: "Mrs Mira Chaudhry" on the Finance and audit committee is not '
        'on the register (did you mean "Mrs Meera Chaudhry"?)'
    ]


def test_register_mistakes_are_located(trust_copy: Path) -> None:
    governors = trust_copy / "schools" / "brookfield" / "governors.yml"
    edit(governors, 'attendance: {2025-26: "4 of 6"}', 'attendance: {2025-26: "7 of 6"}')
    edit(governors, 'attendance: {2025-26: "5 of 6"}', 'attendance: {2025-2026: "five"}')
    edit(
        governors,
        "term: {start: 2024-10-14, end: 2028-10-13}",
        "term: {start: 2024-10-14, end: 2023-10-13}",
    )
    edit(
        governors,
        "appointed_by: Elected by parents",
        "appointed_by: Elected by parents\n  email: x@y.uk",
    )
    seven = line_of(governors, "7 of 6")
    five = line_of(governors, "five")
    term = line_of(governors, "end: 2023-10-13")
    email = line_of(governors, "email:")
    assert _problems(trust_copy) == [
        f'{GOVERNORS}:{seven}:25: attendance "7 of 6" counts more meetings attended than held '
        '(write the meetings attended first, like "5 of 6")',
        f'{GOVERNORS}:{five}:16: "2025-2026" is not an academic year (write the year it starts '
        'and the next one\'s last two digits, like "2025-26")',
        f'{GOVERNORS}:{five}:27: attendance "five" is not "<meetings attended> of <meetings '
        'held>" (write it like "5 of 6")',
        f'{GOVERNORS}:{email}:3: unknown key "email" (expected one of "appointed_by", '
        '"attendance", "interests", "name", "role", "term")',
        f"{GOVERNORS}:{term}:9: the term ends (2023-10-13) before it starts (2024-10-14) (check "
        "the two dates)",
    ]


def test_a_school_without_governors_yml_has_no_governance_page(trust_copy: Path) -> None:
    from trusthub.site.plan import plan_site

    (trust_copy / "schools" / "brookfield" / "governors.yml").unlink()
    (trust_copy / "brand" / "governance.yml").unlink()
    (trust_copy / "content" / "about" / "governance.md").unlink()
    repo, report = load_repo(trust_copy)
    assert list(report) == []
    plan = plan_site(repo)
    assert "schools/brookfield/governance.md" not in plan.pages
    assert "schools/kingfisher/governance.md" in plan.pages
    assert "about/governance.md" not in plan.pages


def test_the_trust_page_is_generated_when_content_has_none(trust_copy: Path) -> None:
    from trusthub.site.plan import plan_site

    (trust_copy / "content" / "about" / "governance.md").unlink()
    repo, _ = load_repo(trust_copy)
    plan = plan_site(repo)
    page = plan.pages["about/governance.md"]
    assert "/// governance-register" in (page.markdown or "")
    assert {"Governance": "about/governance.md"} in plan.nav


def _cards(html: str) -> list[str]:
    return re.findall(r'class="th-register__name">([^<]*)<', html)


def test_governance_pages_in_every_engine(engine_site: Any, public_site: Path) -> None:
    for site in [public_site, *(engine_site(engine) for engine in ENGINES)]:
        trust = (site / "about/governance/index.html").read_text(encoding="utf-8")
        assert _cards(trust)[:6] == [
            "Mrs Patricia Winslow",
            "Canon Michael Ashdown",
            "Mr Graham Fielding",
            "Dr Nasreen Qureshi",
            "Mr Jonathan Avery",
            "Mr Jonathan Avery",
        ]
        assert len(_cards(trust)) == 15
        assert re.search(r"<dt>Meetings attended in 2025–26</dt>\s*<dd>6 of 6</dd>", trust)
        assert "<dd>Appointed since</dd>" in trust  # the two trustees who joined in November
        assert "<dd>None declared</dd>" in trust
        assert "<h3>Finance and audit</h3>" in trust
        school = (site / "schools/st-aidans/governance/index.html").read_text(encoding="utf-8")
        assert _cards(school)[:2] == ["Mrs Catherine Holloway", "Mr Edward Penrose"]
        assert "1 June 2020 to no fixed end" in school
        assert "Vicar of St Aidan&#39;s Church, which owns the school&#39;s land" in school


def test_register_files_name_and_meet_their_schemas(demo_root: Path) -> None:
    import json

    import jsonschema
    import yaml

    from trusthub.content.schema import schemas

    files = [(demo_root / "brand/governance.yml", "../schemas/governance.schema.json")]
    files += [
        (path, "../../schemas/governors.schema.json")
        for path in sorted((demo_root / "schools").glob("*/governors.yml"))
    ]
    assert len(files) == 7
    for path, schema in files:
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == f"# yaml-language-server: $schema={schema}", path
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        jsonschema.validate(data, schemas()[schema.rpartition("/")[2]])
    bad = {
        "governors": [
            {
                "name": "A",
                "role": "B",
                "appointed_by": "C",
                "term": {"start": "2024-09-01"},
                "attendance": {"2025-26": "five"},
            }
        ]
    }
    errors = jsonschema.Draft202012Validator(schemas()["governors.schema.json"]).iter_errors(bad)
    assert [e.json_path for e in errors] == ["$.governors[0].attendance['2025-26']"]
