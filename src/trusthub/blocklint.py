"""Check the ``/// name | argument`` blocks in Markdown pages before building.

pymdownx.blocks silently shows an unknown or invalid block as text; people
would only notice on the published page. This lint reports it with file:line.
"""

from __future__ import annotations

import re

import yaml

from .diagnostics import Report, close_match
from .repo import Page, Repo
from .site.blocks import BLOCKS, BlockError, parse_options, resolve_argument

START = re.compile(r"^(/{3,})[ \t]*([\w-]+)[ \t]*(?:\|[ \t]*(.*?))?[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")
BUILTIN = {
    "admonition",
    "details",
    "tab",
    "html",
    "caption",
    "figure-caption",
    "define",
    "note",
    "tip",
    "warning",
    "danger",
    "info",
    "success",
    "question",
    "failure",
    "bug",
    "example",
    "quote",
    "abstract",
    "attention",
    "caution",
    "error",
    "hint",
    "important",
    "seealso",
    "summary",
    "tldr",
    "todo",
    "check",
    "done",
    "fail",
    "missing",
    "help",
    "faq",
    "cite",
}


def lint_blocks(repo: Repo, report: Report) -> None:
    pages: list[Page] = [*repo.content_pages, *(p for s in repo.schools.values() for p in s.pages)]
    for page in pages:
        _lint_page(repo, page, report)


def _lint_page(repo: Repo, page: Page, report: Report) -> None:
    lines = page.source.body.split("\n")
    in_fence = False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            continue
        match = START.match(line)
        if not match:
            continue
        where = (page.source.body_line + index, 1)
        name, argument = match.group(2).lower(), match.group(3)
        if name in BUILTIN:
            continue
        spec = BLOCKS.get(name)
        if spec is None:
            hint = close_match(name, BLOCKS) or "the README lists every block"
            report.add(page.source.path, where, f'unknown block "{name}"', hint)
            continue
        options: dict[str, object] = {}
        option_lines = []
        for following in lines[index + 1 :]:
            if not following.startswith("    ") or not following.strip():
                break
            option_lines.append(following[4:])
        try:
            resolve_argument(spec, argument, repo)
        except BlockError as exc:
            report.add(page.source.path, where, f"block {name}: {exc}")
        try:
            parsed = yaml.safe_load("\n".join(option_lines)) if option_lines else {}
            options = parsed if isinstance(parsed, dict) else {}
            parse_options(spec, options)
        except (BlockError, yaml.YAMLError) as exc:
            report.add(
                page.source.path,
                where,
                f"block {name}: {exc}",
                "options go on the lines after /// name, indented by four spaces",
            )
