"""Reading Markdown for governance rules: hide code, find links, turn offsets into lines.

Masking replaces characters with :data:`MASK` (never whitespace, so a phrase
cannot match across hidden text) and keeps every newline, so an offset in the
masked text is an offset in the original and line numbers stay right.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

MASK = "\x00"

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
"""A code fence, also when indented inside a list item (pymdownx.superfences)."""
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)

LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\((?P<target><[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?P<title>\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
"""An inline link or image: ``[text](target "title")`` / ``![alt](target)``."""
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_URL = re.compile(
    r"<(?:https?|ftp|mailto|tel):[^<>\s]*>|\b(?:https?|ftp)://[^\s<>()\[\]]+"
    r"|\bwww\.[^\s<>()\[\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_ATTRIBUTE = re.compile(
    r"""\b(?:href|src|srcset|id|class|style|data-[\w-]+)\s*=\s*"""
    r"""(?:"[^"]*"|'[^']*'|[^\s>]+)""",
    re.I,
)
_ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*[#.][^{}\n]*\}")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", MASK, match.group())


def mask_code(body: str) -> str:
    """``body`` with fenced code, inline code and HTML comments hidden."""
    if "`" not in body and "~~~" not in body and "<!--" not in body:
        return body
    lines = body.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None:
            if match and not (match.group(1)[0] == "`" and "`" in line[match.end() :]):
                fence = match.group(1)
                lines[i] = MASK * len(line)
        else:
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and not line[match.end() :].strip()
            ):
                fence = None
            lines[i] = MASK * len(line)
    text = "\n".join(lines)
    if "`" in text:
        text = _INLINE_CODE.sub(_blank, text)
    if "<!--" in text:
        text = _COMMENT.sub(_blank, text)
    return text


def mask_for_prose(body: str) -> str:
    """Only the words people read: code, URLs, link targets and HTML attributes hidden.

    Link text and image alt text stay, since readers see (or hear) them.
    """
    text = mask_code(body)
    if "](" in text:
        text = LINK.sub(_blank_target, text)
    if "]:" in text:
        text = _REFERENCE_DEFINITION.sub(_blank, text)
    if "://" in text or "www." in text or "@" in text or "<" in text:
        text = _URL.sub(_blank, text)
    if "=" in text:
        text = _ATTRIBUTE.sub(_blank, text)
    if "{" in text:
        text = _ATTRIBUTE_LIST.sub(_blank, text)
    return text


def _blank_target(match: re.Match[str]) -> str:
    start = match.start("text") - match.start() + len(match.group("text")) + 1
    whole = match.group()
    return whole[:start] + re.sub(r"[^\n]", MASK, whole[start:])


@dataclass(frozen=True)
class Link:
    """A link or image written in Markdown or HTML."""

    target: str
    offset: int
    """Where the target starts in the text."""
    image: bool
    alt: str | None
    """Alt text of an image (None for links, and for <img> without alt)."""
    html: bool = False
    """Written as an HTML tag rather than in Markdown."""


_HTML_IMG = re.compile(r"<img\b[^>]*>", re.I)
_HTML_ATTR = re.compile(r"""\b([\w-]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")


def links(masked: str) -> list[Link]:
    """Every Markdown link and image, and every HTML image, in ``masked`` (code hidden)."""
    found: list[Link] = []
    if "](" in masked:
        for match in LINK.finditer(masked):
            target = match.group("target")
            offset = match.start("target")
            if target.startswith("<"):
                target, offset = target[1:-1], offset + 1
            image = bool(match.group("bang"))
            found.append(Link(target, offset, image, match.group("text") if image else None))
    if "<img" in masked.lower():
        for match in _HTML_IMG.finditer(masked):
            attributes = _attributes(match.group())
            src, src_offset = attributes.get("src", ("", 0))
            alt = attributes["alt"][0] if "alt" in attributes else None
            found.append(Link(src, match.start() + src_offset, True, alt, html=True))
    found.sort(key=lambda link: link.offset)
    return found


def _attributes(tag: str) -> dict[str, tuple[str, int]]:
    """Attribute name → (value, offset of the value in ``tag``)."""
    result: dict[str, tuple[str, int]] = {}
    for match in _HTML_ATTR.finditer(tag, 4):
        raw, start = match.group(2), match.start(2)
        if raw is None:
            result[match.group(1).lower()] = ("", match.start(1))
        elif raw[0] in "\"'":
            result[match.group(1).lower()] = (raw[1:-1], start + 1)
        else:
            result[match.group(1).lower()] = (raw, start)
    return result


class Locator:
    """Turns an offset in a text into a (line, column) in its file, both 1-based."""

    def __init__(self, text: str, first_line: int = 1, first_col: int = 1) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._first_line, self._first_col = first_line, first_col

    def __call__(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        col = offset - self._starts[index] + 1
        if index == 0:
            col += self._first_col - 1
        return self._first_line + index, col


HEADING_EXTENSIONS = (
    "toc",
    "attr_list",
    "md_in_html",
    "admonition",
    "fenced_code",
    "tables",
    "def_list",
)
"""Extensions that decide which lines are headings and what their ids are (``{#id}``):
Python-Markdown's own, which load in milliseconds (code fences hide headings as
pymdownx.superfences does)."""


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _OnlyHeadings(Treeprocessor):
    """Drop what cannot hold a heading or an id before the inline work: the text of
    paragraphs, lists and tables is the slow part of reading a page, and only the
    headings' ids are wanted. An element that might set an id (``{#id}`` or ``{: …}``)
    stays, since ``toc`` numbers a heading whose id is taken already."""

    def run(self, root: Element) -> None:
        self._prune(root)

    def _prune(self, parent: Element) -> bool:
        """Prune ``parent``'s children; True if ``parent`` holds a heading or an id."""
        keep = False
        for child in list(parent):
            if child.tag in _HEADINGS or self._prune(child) or "{" in "".join(child.itertext()):
                keep = True
            else:
                parent.remove(child)
        return keep


class _HeadingsOnly(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_OnlyHeadings(md), "trusthub-only-headings", 25)


@cache
def _heading_reader() -> markdown.Markdown:
    """One Markdown reader for every page (its extensions load once)."""
    return markdown.Markdown(extensions=[*HEADING_EXTENSIONS, _HeadingsOnly()])


@lru_cache(maxsize=1024)
def heading_ids(body: str) -> dict[str, str]:
    """Each heading's id in the Markdown ``body`` → its text, in page order.

    Ids are the ones the site gives (Python-Markdown's ``toc``: ``## Equality objectives``
    becomes ``equality-objectives``, a repeated heading ``…_1``, ``{#id}`` its own), so
    that a link to ``page.md#id`` can be checked before the site is built.
    """
    md = _heading_reader().reset()
    md.convert(body)
    found: dict[str, str] = {}

    def walk(tokens: list[dict[str, Any]]) -> None:
        for token in tokens:
            found[token["id"]] = html.unescape(token["name"])
            walk(token["children"])

    walk(md.toc_tokens)  # type: ignore[attr-defined]
    return found
