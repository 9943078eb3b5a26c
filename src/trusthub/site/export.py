"""Write the site as a plain MkDocs docs tree: every page as Markdown, blocks pre-rendered.

The result builds with plain Material for MkDocs (or a successor that reads
mkdocs.yml but runs no plugins), and is what the benchmark compares against.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..repo import Repo
from .assets import site_assets
from .blocks import BLOCKS, BlockContext, render_block
from .plan import SitePlan
from .urls import page_url

_BLOCK = re.compile(
    r"^(?P<fence>/{3,})[ \t]*(?P<name>[\w-]+)[ \t]*(?:\|[ \t]*(?P<arg>.*?))?[ \t]*\n"
    r"(?P<options>(?:    \S.*\n)*)"
    r"(?P<body>(?:(?!(?P=fence)[ \t]*$).*\n)*?)"
    r"(?P=fence)[ \t]*$",
    re.MULTILINE,
)


def expand_blocks(markdown: str, ctx: BlockContext) -> str:
    """``markdown`` with each trusthub block replaced by its HTML."""

    def replace(match: re.Match[str]) -> str:
        name = match.group("name").lower()
        if name not in BLOCKS:
            return match.group(0)
        options = (
            yaml.safe_load("\n".join(line[4:] for line in match.group("options").splitlines()))
            or {}
        )
        html = render_block(ctx, name, match.group("arg"), options)
        return f'<div class="th-block th-block--{name}" markdown="0">\n{html.strip()}\n</div>'

    return _BLOCK.sub(replace, markdown)


def write_docs_tree(repo: Repo, plan: SitePlan, out: Path) -> int:
    """Write every page and static asset of ``plan`` under ``out``; return the page count."""
    ctx = BlockContext(repo, plan)
    for src_uri, page in plan.pages.items():
        text = (
            page.markdown
            if page.markdown is not None
            else page.source.read_text(encoding="utf-8")
            if page.source
            else ""
        )
        ctx.page_url = page_url(src_uri)
        target = out / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(expand_blocks(text, ctx), encoding="utf-8")
    for path, content in site_assets(repo, plan).items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return len(plan.pages)
