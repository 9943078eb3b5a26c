"""A school's local governing body: ``schools/<slug>/governors.yml``, loaded when present.

The trust's own register (``brand/governance.yml``) is an optional brand file, loaded
with the others (:data:`trusthub.content.models.OPTIONAL_BRAND_FILES`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trusthub.content.diagnostics import Report
from trusthub.content.models.governance import Governors
from trusthub.content.sources import read_yaml
from trusthub.content.validation import validate
from trusthub.content.yamlmarks import Marks

GOVERNORS_FILE = "governors.yml"
TRUST_REGISTER = "brand/governance.yml"
SCHOOL_GOVERNANCE = "governance.md"
"""A school's governance page, in its section (generated unless the school writes its own)."""


@dataclass(frozen=True)
class LocalGoverningBody:
    """A school's governors.yml, validated, with its marks for located messages."""

    path: str
    model: Governors
    marks: Marks


def load_governors(folder: Path, root: Path, report: Report) -> LocalGoverningBody | None:
    """The school's governors.yml if it has a valid one (problems go to ``report``)."""
    path = folder / GOVERNORS_FILE
    if not path.is_file():
        return None
    loaded = read_yaml(path, root, report)
    if loaded is None:
        return None
    model = validate(Governors, loaded.data, loaded.marks, loaded.path, report)
    return None if model is None else LocalGoverningBody(loaded.path, model, loaded.marks)
