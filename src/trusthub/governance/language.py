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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import Report
from ..models import Language, Preferred
from ..repo import Page, Repo, SchoolSource
from ..yamlmarks import Path as KeyPath
from .markdown import Locator, mask_for_prose
from .yamltext import YamlText

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
    """A lower-case word of the phrase: texts without it cannot match (a fast pre-check)."""

    def message(self) -> str:
        why = " ".join(self.pair.why.split())
        return f'"{self.text}" — we say "{self.pair.use}" ({why})'


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
            phrases.append(Phrase(text, pair, pattern, max(words, key=len).lower()))
    phrases.sort(key=lambda p: -len(p.text))
    return phrases


def find_phrases(text: str, phrases: Iterable[Phrase]) -> list[Hit]:
    """Avoided phrases in ``text``; where two overlap ("academy chain", "chain") the longer wins."""
    lowered = text.lower()
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for phrase in phrases:
        if phrase.key not in lowered:
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
        _lint_page(page, phrases, report)
    _lint_brand(repo, phrases, report)
    for source in repo.school_sources:
        exceptions = source.data.get("language_exceptions")
        kept = allowed_for(repo.language, exceptions if isinstance(exceptions, list) else [])
        school_phrases = [p for p in phrases if p.text.lower() not in kept] if kept else phrases
        _lint_school_yaml(source, school_phrases, report)
        entry = repo.schools.get(source.slug)
        for page in entry.pages if entry is not None else []:
            _lint_page(page, school_phrases, report)


def _report(hits: list[Hit], locate: Locator, path: str, report: Report) -> None:
    for hit in hits:
        report.warn(path, locate(hit.start), hit.phrase.message(), HINT)


def _lint_page(page: Page, phrases: list[Phrase], report: Report) -> None:
    source = page.source
    for key in ("title", "description", "subtitle"):
        value = source.meta.get(key)
        if isinstance(value, str):
            where = source.marks.value((key,))
            hits = find_phrases(value, phrases)
            _report(hits, lambda _offset, where=where: where, source.path, report)
    hits = find_phrases(mask_for_prose(source.body), phrases)
    if hits:
        _report(hits, Locator(source.body, source.body_line), source.path, report)


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
    path: str, data: Any, fields: Iterable[KeyPath], yaml: YamlText, phrases: list[Phrase],
    report: Report,
) -> None:
    for field in fields:
        for text_path in _text_paths(_get(data, field), field):
            region = yaml.region(text_path)
            if region is None:
                continue
            hits = find_phrases(region.text, phrases)
            if hits:
                _report(hits, region.locator(), path, report)


def _get(data: Any, path: KeyPath) -> Any:
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and part < len(data):
            data = data[part]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _lint_school_yaml(source: SchoolSource, phrases: list[Phrase], report: Report) -> None:
    text = _read(source.folder / "school.yml")
    if text is None:
        return
    _lint_yaml(source.yaml_path, source.data, [(f,) for f in SCHOOL_TEXT_FIELDS],
               YamlText(text, source.marks), phrases, report)


def _brand_fields(repo: Repo) -> dict[str, tuple[Any, list[KeyPath]]]:
    """Free-text fields of each brand file: (data as the model holds it, field paths)."""
    assert repo.trust and repo.values and repo.strategy and repo.autonomy
    values = repo.values.model_dump(include={"values": {"__all__": {
        "name", "summary", "expect", "love", "avoid"}}})
    strategy = repo.strategy.model_dump(exclude={"priorities": {"__all__": {"id"}}})
    autonomy = repo.autonomy.model_dump(exclude={"areas": {"__all__": {"id", "level"}},
                                                 "expectations": {"__all__": {"id"}}})
    trust = repo.trust.model_dump(include={"mission", "vision", "tagline"})
    return {
        "brand/trust.yml": (trust, [(k,) for k in trust]),
        "brand/values.yml": (values, [("values",)]),
        "brand/strategy.yml": (strategy, [(k,) for k in strategy]),
        "brand/autonomy.yml": (autonomy, [("areas",), ("expectations",)]),
    }


def _lint_brand(repo: Repo, phrases: list[Phrase], report: Report) -> None:
    for path, (data, fields) in _brand_fields(repo).items():
        text = _read(repo.root / path)
        marks = repo.marks.get(path)
        if text is None or marks is None:
            continue
        _lint_yaml(path, data, fields, YamlText(text, marks), phrases, report)
