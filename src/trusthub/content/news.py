"""News stories: Markdown files in ``content/news/`` (the trust's) and
``schools/<slug>/news/`` (a school's), each with a date, title and summary.

A story's file name (without ``.md``) is its web address inside the section's news
(``schools/brookfield/news/science-week/``), so it must be web-safe; ``index`` is the
news list's own. A school's stories are untrusted Markdown exactly like its pages: the
site sanitises them and the shared-language lint reads them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trusthub.content.diagnostics import Report
from trusthub.content.models.base import ID_RE
from trusthub.content.models.news import StoryMeta
from trusthub.content.paths import contains, walk_files
from trusthub.content.sources import MarkdownFile, read_markdown, relative
from trusthub.content.validation import validate

NEWS_DIR = "news"
"""The folder of content/ (the trust) and of each school that holds its news stories."""
MAX_STORIES = 2000
"""A news folder with more stories than this is refused (ten years of weekly news is 520)."""
PAGE_SIZE = 10
"""Stories on each page of a news list: page 1 is ``news/index.md``, page 2 ``news/page/2.md``."""
RESERVED = {"index", "page"}
"""File names the news list uses itself (``news/index.md``, ``news/page/2.md``)."""


def section_base(slug: str | None) -> str:
    """A section's folder in the site's source tree: "" for the trust, ``schools/<slug>/``."""
    return f"schools/{slug}/" if slug else ""


@dataclass(frozen=True)
class Story:
    """One news story of the trust (``slug`` None) or of a school."""

    slug: str | None
    name: str
    """The file name without .md, e.g. ``2026-11-12-science-week``."""
    source: MarkdownFile
    meta: StoryMeta

    @property
    def base(self) -> str:
        """The section's folder in the site's source tree: "" for the trust, ``schools/<slug>/``."""
        return section_base(self.slug)

    @property
    def src_uri(self) -> str:
        return f"{self.base}{NEWS_DIR}/{self.name}.md"

    @property
    def key(self) -> str:
        """How brand/news.yml names a school's story: ``<slug>/<file>``."""
        return f"{self.slug}/{self.name}.md"

    @property
    def image_path(self) -> str | None:
        """Site path of the story's photo as written (before it is published as WebP)."""
        return f"{self.base}{self.meta.image.src}" if self.meta.image else None

    @property
    def date(self) -> dt.date:
        return self.meta.date


def newest_first(stories: list[Story]) -> list[Story]:
    """``stories`` newest first by their own dates (then by file name, so the order is stable)."""
    return sorted(stories, key=lambda s: (s.date, s.name), reverse=True)


def load_stories(folder: Path, root: Path, report: Report, slug: str | None) -> list[Story]:
    """The valid stories in ``folder``/news/, newest first; every problem goes to ``report``."""
    news = folder / NEWS_DIR
    if not news.is_dir():
        return []
    shown = relative(news, root)
    paths = list(walk_files(news, ".md", set()))
    if len(paths) > MAX_STORIES:
        report.add(
            shown,
            (1, 1),
            f"{shown}/ has {len(paths):,} stories, more than {MAX_STORIES:,}",
            "move old stories out of the folder; the site keeps the newest",
        )
        return []
    stories = []
    for path in paths:
        where = relative(path, root)
        if path.parent != news:
            report.add(where, (1, 1), "a story in a folder inside news/", f"move it to {shown}/")
            continue
        if not contains(folder, path):
            report.add(
                where,
                (1, 1),
                f"story is a link to a file outside {relative(folder, root)}/",
                "copy the story into the folder instead of linking to it",
            )
            continue
        name = path.name.removesuffix(".md")
        if not ID_RE.match(name) or name in RESERVED:
            message = (
                f'"{path.name}" is a name the news list uses itself'
                if name in RESERVED
                else f'"{path.name}" cannot be used in a web address'
            )
            report.add(
                where,
                (1, 1),
                message,
                "name the story with lower-case letters, digits and hyphens, like "
                "2026-11-12-science-week.md",
            )
            continue
        source = read_markdown(path, root, report)
        if source is None:
            continue
        meta = validate(StoryMeta, source.meta, source.marks, source.path, report)
        if meta is not None:
            stories.append(Story(slug, name, source, meta))
    return newest_first(stories)


def list_page(number: int, base: str = "") -> str:
    """Source path of page ``number`` (from 1) of a section's news list."""
    return f"{base}{NEWS_DIR}/index.md" if number == 1 else f"{base}{NEWS_DIR}/page/{number}.md"


def page_count(stories: int) -> int:
    """How many pages a news list of ``stories`` stories has (none without stories)."""
    return -(-stories // PAGE_SIZE)


def news_pages(stories: list[Story], base: str = "", listed: int | None = None) -> set[str]:
    """Source paths of a section's news pages (its list, paginated, and its own stories),
    relative to the site; ``listed`` is the number of stories its list shows, when the
    list shows more than the section's own (the trust's shows stories it chose from schools)."""
    count = len(stories) if listed is None else listed
    pages = {list_page(n, base) for n in range(1, page_count(count) + 1)}
    return pages | {f"{base}{NEWS_DIR}/{story.name}.md" for story in stories}
