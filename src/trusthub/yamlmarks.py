"""Safe YAML loading that remembers where every key and value was written.

:func:`load_yaml` returns plain Python data plus a :class:`Marks` table that maps
a path of keys and indexes (``("colours", "primary")``, ``("values", 0, "id")``)
to its 1-based line and column, so that errors can point at the exact spot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back to pure Python
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Path = tuple[str | int, ...]
Where = tuple[int, int]


class YamlSyntaxError(Exception):
    """YAML that cannot be parsed, with the position the parser gave up at."""

    def __init__(self, message: str, where: Where, hint: str) -> None:
        super().__init__(message)
        self.message, self.where, self.hint = message, where, hint


@dataclass
class Marks:
    """Line and column of each key and value in one YAML document."""

    keys: dict[Path, Where] = field(default_factory=dict)
    values: dict[Path, Where] = field(default_factory=dict)
    line_offset: int = 0

    def key(self, path: Path) -> Where:
        """Where the key at ``path`` was written (or its nearest written parent)."""
        return self._find(self.keys, path) or self.value(path)

    def value(self, path: Path) -> Where:
        """Where the value at ``path`` was written (or its nearest written parent)."""
        return self._find(self.values, path) or (1 + self.line_offset, 1)

    def _find(self, table: dict[Path, Where], path: Path) -> Where | None:
        for end in range(len(path), -1, -1):
            where = table.get(path[:end])
            if where is not None:
                return where[0] + self.line_offset, where[1]
        return None


def _where(node: yaml.Node) -> Where:
    return node.start_mark.line + 1, node.start_mark.column + 1


_constructor = yaml.constructor.SafeConstructor()


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _to_python(node: yaml.Node, path: Path, marks: Marks) -> Any:
    marks.values[path] = _where(node)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        raise YamlSyntaxError(
            f'YAML tag "{node.tag}" is not allowed',
            _where(node),
            "remove the tag: only plain keys, lists and text are read",
        )
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _to_python(key_node, (*path, "[key]"), marks)
            if isinstance(key, dt.date | int | float | bool) or key is None:
                key = str(key_node.value)
            marks.keys[(*path, key)] = _where(key_node)
            result[key] = _to_python(value_node, (*path, key), marks)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, i), marks) for i, item in enumerate(node.value)]
    try:
        return _constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise YamlSyntaxError(
            f"YAML value cannot be read: {exc.problem}",
            _where(node),
            "remove the tag: only plain keys, lists and text are read",
        ) from None


def load_yaml(text: str, line_offset: int = 0) -> tuple[Any, Marks]:
    """Parse one YAML document safely; raise :class:`YamlSyntaxError` on bad syntax.

    ``line_offset`` shifts reported lines, for YAML embedded in a larger file
    (front matter after its opening ``---``).
    """
    marks = Marks(line_offset=line_offset)
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1 + line_offset, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "cannot be read"
        raise YamlSyntaxError(
            f"YAML syntax error: {problem}",
            where,
            "check the indentation and that text containing ': ' or '#' is in quotes",
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        raise YamlSyntaxError(f"YAML syntax error: {exc}", (1 + line_offset, 1), "") from None
    if node is None:
        return None, marks
    data = _to_python(node, (), marks)
    marks.values = {k: v for k, v in marks.values.items() if "[key]" not in k}
    return data, marks
