"""Render a build tree with an engine: MkDocs, ProperDocs or Zensical, each in its own process.

`trusthub build --engine …` checks the content, writes the build tree
(:mod:`trusthub.build.tree`) and runs the engine on it. The site is written beside
the target and swapped in only when the engine succeeded, so a failed build never
clobbers the last good site.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..site.plan import plan_site
from .atomic import BuildFailed, checked, replace_site, site_target
from .folder import link_all
from .tree import FILES, write_tree

__all__ = ["ENGINES", "BuildFailed", "build_site"]

log = logging.getLogger("trusthub.build")

ENGINES: dict[str, list[str]] = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean"],
    "properdocs": [sys.executable, "-m", "properdocs", "build", "--quiet", "--clean"],
    "zensical": [sys.executable, "-m", "zensical", "build", "--clean"],
}
"""How each engine builds ``mkdocs.yml`` in the current folder into ``site/``."""


def build_site(
    root: Path,
    engine: str = "mkdocs",
    audience: str = "public",
    site_dir: Path | None = None,
    strict: bool = False,
) -> Path:
    """Build the site for ``audience`` with ``engine`` into ``site_dir``; return its path."""
    root = root.resolve()
    repo, _ = checked(root, strict)
    target = site_target(root, audience, site_dir)
    cache = root / ".cache" / "trusthub"
    tree = write_tree(repo, plan_site(repo, audience), cache / f"tree-{audience}", audience, cache)
    for warning in tree.warnings:  # as the plugin logs them: e.g. text abbreviated on a rocket
        log.warning(warning)
    built = tree.root / "site"
    result = subprocess.run(
        [*ENGINES[engine], "--config-file", "mkdocs.yml"],
        cwd=tree.root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (built / "index.html").is_file():
        output = (result.stderr or result.stdout).strip()
        raise BuildFailed(
            f"{engine} could not build the site:\n{output}\nThe site was not changed."
        )
    link_all(tree.root / FILES, built)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    staging.rmdir()
    shutil.move(str(built), staging)
    replace_site(staging, target)
    return target
