"""`trusthub schema`, `check`, `new-school` as people run them."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from trusthub.adapters.cli import main
from trusthub.content.repo import load_repo

DEMO_TODAY = dt.date(2026, 11, 23)
"""The demo's statutory dates are current on this day."""
BRAND = ["trust", "values", "strategy", "language", "autonomy", "statutory"]


def test_schema_command_output_validates_the_demo(demo_root: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["schema", "--root", str(demo_root), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in BRAND:
        schema = json.loads((tmp_path / f"{name}.schema.json").read_text())
        data = yaml.safe_load((demo_root / "brand" / f"{name}.yml").read_text())
        jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)
    school_schema = json.loads((tmp_path / "school.schema.json").read_text())
    for path in sorted((demo_root / "schools").glob("*/school.yml")):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        jsonschema.validate(data, school_schema)


def test_schema_rejects_what_the_models_reject(tmp_path: Path, demo_root: Path) -> None:
    CliRunner().invoke(main, ["schema", "--root", str(demo_root), "--out", str(tmp_path)])
    schema = json.loads((tmp_path / "school.schema.json").read_text())
    data = json.loads(
        json.dumps(
            yaml.safe_load((demo_root / "schools/brookfield/school.yml").read_text()), default=str
        )
    )
    data["colours"]["primary"] = "blue"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert [e.json_path for e in errors] == ["$.colours.primary"]


def test_committed_schemas_are_current(demo_root: Path, tmp_path: Path) -> None:
    CliRunner().invoke(main, ["schema", "--root", str(demo_root), "--out", str(tmp_path)])
    for fresh in tmp_path.glob("*.json"):
        committed = demo_root / "schemas" / fresh.name
        assert committed.read_text() == fresh.read_text(), f"run `trusthub schema` ({fresh.name})"


def test_demo_files_name_their_schema(demo_root: Path) -> None:
    for name in BRAND:
        first = (demo_root / "brand" / f"{name}.yml").read_text().splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{name}.schema.json"


def test_check_passes_on_demo(demo_root: Path) -> None:
    result = CliRunner().invoke(
        main, ["check", "--root", str(demo_root), "--strict", "--today", DEMO_TODAY.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert "No problems found." in result.output


def test_check_fails_with_located_errors_and_github_format(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text().replace("motto:", "mottoo:"))
    human = CliRunner().invoke(main, ["check", "--root", str(trust_copy)])
    assert human.exit_code == 1
    assert "schools/brookfield/school.yml:" in human.output
    assert "1 error, 0 warnings." in human.output
    github = CliRunner().invoke(main, ["check", "--root", str(trust_copy), "--format", "github"])
    assert github.exit_code == 1
    line = next(x for x in github.output.splitlines() if x.startswith("::error"))
    assert line.startswith("::error file=schools/brookfield/school.yml,line=")
    assert line.endswith('::unknown key "mottoo" (did you mean "motto"?)')


def test_new_school_scaffold_is_valid(trust_copy: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(
        main,
        ["new-school", "oakfield", "--name", "Oakfield Primary School", "--root", str(trust_copy)],
    )
    assert made.exit_code == 0, made.output
    assert (trust_copy / "schools/oakfield/school.yml").is_file()
    checked = runner.invoke(main, ["check", "--root", str(trust_copy)])
    assert checked.exit_code == 0, checked.output
    again = runner.invoke(
        main, ["new-school", "oakfield", "--name", "X", "--root", str(trust_copy)]
    )
    assert again.exit_code != 0 and "already exists" in again.output
    bad = runner.invoke(main, ["new-school", "Oak Field", "--name", "X", "--root", str(trust_copy)])
    assert bad.exit_code != 0 and "cannot be used in web addresses" in bad.output


def test_blocks_lists_every_block_with_its_summary() -> None:
    from trusthub.content.blocks import BLOCKS

    result = CliRunner().invoke(main, ["blocks"])
    assert result.exit_code == 0
    for spec in BLOCKS.values():
        assert f"/// {spec.name}" in result.output
        assert spec.summary and spec.summary in result.output
    assert "/// school-values | school\n" in result.output
    assert "(options: compact)" in result.output


def test_new_school_with_any_name_checks_clean_and_has_every_starter_file(
    trust_copy: Path,
) -> None:
    """A name with a colon, quotes and an ampersand stays text in every file it is written
    into (YAML front matter, the logo's SVG); the folder has the calendar, governors and
    notices files a school fills in, each valid and pointing at its schema."""
    name = 'St Mary & St John\'s: a "Church" <School>'
    made = CliRunner().invoke(
        main, ["new-school", "st-marys", "--name", name, "--root", str(trust_copy)]
    )
    assert made.exit_code == 0, made.output
    folder = trust_copy / "schools/st-marys"
    for file, schema in [
        ("school.yml", "school"),
        ("calendar.yml", "school-calendar"),
        ("governors.yml", "governors"),
        ("notices.yml", "notices"),
    ]:
        first = (folder / file).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json"
    checked = CliRunner().invoke(main, ["check", "--root", str(trust_copy)])
    assert checked.exit_code == 0, checked.output
    # what is left to write (statutory items, non-negotiables) is asked for in school.yml
    about_new = [line for line in checked.output.splitlines() if "st-marys" in line]
    assert about_new and all(x.startswith("schools/st-marys/school.yml:") for x in about_new)
    repo, _ = load_repo(trust_copy)
    school = repo.schools["st-marys"]
    assert school.model.name == name
    assert [p.meta.title for p in school.pages] == [f"About {name}"]
    logo = ET.fromstring((folder / "logo.svg").read_text(encoding="utf-8"))
    assert logo.get("aria-label") == name
