"""Write the site as a plain MkDocs docs tree: every page as Markdown, blocks pre-rendered.

The result builds with plain Material for MkDocs (or a successor that reads
mkdocs.yml but runs no plugins), and is what the benchmark compares against.
"""

from __future__ import annotations

from pathlib import Path

from trusthub.content.repo import Repo
from trusthub.site.assets import site_assets
from trusthub.site.blocks import BlockContext, expand_blocks
from trusthub.site.plan import SitePlan
from trusthub.site.urls import page_url


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
