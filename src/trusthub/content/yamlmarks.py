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


def _where(item: yaml.Event) -> Where:
    return item.start_mark.line + 1, item.start_mark.column + 1


_constructor = yaml.constructor.SafeConstructor()
_resolver = yaml.resolver.Resolver()

_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_STR = "tag:yaml.org,2002:str"
_DROPPED = object()
"""The key of a map entry that repeats an earlier key: its value is read and dropped."""


@dataclass
class _Open:
    """A map or list being read: where it is, and (for a map) the key whose value is next."""

    value: dict[str, Any] | list[Any]
    path: Path
    dropped: bool
    key: Any = None


def _read(text: str, marks: Marks) -> Any:
    """The one YAML document in ``text`` as plain data, its marks in ``marks``.

    One pass over the parser's events builds the data, so that nothing is built from a
    file before it is known to be safe: anchors and aliases ("billion laughs") are refused
    where they are written, and deep nesting, long lists and huge files are refused
    before they are read any further (PyYAML's own composer recurses once per level).
    """
    result: Any = None
    stack: list[_Open] = []
    items: list[int] = []  # items so far in each open list (-1 for a map)
    nodes = documents = 0
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream",
                    None,
                    "but found another document",
                    event.start_mark,
                )
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            items.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        where = (event.start_mark.line + 1 + marks.line_offset, event.start_mark.column + 1)
        _refuse(event, where, items, nodes)
        nodes += 1
        parent = stack[-1] if stack else None
        if isinstance(parent, _Open) and isinstance(parent.value, dict) and parent.key is None:
            _take_key(event, parent, marks, where)  # a map's key: the value comes next
            continue
        path, dropped = _place(parent)
        if not dropped:
            marks.values[path] = _where(event)
        if isinstance(event, yaml.CollectionStartEvent):
            value: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            _check_tag(event, where)
            stack.append(_Open(value, path, dropped))
            items.append(0 if isinstance(value, list) else -1)
        else:
            value = _scalar(event, where)
        if parent is None:
            result = value
        else:
            _attach(parent, value)
    return result


def _refuse(event: yaml.NodeEvent, where: Where, items: list[int], nodes: int) -> None:
    """Refuse what no content file needs, where it was written (see :func:`_read`)."""
    if isinstance(event, yaml.AliasEvent):
        raise YamlSyntaxError(
            f'YAML alias "*{event.anchor}" is not allowed in content files',
            where,
            "write the text out in full instead of repeating it with & and *",
        )
    if event.anchor is not None:
        raise YamlSyntaxError(
            f'YAML anchor "&{event.anchor}" is not allowed in content files',
            where,
            "remove the & name: content files are read without anchors or aliases",
        )
    if items and items[-1] >= 0:
        items[-1] += 1
        if items[-1] > MAX_ITEMS:
            raise YamlSyntaxError(
                f"a list holds more than {MAX_ITEMS:,} items",
                where,
                "split the content up; no content list needs this many items",
            )
    if isinstance(event, yaml.CollectionStartEvent) and len(items) >= MAX_DEPTH:
        raise YamlSyntaxError(
            f"keys and lists are nested more than {MAX_DEPTH} deep",
            where,
            "content files need only a few levels; flatten the structure",
        )
    if nodes >= MAX_NODES:
        raise YamlSyntaxError(
            f"the file holds more than {MAX_NODES:,} values",
            where,
            "split the content up; a content file is far smaller than this",
        )


def _take_key(event: yaml.NodeEvent, parent: _Open, marks: Marks, where: Where) -> None:
    """Read a map's key as text (``2024-01-01:`` and ``1:`` stay as written)."""
    if not isinstance(event, yaml.ScalarEvent):
        raise YamlSyntaxError(
            "a YAML key must be a plain word, not a list or map",
            where,
            "write the key as text, like name: or colours:",
        )
    key = _scalar(event, where)
    key = key if isinstance(key, str) else str(event.value)
    assert isinstance(parent.value, dict)
    path = (*parent.path, key)
    if key in parent.value:
        first = marks.key(path)[0]
        if not parent.dropped:
            marks.duplicates.append((where, f'"{key}" is already set at line {first}'))
        parent.key = _DROPPED
        return
    if not parent.dropped:
        marks.keys[path] = _where(event)
    parent.key = key


def _place(parent: _Open | None) -> tuple[Path, bool]:
    """Where the next value goes in ``parent``, and whether it is read only to be dropped."""
    if parent is None:
        return (), False
    if isinstance(parent.value, list):
        return (*parent.path, len(parent.value)), parent.dropped
    return (*parent.path, parent.key), parent.dropped or parent.key is _DROPPED


def _attach(parent: _Open, value: Any) -> None:
    if isinstance(parent.value, list):
        parent.value.append(value)
        return
    if parent.key is not _DROPPED:
        parent.value[parent.key] = value
    parent.key = None


def _check_tag(event: yaml.CollectionStartEvent, where: Where) -> None:
    kind = yaml.MappingNode if isinstance(event, yaml.MappingStartEvent) else yaml.SequenceNode
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolver.resolve(kind, None, event.implicit)
    if tag not in _PLAIN_TAGS:
        raise YamlSyntaxError(
            f'YAML tag "{tag}" is not allowed',
            where,
            "remove the tag: only plain keys, lists and text are read",
        )


def _scalar(event: yaml.ScalarEvent, where: Where) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STR:  # most values: text needs no constructing
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    construct = _constructor.yaml_constructors.get(tag, _constructor.yaml_constructors[None])
    try:
        return construct(_constructor, node)
    except yaml.constructor.ConstructorError as exc:
        raise YamlSyntaxError(
            f"YAML value cannot be read: {exc.problem}",
            where,
            "remove the tag: only plain keys, lists and text are read",
        ) from None


def load_yaml(text: str, line_offset: int = 0) -> tuple[Any, Marks]:
    """Parse one YAML document safely; raise :class:`YamlSyntaxError` on bad syntax.

    ``line_offset`` shifts reported lines, for YAML embedded in a larger file
    (front matter after its opening ``---``).
    """
    marks = Marks(line_offset=line_offset)
    try:
        return _read(text, marks), marks
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
