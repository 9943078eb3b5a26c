"""Where a YAML text value was written, so rules can point inside it.

:class:`YamlText` finds the raw source of a scalar from the marks of its
document: it starts at the value's mark and ends before the next key or value
mark, or at the first line indented no deeper than its key. The text is the
source as written (block scalar indicator, quotes and line breaks included), so
an offset in it gives a real line and column in the file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from trusthub.content.yamlmarks import Marks, Path
from trusthub.governance.markdown import MASK, Locator

_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.M)


@dataclass(frozen=True)
class Region:
    """The source of one YAML value: ``text`` starts at (``line``, ``col``)."""

    text: str
    line: int
    col: int

    def locator(self) -> Locator:
        return Locator(self.text, self.line, self.col)


class YamlText:
    """Raw source regions of the values in one YAML file."""

    def __init__(self, text: str, marks: Marks) -> None:
        self._lines = text.split("\n")
        self._marks = marks
        self._starts = sorted({*marks.keys.values(), *marks.values.values()})

    def region(self, path: Path) -> Region | None:
        where = self._marks.values.get(path)
        if where is None:
            return None
        line, col = where
        # Continuation lines sit deeper than the key (list items: than the dash).
        key_col = self._marks.keys[path][1] if path in self._marks.keys else 1
        index = bisect.bisect_right(self._starts, (line, col))
        end = self._starts[index] if index < len(self._starts) else (len(self._lines) + 1, 1)
        first = self._lines[line - 1]
        parts = [first[col - 1 : end[1] - 1] if end[0] == line else first[col - 1 :]]
        block = parts[0][:1] in ("|", ">")
        for number in range(line + 1, min(end[0] + 1, len(self._lines) + 1)):
            text = self._lines[number - 1]
            stripped = text.lstrip(" ")
            if stripped and len(text) - len(stripped) < key_col:
                break
            parts.append(text[: end[1] - 1] if number == end[0] else text)
        source = "\n".join(parts)
        if not block and "#" in source:
            source = _COMMENT.sub(lambda m: MASK * len(m.group()), source)
        return Region(source, line + self._marks.line_offset, col)
