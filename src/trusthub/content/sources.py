"""Reading files from the repository: size limits, UTF-8, YAML and front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trusthub.content.diagnostics import Report
from trusthub.content.yamlmarks import Marks, YamlSyntaxError, load_yaml

MAX_TEXT_BYTES = 1_000_000
"""YAML and Markdown files larger than this are refused (1 MB)."""
MAX_PAGE_BYTES = 200_000
"""A Markdown page longer than this is refused (200 KB: a long policy is about 50 KB)."""
MAX_NESTING = 8
"""Deepest nesting of lists or quotes a Markdown page may use."""
_NESTED = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d+[.)])[ \t]|^(?P<quotes>(?:[ \t]*>){2,})")


@dataclass(frozen=True)
class YamlFile:
    path: str
    data: Any
    marks: Marks


@dataclass(frozen=True)
class MarkdownFile:
    """A Markdown page split into front matter (with marks) and body."""

    path: str
    abs_path: str
    meta: dict[str, Any]
    marks: Marks
    body: str
    body_line: int
    """Line number (1-based) of the body's first line in the file."""


def relative(path: Path, root: Path) -> str:
    """``path`` as people see it in error messages: relative to the repo, with slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path, root: Path, report: Report) -> str | None:
    """The file's text, or ``None`` after reporting why it cannot be used."""
    shown = relative(path, root)
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            report.add(
                shown,
                (1, 1),
                f"file is too large ({size // 1000} KB)",
                f"keep text files under {MAX_TEXT_BYTES // 1_000_000} MB; split it up",
            )
            return None
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        report.add(
            shown,
            (1, 1),
            f"file is not UTF-8 text (byte {exc.start})",
            "save it as UTF-8 in your editor",
        )
    except OSError as exc:
        report.add(shown, (1, 1), f"cannot read file: {exc.strerror}", "")
    return None


def read_yaml(path: Path, root: Path, report: Report) -> YamlFile | None:
    text = read_text(path, root, report)
    if text is None:
        return None
    try:
        data, marks = load_yaml(text)
    except YamlSyntaxError as exc:
        report.add(relative(path, root), exc.where, exc.message, exc.hint)
        return None
    _report_duplicates(relative(path, root), marks, report)
    return YamlFile(relative(path, root), data, marks)


def _report_duplicates(shown: str, marks: Marks, report: Report) -> None:
    for where, message in marks.duplicates:
        report.add(shown, where, message, "write each key once; merge the two into one")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, line of body) for a Markdown text."""
    if not text.startswith("---"):
        return None, text, 1
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return None, text, 1


def _too_deep(body: str, body_line: int) -> tuple[tuple[int, int], str] | None:
    """Where ``body`` nests lists or quotes too deeply (which can stall Markdown), if it does."""
    for number, line in enumerate(body.split("\n"), body_line):
        match = _NESTED.match(line)
        if match is None:
            continue
        if match["quotes"]:
            depth = match["quotes"].count(">")
        else:
            depth = len(match["indent"].expandtabs(4)) // 4 + 1
        if depth > MAX_NESTING:
            return (number, 1), "quotes" if match["quotes"] else "lists"
    return None


def read_markdown(path: Path, root: Path, report: Report) -> MarkdownFile | None:
    text = read_text(path, root, report)
    if text is None:
        return None
    shown = relative(path, root)
    if len(text.encode("utf-8")) > MAX_PAGE_BYTES:
        report.add(
            shown,
            (1, 1),
            f"page is too long ({len(text.encode('utf-8')) // 1000} KB)",
            f"keep a page under {MAX_PAGE_BYTES // 1000} KB; split it into several pages",
        )
        return None
    front, body, body_line = split_front_matter(text)
    meta: Any = {}
    marks = Marks(line_offset=1)
    if front is not None:
        try:
            meta, marks = load_yaml(front, line_offset=1)
            _report_duplicates(shown, marks, report)
        except YamlSyntaxError as exc:
            report.add(shown, exc.where, exc.message, exc.hint)
            meta = {}
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        report.add(
            shown, (2, 1), "front matter must be keys and values", 'like "title: Our curriculum"'
        )
        meta = {}
    deep = _too_deep(body, body_line)
    if deep is not None:
        where, what = deep
        report.add(
            shown,
            where,
            f"{what} are nested more than {MAX_NESTING} deep",
            "readers lose track after two or three levels; flatten the structure",
        )
        return None
    return MarkdownFile(shown, str(path), meta, marks, body, body_line)
