"""Characters no content file may contain, whatever the field.

Bidirectional overrides and invisible characters make text read differently from
how it is stored ("Trojan Source"); letters from two alphabets in one word are the
shape of a look-alike name (a Cyrillic "а" in "Aldermere"). Both are refused where
they were written, before any model sees them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_HIDDEN = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"  # direction overrides and marks
    "\u200b-\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"  # control characters (tab and newlines are fine)
)
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    first = unicodedata.name(char, "").split(" ", 1)[0]
    return first if first in _SCRIPTS else None


def text_problem(text: str) -> tuple[str, str] | None:
    """(message, hint) if ``text`` hides characters or mixes look-alike alphabets."""
    hidden = _HIDDEN.search(text)
    if hidden:
        code = f"U+{ord(hidden.group()):04X}"
        name = unicodedata.name(hidden.group(), "control character").lower()
        return (
            f"text contains an invisible character ({code}, {name})",
            "retype the text; invisible characters can make it read differently from how it shows",
        )
    if text.isascii():
        return None
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {s for s in map(_script, word) if s}
        if len(scripts) > 1:
            return (
                f'"{word}" mixes letters from different alphabets ({", ".join(sorted(scripts))})',
                "retype the word on your keyboard; a look-alike letter can impersonate a name",
            )
    return None


def text_leaves(
    data: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string in ``data`` (keys included) with the path that leads to it."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str):
                yield (*path, key), key
            yield from text_leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_leaves(value, (*path, index))
