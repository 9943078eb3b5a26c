"""JSON Schemas for every YAML file, generated from the models (nothing written twice)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trusthub.content.models import (
    BRAND_FILES,
    OPTIONAL_BRAND_FILES,
    Governors,
    School,
    SchoolCalendar,
    StoryMeta,
)

SCHEMA_DIR = "schemas"


def schemas() -> dict[str, dict[str, Any]]:
    """File name → JSON Schema, for brand/*.yml, schools/*/school.yml, calendar.yml and
    governors.yml (notices.yml shares the brand one), and a news story's front matter."""
    brand = {**BRAND_FILES, **OPTIONAL_BRAND_FILES}
    models = {name.removesuffix(".yml"): model for name, model in brand.items()}
    models["school"] = School
    models["school-calendar"] = SchoolCalendar  # schools/<slug>/calendar.yml
    models["governors"] = Governors  # schools/<slug>/governors.yml
    models["news-story"] = StoryMeta  # the front matter of a news story
    result = {}
    for name, model in models.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"{name}.schema.json"
        result[f"{name}.schema.json"] = schema
    return result


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = out_dir / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
