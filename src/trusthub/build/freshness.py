"""Has anything a build reads changed since the last good build tree?

A build reads the trust's sources (``brand/``, ``content/``, ``schools/``,
``overrides/``, ``mkdocs.yml``), trusthub's own code and templates, and the date
(statutory information goes out of date). When none of them has changed since the
tree was last written and built, the tree is still right: checking and writing it
again would give the same bytes, so the build goes straight to the engine. The
stamp records what that tree was made from, and the warnings to repeat.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from trusthub.build.pagecache import code_fingerprint

SOURCES = ("brand", "content", "schools", "overrides", "mkdocs.yml")
"""What a build reads in the trust's repository."""
STAMP = ".trusthub-stamp.json"


def source_stats(root: Path) -> dict[str, tuple[int, int]]:
    """Every source file's modification time and size, by path."""
    found: dict[str, tuple[int, int]] = {}
    for name in SOURCES:
        path = root / name
        if path.is_file():
            stat = path.stat()
            found[name] = (stat.st_mtime_ns, stat.st_size)
            continue
        for dirpath, _dirnames, filenames in os.walk(path):
            for filename in filenames:
                full = os.path.join(dirpath, filename)
                stat = os.stat(full)
                found[full] = (stat.st_mtime_ns, stat.st_size)
    return found


def source_stamp(root: Path, *settings: object) -> str:
    """A hash of the sources, trusthub's code and ``settings`` (audience, date, …)."""
    inputs = [sorted(source_stats(root).items()), code_fingerprint(), [str(s) for s in settings]]
    return hashlib.sha256(json.dumps(inputs).encode()).hexdigest()


def unchanged(tree: Path, stamp: str) -> list[str] | None:
    """The warnings to repeat if ``tree`` was last built from ``stamp``, else None."""
    try:
        saved = json.loads((tree / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("stamp") != stamp:
        return None
    return [str(w) for w in saved.get("warnings", [])]


def mark_built(tree: Path, stamp: str, warnings: list[str]) -> None:
    """Record that ``tree`` was built from ``stamp`` (after the engine succeeded)."""
    (tree / STAMP).write_text(json.dumps({"stamp": stamp, "warnings": warnings}), encoding="utf-8")


def forget(tree: Path) -> None:
    """The tree is about to change: it no longer matches any stamp."""
    (tree / STAMP).unlink(missing_ok=True)
