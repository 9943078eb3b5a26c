"""Reading files from the repository: size limits, UTF-8, YAML and front matter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import Report
from .yamlmarks import Marks, YamlSyntaxError, load_yaml

MAX_TEXT_BYTES = 1_000_000
"""YAML and Markdown files larger than this are refused (1 MB)."""


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
    return YamlFile(relative(path, root), data, marks)


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


def read_markdown(path: Path, root: Path, report: Report) -> MarkdownFile | None:
    text = read_text(path, root, report)
    if text is None:
        return None
    shown = relative(path, root)
    front, body, body_line = split_front_matter(text)
    meta: Any = {}
    marks = Marks(line_offset=1)
    if front is not None:
        try:
            meta, marks = load_yaml(front, line_offset=1)
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
    return MarkdownFile(shown, str(path), meta, marks, body, body_line)
