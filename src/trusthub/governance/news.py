"""News checks: each story's photo is a file in its section's folder, and every school
story brand/news.yml chooses for the trust's news exists.

(The shared-language lint and the link checks read stories as they read pages:
:mod:`.language`, :mod:`.content`.)
"""

from __future__ import annotations

from pathlib import Path

from trusthub.content.diagnostics import Report, did_you_mean
from trusthub.content.news import NEWS_DIR, Story
from trusthub.content.repo import Repo
from trusthub.governance.references import check_file_reference

NEWS_SETTINGS = "brand/news.yml"


def check_news(repo: Repo, report: Report) -> None:
    """Add every problem with the news to ``report``."""
    _check_photos(repo.stories, repo.root / "content", "content", report)
    for school in repo.school_list():
        _check_photos(school.stories, school.folder, f"schools/{school.slug}", report)
    _check_chosen(repo, report)


def _check_photos(stories: list[Story], folder: Path, shown: str, report: Report) -> None:
    for story in stories:
        if story.meta.image is not None:
            check_file_reference(
                folder,
                story.meta.image.src,
                shown,
                report,
                story.source.path,
                story.source.marks.value(("image", "src")),
                "photo",
            )


def _check_chosen(repo: Repo, report: Report) -> None:
    if repo.news is None or NEWS_SETTINGS not in repo.marks:
        return
    marks = repo.marks[NEWS_SETTINGS]
    seen: set[str] = set()
    invalid = {source.slug for source in repo.school_sources} - set(repo.schools)
    for index, key in enumerate(repo.news.from_schools):
        where = marks.value(("from_schools", index))
        slug, _, name = key.partition("/")
        school = repo.schools.get(slug)
        if slug in invalid:
            continue  # its school.yml has mistakes, reported there: its stories are not loaded
        if key in seen:
            report.add(NEWS_SETTINGS, where, f'"{key}" is chosen twice', "choose each story once")
        elif school is None:
            report.add(
                NEWS_SETTINGS,
                where,
                f'unknown school "{slug}" in "{key}"',
                did_you_mean(slug, repo.schools),
            )
        elif name not in {f"{story.name}.md" for story in school.stories}:
            stories = [f"{slug}/{story.name}.md" for story in school.stories]
            report.add(
                NEWS_SETTINGS,
                where,
                f'"{key}" is not a story in schools/{slug}/{NEWS_DIR}/',
                did_you_mean(key, stories) if stories else f"schools/{slug}/ has no news yet",
            )
        seen.add(key)
