"""A folder rewritten on every build that touches the disk only where something changed.

The build tree is written again on each build, but most of it is the same as last
time. :class:`Folder` remembers what it wrote (a manifest of content hashes beside
the files), writes a file only when its content differs, hard-links generated files
rather than copying them, and removes what the build no longer writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

MANIFEST = ".trusthub-files.json"
FILES = "files"
"""Folder of the build tree that holds the generated files, published beside the engine's pages."""


class Folder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            self.before: dict[str, str] = json.loads((root / MANIFEST).read_text())
        except (OSError, ValueError):
            self.before = {}
        self.now: dict[str, str] = {}
        self._expected: set[str] = set()
        self._folders: set[Path] = set()

    def write(self, path: str, content: str | bytes) -> None:
        """Make ``path`` hold ``content`` (written only if it differs from last time)."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        self.now[path] = digest
        target = self.root / path
        if self.before.get(path) == digest and target.is_file():
            return
        self._parent(target)
        target.write_bytes(data)

    def link(self, path: str, source: Path) -> None:
        """Make ``path`` the file ``source`` (a hard link where the disk allows one)."""
        target = self.root / path
        self.now[path] = f"link:{source}"
        try:
            if os.path.samefile(source, target):
                return
        except OSError:
            pass
        self._parent(target)
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)

    def copy_trees(self, sources: list[Path], under: str) -> None:
        """Write every file under each of ``sources`` into ``under``; later sources win."""
        files: dict[str, Path] = {}
        for source in sources:
            for path in sorted(source.rglob("*")) if source.is_dir() else []:
                if path.is_file():
                    files[f"{under}/{path.relative_to(source).as_posix()}"] = path
        for name, path in files.items():
            self.write(name, path.read_bytes())

    def expect(self, paths: Iterable[str]) -> None:
        """``paths`` will be written or linked before :meth:`close`: :meth:`prune` keeps them."""
        self._expected.update(paths)

    def prune(self) -> None:
        """Remove the files of the last build that this one neither wrote nor expects."""
        for path in self.before.keys() - self.now.keys() - self._expected:
            (self.root / path).unlink(missing_ok=True)

    def close(self) -> None:
        """Remove the files this build did not write; remember what it did."""
        self._expected.clear()
        self.prune()
        (self.root / MANIFEST).write_text(json.dumps(self.now))

    def _parent(self, target: Path) -> None:
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)


def link_all(source: Path, target: Path) -> None:
    """Hard-link (or copy) every file under ``source`` to the same place under ``target``."""
    for dirpath, _dirnames, filenames in os.walk(source):
        folder = target / Path(dirpath).relative_to(source)
        folder.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            try:
                os.link(Path(dirpath) / name, folder / name)
            except FileExistsError:
                continue  # the engine published a file of the same name: a page's own
            except OSError:
                shutil.copyfile(Path(dirpath) / name, folder / name)
