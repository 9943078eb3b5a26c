"""Render a build tree with an engine: MkDocs, ProperDocs or Zensical, each in its own process.

`trusthub build --engine …` checks the content, writes the build tree
(:mod:`trusthub.build.tree`) and runs the engine on it. The site is written beside
the target and swapped in only when the engine succeeded, so a failed build never
clobbers the last good site.

`trusthub serve --engine …` writes the tree once and runs the engine's own preview
server on it (with live reload); whenever a source file changes it checks the
content and rewrites the tree, which touches only the files that changed, and the
engine shows them. Content with errors is reported and the preview keeps the last
good tree.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trusthub.adapters.search import index_site, index_tree
from trusthub.adapters.valid_theme import theme_files
from trusthub.build.admin import write_admin
from trusthub.build.atomic import BuildFailed, checked, replace_site, site_target
from trusthub.build.folder import FILES, link_all
from trusthub.build.freshness import forget, mark_built, source_stamp, source_stats, unchanged
from trusthub.content.dates import reference_date
from trusthub.content.repo import load_repo

__all__ = ["ENGINES", "BuildFailed", "build_site", "serve_site"]

log = logging.getLogger("trusthub.build")

ENGINES: dict[str, list[str]] = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean"],
    "properdocs": [sys.executable, "-m", "properdocs", "build", "--quiet", "--clean"],
    "zensical": [sys.executable, "-m", "zensical", "build", "--clean"],
}
"""How each engine builds ``mkdocs.yml`` in the current folder into ``site/``."""
LINKS = {"mkdocs": "url", "properdocs": "url", "zensical": "source"}
"""How each engine reads links in a page's HTML (see :func:`trusthub.build.tree.write_tree`)."""
LEFTOVERS = {"zensical": ("search.json",)}
"""Files an engine writes that the site does not use: Zensical writes its whole search index
(a copy of every page's text) even with its search turned off."""
SERVERS: dict[str, list[str]] = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "serve", "--dirty"],
    "properdocs": [sys.executable, "-m", "properdocs", "serve", "--dirty"],
    "zensical": [sys.executable, "-m", "zensical", "serve"],
}
"""How each engine previews ``mkdocs.yml`` in the current folder (``--dev-addr`` follows)."""


def build_site(
    root: Path,
    engine: str = "mkdocs",
    audience: str = "public",
    site_dir: Path | None = None,
    strict: bool = False,
) -> Path:
    """Build the site for ``audience`` with ``engine`` into ``site_dir``; return its path."""
    root = root.resolve()
    target = site_target(root, audience, site_dir)
    cache = root / ".cache" / "trusthub"
    tree = cache / f"tree-{audience}-{engine}"
    stamp = source_stamp(root, audience, reference_date(), strict)
    warnings = unchanged(tree, stamp)
    pending = repo = None
    if warnings is None:  # something changed: check the content and write the tree again
        from trusthub.build.tree import write_tree
        from trusthub.site.plan import plan_site

        forget(tree)
        repo, report = checked(root, strict)
        pending = write_tree(
            repo,
            plan_site(repo, audience),
            tree,
            audience,
            cache,
            links=LINKS[engine],
            theme_files=theme_files(engine),
        )
        warnings = [str(d) for d in report.warnings]
    for warning in warnings:  # as the plugin logs them (an unchanged tree's saved ones too)
        log.warning(warning)
    built = tree / "site"
    try:  # the engine and the search index are made while the graphics are still drawing
        result = subprocess.run(
            [*ENGINES[engine], "--config-file", "mkdocs.yml"],
            cwd=tree,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not (built / "index.html").is_file():
            output = (result.stderr or result.stdout).strip()
            raise BuildFailed(
                f"{engine} could not build the site:\n{output}\nThe site was not changed."
            )
        for name in LEFTOVERS.get(engine, ()):
            (built / name).unlink(missing_ok=True)
        index_site(built)  # before the graphics are linked in: Pagefind reads only the pages
    finally:  # whatever happened, let the drawing finish: its files are cached for next time
        if pending is not None:
            drawn = pending.finish().warnings  # e.g. text cut short on a rocket
            for warning in drawn:
                log.warning(warning)
            warnings += drawn
    mark_built(tree, stamp, warnings)
    link_all(tree / FILES, built)
    if audience == "staff":  # the web editor, for staff only: never in the public site
        write_admin(repo if repo is not None else load_repo(root)[0], built)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    staging.rmdir()
    shutil.move(str(built), staging)
    replace_site(staging, target)
    return target


def serve_site(
    root: Path,
    engine: str = "mkdocs",
    audience: str = "public",
    dev_addr: str = "127.0.0.1:8000",
    schools: tuple[str, ...] = (),
    poll: float = 0.3,
) -> None:
    """Preview the site with ``engine`` until interrupted; with ``schools``, only their
    sections and the trust's pages."""
    root = root.resolve()
    cache = root / ".cache" / "trusthub"
    tree = cache / f"serve-{audience}-{engine}"

    from trusthub.build.tree import write_tree
    from trusthub.site.plan import plan_site

    def refresh() -> None:
        repo, _ = checked(root, strict=False)
        plan = plan_site(repo, audience, set(schools) or None)
        written = write_tree(
            repo,
            plan,
            tree,
            audience,
            cache,
            files_in_docs=True,
            links=LINKS[engine],
            theme_files=theme_files(engine),
        ).finish()
        for warning in written.warnings:
            log.warning(warning)
        index_tree(tree)  # search works in the preview too

    refresh()
    seen = source_stats(root)
    server = subprocess.Popen(
        [*SERVERS[engine], "--config-file", "mkdocs.yml", "--dev-addr", dev_addr], cwd=tree
    )
    try:
        while server.poll() is None:
            time.sleep(poll)
            now = source_stats(root)
            if now == seen:
                continue
            seen = now
            try:
                refresh()
            except BuildFailed as exc:
                log.error("%s", exc)
    finally:
        server.terminate()
        server.wait(timeout=30)
