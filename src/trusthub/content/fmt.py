"""``trusthub fmt``: every YAML file keeps the line that gives editors autocompletion.

The web editor (Decap CMS) writes YAML of its own and drops comments, including the
``yaml-language-server`` line that points VS Code at the file's JSON Schema. Its
configuration lists each file's keys in the order the file has them
(:mod:`trusthub.content.cms`), so the order survives a save; this puts the schema line
back, and changes nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from trusthub.content.models import BRAND_FILES, OPTIONAL_BRAND_FILES

SCHEMA_LINE = "# yaml-language-server: $schema="
SCHOOL_SCHEMAS = {
    "school.yml": "school",
    "calendar.yml": "school-calendar",
    "notices.yml": "notices",
    "governors.yml": "governors",
}
"""A school's YAML files and the name of each one's schema in schemas/."""


@dataclass(frozen=True)
class YamlFile:
    """A YAML file trusthub reads and the path of its JSON Schema from the file."""

    path: Path
    schema: str
    """e.g. ``../../schemas/school.schema.json``."""


def yaml_files(root: Path) -> Iterator[YamlFile]:
    """Every YAML file of the trust that has a schema: brand/ and each school's."""
    for name in {**BRAND_FILES, **OPTIONAL_BRAND_FILES}:
        path = root / "brand" / name
        if path.is_file():
            yield YamlFile(path, f"../schemas/{name.removesuffix('.yml')}.schema.json")
    schools = root / "schools"
    for folder in sorted(p for p in schools.glob("*") if p.is_dir()):
        for name, schema in SCHOOL_SCHEMAS.items():
            if (folder / name).is_file():
                yield YamlFile(folder / name, f"../../schemas/{schema}.schema.json")


def format_yaml(text: str, schema: str) -> str:
    """``text`` with ``schema``'s line first, and no other schema line."""
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith(SCHEMA_LINE)]
    return f"{SCHEMA_LINE}{schema}\n{''.join(lines)}"


def format_repo(root: Path) -> list[Path]:
    """Format every YAML file of the trust in place; return those that changed."""
    changed = []
    for file in yaml_files(root):
        text = file.path.read_text(encoding="utf-8")
        formatted = format_yaml(text, file.schema)
        if formatted != text:
            file.path.write_text(formatted, encoding="utf-8")
            changed.append(file.path)
    return changed
