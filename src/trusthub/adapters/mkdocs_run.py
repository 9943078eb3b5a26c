"""Run MkDocs with the trusthub plugin: what `mkdocs build` users get, from Python.

A build writes into a temporary folder beside the target and swaps it into
place only when it has succeeded, so a failed build never clobbers the last
good site.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError, PluginError

from trusthub.build.atomic import BuildFailed, checked, replace_site, site_target

__all__ = ["BuildFailed", "run_build"]


def _config(root: Path, audience: str, strict: bool, **overrides: object):  # type: ignore[no-untyped-def]
    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        raise BuildFailed(f"{config_file}: not found (run trusthub in the trust's repository)")
    config = load_config(str(config_file), **overrides)
    plugin = config.plugins.get("trusthub")
    if plugin is None:
        raise BuildFailed(f"{config_file}: add `- trusthub` under plugins:")
    plugin.config.audience = audience
    plugin.config.strict = strict
    return config


def run_build(
    root: Path, audience: str = "public", site_dir: Path | None = None, strict: bool = False
) -> Path:
    """Build the site for ``audience`` into ``site_dir`` atomically; return its path."""
    root = root.resolve()
    repo, report = checked(root, strict)
    target = site_target(root, audience, site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        config = _config(root, audience, strict, site_dir=str(staging))
        config.plugins["trusthub"].checked = (repo, report)
        mkdocs_build(config)
    except (Abort, BuildError, ConfigurationError, PluginError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(f"{exc}\nThe site was not changed.") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    replace_site(staging, target)
    return target
