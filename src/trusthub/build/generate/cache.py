"""A content-addressed cache: each output is stored under the hash of everything that made it.

An output whose inputs (data, palette, fonts, the code that draws it and the
versions of the libraries it uses) have not changed is found by its key and
never made again. Nothing needs invalidating: changed inputs give a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

LIBRARIES = ("trusthub", "cairosvg", "pillow", "coloraide", "pikepdf")
DRAWING_CODE = ("design", "graphics", "build/generate")
"""Folders of the package whose code draws or plans the generated files."""


@cache
def code_fingerprint() -> str:
    """Hash of the drawing code and library versions: a new release re-renders everything."""
    digest = hashlib.sha256()
    for name in LIBRARIES:
        digest.update(f"{name}={metadata.version(name)};".encode())
    package = Path(str(resources.files("trusthub")))
    for folder in DRAWING_CODE:
        for item in sorted((package / folder).rglob("*.py")):
            digest.update(item.relative_to(package).as_posix().encode())
            digest.update(item.read_bytes())
    return digest.hexdigest()


@cache
def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, Path):
        return file_hash(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


@dataclass
class Cache:
    """Outputs under ``root``, one file per key; counts what was made and reused."""

    root: Path
    made: int = 0
    reused: int = 0
    made_paths: list[Path] = field(default_factory=list)

    def key(self, kind: str, *inputs: Any) -> str:
        """The key of an output of ``kind`` made from ``inputs`` (paths count by content)."""
        text = json.dumps(
            [kind, code_fingerprint(), _jsonable(list(inputs))], sort_keys=True, default=str
        )
        return hashlib.sha256(text.encode()).hexdigest()

    def path(self, key: str, suffix: str) -> Path:
        return self.root / key[:2] / f"{key}{suffix}"

    def fresh(self, path: Path) -> bool:
        """True if ``path`` is already made (and counts it as reused)."""
        if path.is_file():
            self.reused += 1
            return True
        return False

    def store(self, path: Path, content: bytes) -> Path:
        """Write ``content`` to ``path`` atomically and count it as made."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_bytes(content)
        os.replace(partial, path)
        self.made += 1
        self.made_paths.append(path)
        return path
