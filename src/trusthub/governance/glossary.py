"""Glossary words that are everyday English, so their tooltip turns up in other senses.

Every term and alias of brand/language.yml explains itself wherever a page uses it
(``site/glossary.py``): the word is matched whole, with its letter case. An alias
such as "head" then explains "Headteacher" in "head of year", "head of maths" and
"head lice". A phrase ("head teacher") or an acronym in capitals ("SEND", which
never matches "send") means one thing; a single common word does not.

An everyday word is one of the most used words of English: Zipf frequency 4 or
more (at least ten times in every million words, "high frequency" on the Zipf
scale of van Heuven and others, 2014), by the English word counts that
pyspellchecker ships, which come from film and television subtitles: everyday
spoken English. Words in capitals are acronyms and are left alone.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from collections.abc import Iterator
from importlib import resources

from trusthub.content.diagnostics import Report
from trusthub.content.repo import Page, Repo
from trusthub.governance.markdown import Locator, mask_for_prose

EVERYDAY_ZIPF = 4.0
"""Zipf frequency (log10 of uses per billion words) from which a word is everyday."""
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""One word of letters, perhaps with an apostrophe or hyphen inside ("o'clock")."""


@functools.cache
def _english() -> tuple[dict[str, int], int]:
    """pyspellchecker's English word counts (lower case) and their total."""
    try:  # the file the library itself reads: a tenth of the time of building its checker
        data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
        counts: dict[str, int] = json.loads(gzip.decompress(data))
    except (OSError, ValueError):  # pragma: no cover - a later release keeps it elsewhere
        from spellchecker import SpellChecker

        counts = dict(SpellChecker(language="en").word_frequency.items())
    return counts, sum(counts.values())


def zipf(word: str) -> float:
    """The Zipf frequency of one English ``word`` (0 for a word the counts lack)."""
    counts, total = _english()
    count = counts.get(word.lower(), 0)
    return math.log10(count * 1e9 / total) if count and total else 0.0


def is_everyday(word: str) -> bool:
    """Whether ``word`` is a single common English word not written in capitals."""
    if not _WORD.fullmatch(word) or word.isupper():
        return False
    return zipf(word) >= EVERYDAY_ZIPF


def check_glossary(repo: Repo, report: Report) -> None:
    """Warn at every term and alias of brand/language.yml that is an everyday word."""
    if repo.language is None:
        return
    marks = repo.marks.get("brand/language.yml")
    for index, entry in enumerate(repo.language.terms):
        words = [(("terms", index, "term"), entry.term, None)]
        words += [
            (("terms", index, "aliases", n), alias, entry.term)
            for n, alias in enumerate(entry.aliases)
        ]
        for path, word, term in words:
            if not is_everyday(word):
                continue
            where = marks.value(path) if marks is not None else (1, 1)
            if term is None:
                meaning = "this glossary definition"
                hint = "name the term with a longer phrase that only ever means it"
            else:
                meaning = f'the glossary definition of "{term}"'
                hint = f'use a longer phrase that only ever means "{term}", or remove the alias'
            message = f'"{word}" is an everyday word: every "{word}" on the site gets {meaning}'
            example = next(_uses(repo, word), None)
            if example is not None:
                message += f', as in "{example[0]}" ({example[1]})'
            report.warn("brand/language.yml", where, message, hint)


def _pages(repo: Repo) -> Iterator[Page]:
    yield from repo.content_pages
    for slug in sorted(repo.schools):
        yield from repo.schools[slug].pages


def _uses(repo: Repo, word: str) -> Iterator[tuple[str, str]]:
    """Where pages use ``word`` as the glossary would match it: a few words around it
    and ``path:line``. Code, links' targets and headings (which get no tooltip) aside."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for page in _pages(repo):
        body = page.source.body
        if word not in body:
            continue
        prose = mask_for_prose(body)
        locate = Locator(body, page.source.body_line)
        for match in pattern.finditer(prose):
            start = prose.rfind("\n", 0, match.start()) + 1
            end = prose.find("\n", match.end())
            line = body[start : end if end >= 0 else len(body)]
            if line.lstrip().startswith("#"):
                continue
            offset = match.start() - start
            words = line[:offset].split()[-3:] + line[offset:].split()[:4]
            yield " ".join(words), f"{page.source.path}:{locate(match.start())[0]}"
