"""The web editor's configuration (`trusthub cms`), generated from the models; /admin/ in the
staff build only; `trusthub fmt` and `check --fix`."""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
import yaml
from click.testing import CliRunner
from pydantic import BaseModel, Field

from trusthub.adapters.cli import main
from trusthub.build.admin import write_admin
from trusthub.content.cms import cms_config
from trusthub.content.cms import config as cms_module
from trusthub.content.cms.fields import unwrap
from trusthub.content.fmt import SCHEMA_LINE, format_repo, yaml_files
from trusthub.content.models import Phase, School
from trusthub.content.models.base import HexColour, Text
from trusthub.content.repo import Repo, load_repo


@pytest.fixture(scope="module")
def repo() -> Repo:
    from .conftest import ROOT

    loaded, report = load_repo(ROOT)
    assert report.errors == []
    return loaded


@pytest.fixture(scope="module")
def config(repo: Repo) -> dict[str, Any]:
    return cms_config(repo).config


def _collection(config: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in config["collections"] if c["name"] == name)


def _school_file(config: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(f for f in _collection(config, slug)["files"] if f["name"] == "school")


def _field(fields: list[dict[str, Any]], path: str) -> dict[str, Any]:
    name, _, rest = path.partition(".")
    found = next(f for f in fields if f["name"] == name)
    return _field(found["fields"], rest) if rest else found


def _model_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field of ``model`` and of the models inside it, as dotted paths."""
    paths = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or name}"
        paths.add(path)
        inner = _model_in(info.annotation)
        if inner is not None:
            paths |= _model_paths(inner, f"{path}.")
    return paths


def _model_in(annotation: Any) -> type[BaseModel] | None:
    annotation, _ = unwrap(annotation, [])
    if get_origin(annotation) in (Union, types.UnionType, list):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _model_in(args[0]) if len(args) == 1 else None
    is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return annotation if is_model else None


def _config_paths(fields: list[dict[str, Any]], prefix: str = "") -> set[str]:
    paths = set()
    for made in fields:
        path = f"{prefix}{made['name']}"
        paths.add(path)
        paths |= _config_paths(made.get("fields", []), f"{path}.")
    return paths


def test_the_school_collection_covers_every_field_of_the_model(config: dict[str, Any]) -> None:
    for slug in ["brookfield", "kingfisher", "millbeck-sixth-form"]:
        fields = _school_file(config, slug)["fields"]
        assert {f["name"] for f in fields} == set(School.model_fields)
        assert _model_paths(School) <= _config_paths(fields)
        for name, info in School.model_fields.items():
            assert _field(fields, name)["required"] is info.is_required(), name


def test_a_field_added_to_a_model_appears_in_the_editor(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Extended(School):
        newsletter_colour: HexColour | None = Field(
            default=None, description="The colour of the newsletter's masthead."
        )
        houses: list[Text] = Field(min_length=2, description="The school's houses.")

    monkeypatch.setattr(cms_module, "School", Extended)
    fields = _school_file(cms_config(repo).config, "brookfield")["fields"]
    assert _field(fields, "newsletter_colour") == {
        "name": "newsletter_colour",
        "label": "Newsletter colour",
        "widget": "color",
        "allowInput": True,
        "pattern": ["^#[0-9a-fA-F]{6}$", "This is not in the form it needs, like #1d4ed8."],
        "required": False,
        "hint": "The colour of the newsletter's masthead.",
    }
    assert _field(fields, "houses") == {
        "name": "houses",
        "label": "Houses",
        "widget": "list",
        "min": 2,
        "field": {"name": "item", "label": "Item", "widget": "string"},
        "required": True,
        "hint": "The school's houses.",
    }


def test_widgets_fit_the_fields_and_selects_offer_the_trusts_ids(
    repo: Repo, config: dict[str, Any]
) -> None:
    assert repo.values is not None and repo.autonomy is not None and repo.statutory is not None
    fields = _school_file(config, "kingfisher")["fields"]
    assert _field(fields, "colours.primary")["widget"] == "color"
    assert _field(fields, "ethos")["widget"] == "markdown"
    assert _field(fields, "urn")["pattern"][0] == r"^\d{6}$"
    assert _field(fields, "urn")["hint"] == "6-digit DfE unique reference number."
    assert _field(fields, "email")["pattern"][0] == r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
    joined = _field(fields, "joined")
    assert (joined["widget"], joined["format"], joined["time_format"]) == (
        "datetime",
        "YYYY-MM-DD",
        False,
    )
    phase = _field(fields, "phase")
    assert [o["value"] for o in phase["options"]] == [p.value for p in Phase]
    assert phase["options"][7] == {"label": "Sixth form", "value": "sixth-form"}
    values = _field(fields, "values")
    assert sorted(f["name"] for f in values["fields"]) == sorted(v.id for v in repo.values.values)
    assert {f["widget"] for f in values["fields"]} == {"text"}
    contacts = _field(fields, "contacts")
    assert sorted(f["name"] for f in contacts["fields"]) == sorted(
        a.id for a in repo.autonomy.areas
    )
    statutory = _field(fields, "statutory")
    kingfisher = repo.schools["kingfisher"].model.phase
    expected = {i.id for i in repo.statutory.items if i.applies_to(kingfisher)}
    assert {f["name"] for f in statutory["fields"]} == expected
    photo = _field(fields, "home.photo")
    assert (photo["widget"], photo["media_folder"], photo["public_folder"]) == (
        "image",
        "/schools/kingfisher/images",
        "images",
    )
    news = _collection(config, "kingfisher-news")
    assert _field(news["fields"], "image.src")["media_folder"] == "/schools/kingfisher/images"
    pages = _collection(config, "kingfisher-pages")
    assert [o["value"] for o in _field(pages["fields"], "area")["options"]] == [
        a.id for a in repo.autonomy.areas
    ]
    news_settings = next(f for f in _collection(config, "trust")["files"] if f["name"] == "news")
    from_schools = _field(news_settings["fields"], "from_schools")
    assert from_schools["multiple"] is True
    assert "kingfisher/2026-11-16-sensory-garden-opens.md" in {
        o["value"] for o in from_schools["options"]
    }


def test_an_optional_objects_fields_are_needed_only_once_it_is_used(
    config: dict[str, Any],
) -> None:
    news = _collection(config, "brookfield-news")
    src = _field(news["fields"], "image.src")
    assert src["required"] is False
    assert src["hint"].endswith("Needed if you fill in Image.")


def test_each_schools_collections_point_only_into_its_folder(config: dict[str, Any]) -> None:
    for slug in ["aldermere-academy", "brookfield", "st-aidans"]:
        mine = [c for c in config["collections"] if c["name"].startswith(slug)]
        assert len(mine) == 3
        places = [c.get("folder") for c in mine] + [c.get("media_folder") for c in mine]
        places += [f["file"] for c in mine for f in c.get("files", [])]
        places += [_field(c["files"][0]["fields"], "home.photo")["media_folder"] for c in mine[:1]]
        for place in filter(None, places):
            assert place.lstrip("/").startswith(f"schools/{slug}/") or place == f"schools/{slug}"


def test_fields_follow_the_order_of_the_file(config: dict[str, Any], repo: Repo) -> None:
    written = yaml.safe_load((repo.root / "schools/brookfield/school.yml").read_text())
    names = [f["name"] for f in _school_file(config, "brookfield")["fields"]]
    assert names[: len(written)] == list(written)  # home: before ethos, as Brookfield has it
    statutory = _field(_school_file(config, "brookfield")["fields"], "statutory")
    order = [f["name"] for f in statutory["fields"]]
    assert order[: len(written["statutory"])] == list(written["statutory"])


def test_the_editor_saves_where_brand_cms_yml_says(config: dict[str, Any]) -> None:
    assert config["backend"] == {
        "name": "github",
        "repo": "aldermere/trusthub-site",
        "branch": "main",
        "squash_merges": True,
        "base_url": "https://cms-auth.aldermere.org.uk",
    }
    assert config["publish_mode"] == "editorial_workflow"
    assert config["local_backend"] == {"url": "http://localhost:8081/api/v1"}
    assert "cms" not in {f["name"] for f in _collection(config, "trust")["files"]}


def test_cms_command_prints_the_configuration(demo_root: Path) -> None:
    result = CliRunner().invoke(main, ["cms", "--root", str(demo_root)])
    assert result.exit_code == 0, result.output
    printed = yaml.safe_load(result.stdout)
    assert [c["name"] for c in printed["collections"]][:4] == [
        "trust",
        "trust-pages",
        "trust-news",
        "aldermere-academy",
    ]
    assert "not editable in the browser (edit the file in git): Palette.extended" in result.stderr


def test_cms_command_refuses_a_trust_with_errors(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text().replace("phase: primary", "phase: college"))
    result = CliRunner().invoke(main, ["cms", "--root", str(trust_copy)])
    assert result.exit_code == 1
    assert "fix these first: the editor is made from valid files" in result.output


def test_admin_without_the_bundle_says_how_to_install_it(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("trusthub.build.admin.cms_bundle", lambda root: None)
    admin = write_admin(repo, tmp_path)
    page = (admin / "index.html").read_text()
    assert "Run <code>make cms</code>" in page
    assert "<script" not in page
    assert yaml.safe_load((admin / "config.yml").read_text())["collections"]


@pytest.mark.slow
def test_admin_is_in_the_staff_build_only(public_site: Path, staff_site: Path) -> None:
    assert not (public_site / "admin").exists()
    assert not list(public_site.rglob("config.yml"))
    assert (staff_site / "admin" / "index.html").is_file()
    text = (staff_site / "admin" / "config.yml").read_text()
    config = yaml.safe_load(text)
    assert config["collections"]
    assert "&id" not in text and "*id" not in text  # written out in full, no YAML anchors
    assert (staff_site / "admin" / config["logo_url"]).resolve().read_bytes().startswith(b"<svg")


def test_fmt_puts_back_the_schema_line_and_nothing_else(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    calendar = trust_copy / "schools" / "brookfield" / "calendar.yml"
    text = school.read_text()
    school.write_text(text.split("\n", 1)[1])  # as the web editor saves it: no schema line
    calendar.write_text("# yaml-language-server: $schema=wrong.json\n" + calendar.read_text())
    assert format_repo(trust_copy) == [school, calendar]
    assert school.read_text() == text
    assert calendar.read_text().startswith(
        f"{SCHEMA_LINE}../../schemas/school-calendar.schema.json\n# The school's own"
    )
    assert format_repo(trust_copy) == []


def test_the_demo_is_formatted(demo_root: Path) -> None:
    for file in yaml_files(demo_root):
        first = file.path.read_text().splitlines()[0]
        assert first == f"{SCHEMA_LINE}{file.schema}", file.path


def test_check_fix_formats_then_checks(trust_copy: Path) -> None:
    school = trust_copy / "schools" / "brookfield" / "school.yml"
    school.write_text(school.read_text().split("\n", 1)[1])
    result = CliRunner().invoke(main, ["check", "--fix", "--root", str(trust_copy)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("formatted schools/brookfield/school.yml\n")
    assert school.read_text().startswith(SCHEMA_LINE)
