"""Shared-language lint: phrases the trust avoids, in pages and free-text YAML.

Each ``avoid`` phrase of brand/language.yml is matched as whole words (plus a
plural "s" or "es", so "chains" counts as "chain" but "chained" does not),
case-insensitively, across a line break inside a paragraph, and never inside
code, URLs, link targets or HTML attributes. A school may keep a phrase only
where the trust marked its pair ``local_choice: true`` and the school lists it
in ``language_exceptions``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trusthub.content.diagnostics import Report
from trusthub.content.models import Language, Preferred
from trusthub.content.repo import Repo, SchoolSource
from trusthub.content.sources import MarkdownFile
from trusthub.content.yamlmarks import Marks
from trusthub.content.yamlmarks import Path as KeyPath
from trusthub.governance.markdown import Locator, mask_for_prose
from trusthub.governance.yamltext import YamlText

HINT = "change it, or ask the trust to mark the pair local_choice"
_SPACE = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
"""Whitespace within a paragraph: spaces and tabs with at most one line break."""

SCHOOL_TEXT_FIELDS = ("motto", "ethos", "values", "local_priorities", "leads", "expectations")
"""Free-text fields of school.yml that appear on the site."""


@dataclass(frozen=True)
class Phrase:
    """One avoided phrase, ready to search for."""

    text: str
    pair: Preferred
    pattern: re.Pattern[str]
    key: str
    """The phrase in lower case with single spaces: a text without it cannot match."""

    def message(self) -> str:
        why = " ".join(self.pair.why.split())
        return f'"{self.text}" — we say "{self.pair.use}" ({why})'

    def hint(self, school: bool) -> str:
        if school and self.pair.local_choice:
            return f'change it, or keep it by listing "{self.text}" under language_exceptions'
        return HINT


@dataclass(frozen=True)
class Hit:
    phrase: Phrase
    start: int
    end: int


def compile_phrases(language: Language) -> list[Phrase]:
    """One pre-compiled pattern per avoided phrase, longest phrases first."""
    phrases = []
    for pair in language.preferred:
        for text in pair.avoid:
            words = text.split()
            body = _SPACE.join(re.escape(word) for word in words)
            pattern = re.compile(rf"(?<![\w-]){body}(?:e?s)?(?![\w-])", re.IGNORECASE)
            phrases.append(Phrase(text, pair, pattern, " ".join(words).lower()))
    phrases.sort(key=lambda p: -len(p.text))
    return phrases


def find_phrases(text: str, phrases: Iterable[Phrase]) -> list[Hit]:
    """Avoided phrases in ``text``; where two overlap ("academy chain", "chain") the longer wins."""
    flat = " ".join(text.lower().split())
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for phrase in phrases:
        if phrase.key not in flat:
            continue
        for match in phrase.pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            hits.append(Hit(phrase, start, end))
    hits.sort(key=lambda h: h.start)
    return hits


def allowed_for(language: Language, exceptions: Iterable[Any]) -> set[str]:
    """Lower-cased phrases a school may keep: listed by it, and a local choice of the trust."""
    listed = {str(e).lower() for e in exceptions}
    return listed & language.local_choices()


def lint_language(repo: Repo, report: Report) -> None:
    """Report every avoided phrase in pages, school.yml and the brand files."""
    assert repo.language is not None
    phrases = compile_phrases(repo.language)
    if not phrases:
        return
    for page in repo.content_pages:
        _lint_page(page.source, phrases, report, school=False)
    for story in repo.stories:
        _lint_page(story.source, phrases, report, school=False, keys=STORY_TEXT_KEYS)
    _lint_brand(repo, phrases, report)
    for source in repo.school_sources:
        exceptions = source.data.get("language_exceptions")
        kept = allowed_for(repo.language, exceptions if isinstance(exceptions, list) else [])
        school_phrases = [p for p in phrases if p.text.lower() not in kept] if kept else phrases
        _lint_school_yaml(source, school_phrases, report)
        entry = repo.schools.get(source.slug)
        for page in entry.pages if entry is not None else []:
            _lint_page(page.source, school_phrases, report, school=True)
        for story in entry.stories if entry is not None else []:
            _lint_page(story.source, school_phrases, report, school=True, keys=STORY_TEXT_KEYS)
        for name, model in _dated_text(entry.calendar, entry.notices) if entry else []:
            path = f"schools/{source.slug}/{name}"
            marks = entry.file_marks.get(path) if entry else None
            if marks is not None:
                _lint_yaml(
                    path, source.folder / name, marks, model, school_phrases, report, school=True
                )


def _report(
    hits: list[Hit],
    locate: Callable[[int], tuple[int, int]],
    path: str,
    report: Report,
    school: bool,
) -> None:
    for hit in hits:
        report.warn(path, locate(hit.start), hit.phrase.message(), hit.phrase.hint(school))


def _fixed(where: tuple[int, int]) -> Callable[[int], tuple[int, int]]:
    return lambda _offset: where


PAGE_TEXT_KEYS = ("title", "description", "subtitle")
STORY_TEXT_KEYS = ("title", "summary")
"""Front-matter keys of a page, and of a news story, that appear on the site."""


def _lint_page(
    source: MarkdownFile,
    phrases: list[Phrase],
    report: Report,
    school: bool,
    keys: tuple[str, ...] = PAGE_TEXT_KEYS,
) -> None:
    for key in keys:
        value = source.meta.get(key)
        if isinstance(value, str):
            hits = find_phrases(value, phrases)
            if hits:  # reported at the start of the value: it is one short line
                _report(hits, _fixed(source.marks.value((key,))), source.path, report, school)
    # Hiding code and links only ever removes matches, so most pages never need it.
    hits = find_phrases(source.body, phrases)
    if hits:
        hits = find_phrases(mask_for_prose(source.body), phrases)
    if hits:
        _report(hits, Locator(source.body, source.body_line), source.path, report, school)


def _text_paths(data: Any, path: KeyPath) -> Iterator[KeyPath]:
    """Paths of every string inside ``data``."""
    if isinstance(data, str):
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _text_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _text_paths(value, (*path, index))


def _lint_yaml(
    path: str,
    file: Path,
    marks: Marks,
    data: dict[str, Any],
    phrases: list[Phrase],
    report: Report,
    school: bool,
) -> None:
    """Lint every string under the top-level keys of ``data`` where the file wrote it."""
    try:
        yaml = YamlText(file.read_text(encoding="utf-8"), marks)
    except (OSError, UnicodeDecodeError):
        return
    for key, value in data.items():
        for text_path in _text_paths(value, (key,)):
            region = yaml.region(text_path)
            if region is None:
                continue
            hits = find_phrases(region.text, phrases)
            if hits:
                _report(hits, region.locator(), path, report, school)


def _lint_school_yaml(source: SchoolSource, phrases: list[Phrase], report: Report) -> None:
    data = {k: v for k, v in source.data.items() if k in SCHOOL_TEXT_FIELDS}
    _lint_yaml(
        source.yaml_path,
        source.folder / "school.yml",
        source.marks,
        data,
        phrases,
        report,
        school=True,
    )


def _brand_text(repo: Repo) -> dict[str, dict[str, Any]]:
    """Free-text fields of each brand file (ids and levels left out), by path."""
    assert repo.trust and repo.values and repo.strategy and repo.autonomy
    return {
        "brand/trust.yml": repo.trust.model_dump(include={"mission", "vision", "tagline"}),
        "brand/values.yml": repo.values.model_dump(exclude={"values": {"__all__": {"id", "icon"}}}),
        "brand/strategy.yml": repo.strategy.model_dump(exclude={"priorities": {"__all__": {"id"}}}),
        "brand/autonomy.yml": repo.autonomy.model_dump(
            exclude={"areas": {"__all__": {"id", "level"}}, "expectations": {"__all__": {"id"}}}
        ),
    }


def _dated_text(calendar: Any, notices: Any) -> list[tuple[str, dict[str, Any]]]:
    """(file name, free text) of a calendar.yml and a notices.yml, where there are."""
    found = []
    if calendar is not None:
        found.append(
            ("calendar.yml", calendar.model_dump(exclude={"events": {"__all__": {"link"}}}))
        )
    if notices is not None:
        found.append(
            (
                "notices.yml",
                notices.model_dump(exclude={"notices": {"__all__": {"link", "severity"}}}),
            )
        )
    return found


def _lint_brand(repo: Repo, phrases: list[Phrase], report: Report) -> None:
    for name, data in _dated_text(repo.calendar, repo.notices):
        path = f"brand/{name}"
        marks = repo.marks.get(path)
        if marks is not None:
            _lint_yaml(path, repo.brand_dir / name, marks, data, phrases, report, school=False)
    for path, data in _brand_text(repo).items():
        marks = repo.marks.get(path)
        if marks is not None:
            _lint_yaml(path, repo.root / path, marks, data, phrases, report, school=False)
