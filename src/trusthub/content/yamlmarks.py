"""Safe YAML loading that remembers where every key and value was written.

:func:`load_yaml` returns plain Python data plus a :class:`Marks` table that maps
a path of keys and indexes (``("colours", "primary")``, ``("values", 0, "id")``)
to its 1-based line and column, so that errors can point at the exact spot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back to pure Python
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Path = tuple[str | int, ...]
Where = tuple[int, int]

MAX_DEPTH = 12
"""Deepest nesting of keys and lists a content file may use."""
MAX_ITEMS = 1_000
"""Longest list a content file may hold."""
MAX_NODES = 20_000
"""Most keys, values and list items one content file may hold."""


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
    duplicates: list[tuple[Where, str]] = field(default_factory=list)
    """Keys written twice in one map: where the second one is, and the message."""

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
_STR = "tag:yaml.org,2002:str"


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
            key = _key(key_node)
            if key in result:
                line, col = _where(key_node)
                first = marks.key((*path, key))[0]
                marks.duplicates.append(
                    ((line + marks.line_offset, col), f'"{key}" is already set at line {first}')
                )
                continue
            marks.keys[(*path, key)] = _where(key_node)
            result[key] = _to_python(value_node, (*path, key), marks)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, i), marks) for i, item in enumerate(node.value)]
    return _scalar(node)


def _key(node: yaml.Node) -> str:
    """A map's key as text: ``2024-01-01:`` and ``1:`` stay as written."""
    if not isinstance(node, yaml.ScalarNode):
        raise YamlSyntaxError(
            "a YAML key must be a plain word, not a list or map",
            _where(node),
            "write the key as text, like name: or colours:",
        )
    key = _scalar(node)
    return key if isinstance(key, str) else str(node.value)


def _scalar(node: yaml.Node) -> Any:
    if node.tag == _STR:  # most values: text needs no constructing
        return node.value
    try:
        return _constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise YamlSyntaxError(
            f"YAML value cannot be read: {exc.problem}",
            _where(node),
            "remove the tag: only plain keys, lists and text are read",
        ) from None


def _refuse_aliases_and_excess(text: str, line_offset: int) -> None:
    """Refuse anchors and aliases, deep nesting and huge files before building anything.

    Aliases let a few lines expand into billions of values ("billion laughs"); content
    files never need them, so the first one is an error where it was written.
    """
    nodes = 0
    items: list[int] = []  # items so far in each open list (-1 for a map)
    for event in yaml.parse(text, Loader=SafeLoader):
        where = (event.start_mark.line + 1 + line_offset, event.start_mark.column + 1)
        if isinstance(event, yaml.AliasEvent):
            raise YamlSyntaxError(
                f'YAML alias "*{event.anchor}" is not allowed in content files',
                where,
                "write the text out in full instead of repeating it with & and *",
            )
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise YamlSyntaxError(
                f'YAML anchor "&{event.anchor}" is not allowed in content files',
                where,
                "remove the & name: content files are read without anchors or aliases",
            )
        if isinstance(event, yaml.NodeEvent) and items and items[-1] >= 0:
            items[-1] += 1
            if items[-1] > MAX_ITEMS:
                raise YamlSyntaxError(
                    f"a list holds more than {MAX_ITEMS:,} items",
                    where,
                    "split the content up; no content list needs this many items",
                )
        if isinstance(event, yaml.CollectionStartEvent):
            items.append(0 if isinstance(event, yaml.SequenceStartEvent) else -1)
            if len(items) > MAX_DEPTH:
                raise YamlSyntaxError(
                    f"keys and lists are nested more than {MAX_DEPTH} deep",
                    where,
                    "content files need only a few levels; flatten the structure",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            items.pop()
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_NODES:
                raise YamlSyntaxError(
                    f"the file holds more than {MAX_NODES:,} values",
                    where,
                    "split the content up; a content file is far smaller than this",
                )


def load_yaml(text: str, line_offset: int = 0) -> tuple[Any, Marks]:
    """Parse one YAML document safely; raise :class:`YamlSyntaxError` on bad syntax.

    ``line_offset`` shifts reported lines, for YAML embedded in a larger file
    (front matter after its opening ``---``).
    """
    marks = Marks(line_offset=line_offset)
    try:
        _refuse_aliases_and_excess(text, line_offset)
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
    return _to_python(node, (), marks), marks
