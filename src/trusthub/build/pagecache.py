"""Page bodies kept between builds: a page is rendered again only when something it reads changed.

A body depends on the page's own text and on things the whole site shares: the data
files (a block can show any school's data), the other pages' titles and URLs, the
names of generated files, the date, the audience, the Markdown settings and
trusthub's own code and templates. Those shared inputs make one fingerprint; a
page's key is that fingerprint with its path and text. Changing a data file renders
every page again; editing one page renders that page alone.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trusthub.content.paths import walk_files

if TYPE_CHECKING:
    from trusthub.content.repo import Repo
    from trusthub.site.plan import SitePlan

PACKAGE = Path(__file__).resolve().parent.parent


LIBRARIES = ("markdown", "pymdown-extensions", "nh3", "jinja2", "pyyaml")
"""Libraries whose version can change a rendered page."""


@cache
def code_fingerprint() -> str:
    """Hash of trusthub's code and templates and the versions of the libraries that render
    pages (read once per process)."""
    digest = hashlib.sha256()
    for name in LIBRARIES:
        digest.update(f"{name}={metadata.version(name)};".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".md", ".html", ".css", ".js"}:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def site_fingerprint(
    repo: Repo,
    plan: SitePlan,
    names: dict[str, str],
    renamed: dict[str, str],
    settings: list[Any],
) -> str:
    """Hash of everything but a page's own text that can change its rendered body."""
    data = []
    for folder in (repo.root / "brand", repo.root / "schools", repo.root / "content"):
        for path in walk_files(folder, "", set()) if folder.is_dir() else []:
            if path.suffix != ".md":  # pages count by their own text, in their own key
                stat = path.lstat()
                data.append(
                    (path.relative_to(repo.root).as_posix(), stat.st_size, stat.st_mtime_ns)
                )
    config = repo.root / "mkdocs.yml"
    inputs = [
        code_fingerprint(),
        sorted(data),
        config.read_text(encoding="utf-8") if config.is_file() else "",
        [(uri, page.title, page.section, page.untrusted) for uri, page in plan.pages.items()],
        # News lists and home pages show every story's front matter (date, summary, photo).
        [
            (story.src_uri, story.meta.model_dump(mode="json"))
            for stories in [repo.stories, *(school.stories for school in repo.schools.values())]
            for story in stories
        ],
        names,
        renamed,
        settings,
    ]
    text = json.dumps(inputs, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class PageCache:
    """Rendered bodies by key, loaded from and saved to one JSON file."""

    path: Path
    fingerprint: str
    bodies: dict[str, str] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    rendered: int = 0

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> PageCache:
        try:
            bodies = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            bodies = {}
        return cls(path, fingerprint, bodies if isinstance(bodies, dict) else {})

    def key(self, src_uri: str, text: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{src_uri}\0{text}".encode()).hexdigest()

    def get(self, src_uri: str, text: str) -> str | None:
        """The body of ``src_uri`` rendered from ``text`` before, if the cache has it."""
        key = self.key(src_uri, text)
        body = self.bodies.get(key)
        if body is not None:
            self.used[key] = body
        return body

    def put(self, src_uri: str, text: str, body: str) -> None:
        self.used[self.key(src_uri, text)] = body
        self.rendered += 1

    def save(self) -> None:
        """Keep this build's bodies only (the file does not grow), written atomically."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(self.used, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.path)
