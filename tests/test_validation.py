"""Content mistakes come back as exact `path:line:col: message (hint)` lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trusthub.governance.check import check_repo

from .edits import edit as _edit
from .edits import line_of as _line_of

GOOD_SCHOOL = Path(__file__).parent.parent / "schools" / "brookfield" / "school.yml"


DEMO_TODAY = dt.date(2026, 11, 23)


def _messages(root: Path) -> list[str]:
    _repo, report = check_repo(root, DEMO_TODAY)
    return [str(d) for d in report.errors]


def test_demo_trust_is_clean(demo_root: Path) -> None:
    _repo, report = check_repo(demo_root, DEMO_TODAY)
    assert [str(d) for d in report] == []


def test_five_mistakes_in_one_school_give_five_messages(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    _edit(school, "motto:", "mottoo:")
    _edit(school, '  primary: "#1f4e9c"', '  primary: "#1f4e9"')
    _edit(school, "  kindness:", "  kindnes:")
    _edit(school, "logo: logo.svg", "logo: logo.svgg")
    _edit(school, "urn: 150937", "urn: 15093")
    messages = _messages(trust_copy)
    path = "schools/brookfield/school.yml"
    assert messages == [
        f'{path}:{_line_of(school, "urn:")}:6: URN "15093" must be 6 digits '
        "(find it on Get Information about Schools)",
        f'{path}:{_line_of(school, "primary:")}:12: "#1f4e9" is not a colour '
        '(write six hex digits after a hash, like "#1d4ed8")',
        f'{path}:{_line_of(school, "mottoo:")}:1: unknown key "mottoo" (did you mean "motto"?)',
        f'{path}:{_line_of(school, "logo:")}:7: logo file "logo.svgg" not found in '
        'schools/brookfield/ (did you mean "logo.svg"?)',
        f'{path}:{_line_of(school, "kindnes:")}:3: unknown trust value "kindnes" '
        '(did you mean "kindness"?; see brand/values.yml)',
    ]


def test_missing_key_and_wrong_type(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "kingfisher" / "school.yml"
    lines = school.read_text(encoding="utf-8").splitlines(keepends=True)
    school.write_text("".join(x for x in lines if not x.startswith("headteacher:")), "utf-8")
    _edit(school, "phone:", "telephone:")
    _edit(school, "phase: special", "phase: specialist")
    messages = _messages(trust_copy)
    path = "schools/kingfisher/school.yml"
    assert f'{path}:2:1: missing required key "headteacher" (add "headteacher:" here)' in messages
    phase_line = _line_of(school, "phase:")
    assert any(
        m.startswith(f'{path}:{phase_line}:8: phase: "specialist" is not allowed (use one of')
        for m in messages
    )
    phone_line = _line_of(school, "telephone:")
    assert f'{path}:{phone_line}:1: unknown key "telephone" (did you mean "phone"?)' in messages
    assert len(messages) == 3


def test_yaml_syntax_error_is_located(trust_copy: Path) -> None:
    values = trust_copy / "brand" / "values.yml"
    values.write_text("values:\n  - id: ambition\n   name: bad indent\n", encoding="utf-8")
    messages = _messages(trust_copy)
    assert messages[0].startswith("brand/values.yml:3:")
    assert "YAML syntax error" in messages[0]


def test_cross_file_ids_and_paths(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "st-aidans" / "school.yml"
    _edit(school, "  send:", "  sen:")
    page = trust_copy / "schools" / "st-aidans" / "curriculum.md"
    _edit(page, "area: curriculum", "area: curriculumm")
    _edit(school, "logo: logo.svg", "logo: ../brookfield/logo.svg")
    messages = "\n".join(_messages(trust_copy))
    assert (
        'unknown statutory item "sen" (did you mean "send"?; see brand/statutory.yml)' in messages
    )
    assert (
        'schools/st-aidans/curriculum.md:3:7: unknown autonomy area "curriculumm" '
        '(did you mean "curriculum"?; see brand/autonomy.yml)'
    ) in messages
    assert (
        'logo file "../brookfield/logo.svg" is outside schools/st-aidans/ '
        "(put the file in schools/st-aidans/ and give its name without ../ or /)"
    ) in messages


def test_unknown_front_matter_key_is_an_error(trust_copy: Path) -> None:
    page = trust_copy / "schools" / "brookfield" / "staff-induction.md"
    _edit(page, "audience: staff", "audiance: staff")
    messages = _messages(trust_copy)
    assert any(
        "staff-induction.md" in m and 'unknown key "audiance" (did you mean "audience"?)' in m
        for m in messages
    )


def test_every_file_is_reported_in_one_run(trust_copy: Path) -> None:
    for slug in ("brookfield", "kingfisher", "little-acorns"):
        _edit(trust_copy / "schools" / slug / "school.yml", "motto:", "moto:")
    _edit(trust_copy / "brand" / "trust.yml", "tagline:", "tag_line:")
    messages = _messages(trust_copy)
    files = {m.split(":", 1)[0] for m in messages}
    assert files >= {
        "brand/trust.yml",
        "schools/brookfield/school.yml",
        "schools/kingfisher/school.yml",
        "schools/little-acorns/school.yml",
    }


def test_unknown_blocks_and_bad_arguments_are_located(trust_copy: Path) -> None:
    page = trust_copy / "content" / "join-us.md"
    text = page.read_text(encoding="utf-8")
    offset = text.count("\n")
    page.write_text(
        text + "\n/// shcools\n///\n\n/// school-values | brookfeld\n///\n\n"
        "/// schools\n    colour: red\n///\n\n```\n/// not-a-block\n```\n",
        encoding="utf-8",
    )
    messages = [m for m in _messages(trust_copy) if m.startswith("content/join-us.md")]
    assert messages == [
        f'content/join-us.md:{offset + 2}:1: unknown block "shcools" (did you mean "schools"?)',
        f'content/join-us.md:{offset + 5}:1: block school-values: unknown school "brookfeld" '
        '(did you mean "brookfield"?)',
        f'content/join-us.md:{offset + 8}:1: block schools: block "schools" has no option '
        '"colour" (expected one of "filter", "phases") (options go on the lines after /// name, '
        "indented by four spaces)",
    ]
