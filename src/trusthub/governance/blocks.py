"""Check the ``/// name | argument`` blocks in Markdown pages before building.

A block the site cannot render would otherwise show as text, or stop the build;
people would only notice on the published page. This lint reports each problem
with file:line, reading blocks as the renderer does (:func:`find_blocks`).
"""

from __future__ import annotations

from trusthub.content.blocks import BLOCKS, BlockError, find_blocks, parse_options, resolve_argument
from trusthub.content.diagnostics import Report, close_match
from trusthub.content.repo import Page, Repo

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
"""pymdownx's own blocks: not trusthub's to check."""


def lint_blocks(repo: Repo, report: Report) -> None:
    pages: list[Page] = [*repo.content_pages, *(p for s in repo.schools.values() for p in s.pages)]
    for page in pages:
        _lint_page(repo, page, report)


def _lint_page(repo: Repo, page: Page, report: Report) -> None:
    for use in find_blocks(page.source.body):
        if use.name in BUILTIN:
            continue
        where = (page.source.body_line + use.line, 1)
        spec = BLOCKS.get(use.name)
        if spec is None:
            hint = close_match(use.name, BLOCKS) or "`trusthub blocks` lists every block"
            report.add(page.source.path, where, f'unknown block "{use.name}"', hint)
            continue
        if use.end is None:
            report.add(
                page.source.path,
                where,
                f"block {use.name} is never closed",
                "end it with a line of the same slashes, e.g. ///",
            )
        try:
            resolve_argument(spec, use.argument, repo)
        except BlockError as exc:
            report.add(page.source.path, where, f"block {use.name}: {exc}")
        try:
            parse_options(spec, use.parsed_options())
        except BlockError as exc:
            report.add(
                page.source.path,
                where,
                f"block {use.name}: {exc}",
                "options go on the lines after /// name, indented by four spaces",
            )
