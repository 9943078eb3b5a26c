"""File references written in content: they must stay inside the folder they belong to.

A school may name files in its own folder only. Absolute paths, ``..``, Windows
paths (``C:\\``, backslashes), home-relative paths and symbolic links that lead out of
the folder are all refused, whatever the letter case of the file system.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path, PurePosixPath

_DRIVE = re.compile(r"^[A-Za-z]:")


def _folded(path: Path) -> str:
    return os.path.normcase(str(path)).casefold()


@lru_cache(maxsize=1024)
def real(folder: Path) -> Path:
    """``folder`` with every symbolic link resolved."""
    return Path(os.path.realpath(folder))


def contains(folder: Path, target: Path, *, resolved: bool = False) -> bool:
    """True if ``target`` (resolved, unless ``resolved`` says it is already) lies inside
    ``folder`` (resolved), ignoring case."""
    root = _folded(real(folder))
    found = _folded(target if resolved else Path(os.path.realpath(target)))
    return found == root or found.startswith(root.rstrip(os.sep) + os.sep)


def inside(folder: Path, reference: str) -> Path | None:
    """The file ``reference`` names inside ``folder``, or None if it would leave it."""
    pure = PurePosixPath(reference)
    if (
        not reference
        or pure.is_absolute()
        or ".." in pure.parts
        or "\\" in reference
        or _DRIVE.match(reference)
        or reference.startswith("~")
    ):
        return None
    target = Path(os.path.realpath(folder / pure))  # follows symbolic links out, if any
    return target if contains(folder, target, resolved=True) else None


def walk_files(folder: Path, suffix: str, skip: set[str]) -> Iterator[Path]:
    """Files under ``folder`` ending in ``suffix``, sorted, never following linked folders."""
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in skip)
        for name in sorted(filenames):
            if name.endswith(suffix):
                yield Path(dirpath) / name
