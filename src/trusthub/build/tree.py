"""The whole site as one build tree that any engine renders: MkDocs, ProperDocs or Zensical.

    <tree>/mkdocs.yml     navigation, theme, extensions (no trusthub plugin, no hooks)
    <tree>/docs/…         every page, its body already HTML; every asset and graphic
    <tree>/theme/…        trusthub's theme templates, with the site's overrides on top

Pages are rendered here, not by the engine: Markdown with the site's extensions, the
blocks expanded, the glossary applied, and school pages sanitised — so every engine
publishes the same bodies, and none needs a plugin or a hook (Zensical runs neither).
Each page's front matter holds what the theme reads (``th``, see
:mod:`trusthub.site.themedata`). Every text value in the front matter and the
navigation is escaped once here, for engines that render templates without
autoescaping (Zensical, and MkDocs without the plugin).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import yaml

from ..check import reference_date
from ..generate.cache import Cache
from ..generate.pipeline import Generation, publish
from ..repo import Repo
from ..sanitise import sanitise_html
from ..site.assets import SCRIPT, STYLESHEET, site_assets
from ..site.blocks import BlockContext
from ..site.compact import first_abbreviations_only
from ..site.export import expand_blocks
from ..site.glossary import abbreviations
from ..site.media import find_photos, rewrite_images, share_pages
from ..site.plan import SitePlan
from ..site.text import as_text, text_titles
from ..site.themedata import THEME_DIR, theme_data
from ..site.urls import page_url
from ..sources import split_front_matter

LEFT_OUT = ("plugins", "hooks", "docs_dir", "site_dir", "nav")
"""Keys of the trust's mkdocs.yml the tree sets itself."""


@dataclass(frozen=True)
class Tree:
    root: Path
    pages: int
    warnings: list[str]


def write_tree(repo: Repo, plan: SitePlan, out: Path, audience: str, cache_dir: Path) -> Tree:
    """Write the build tree of ``plan`` into ``out`` (emptied first)."""
    shutil.rmtree(out, ignore_errors=True)
    docs = out / "docs"
    docs.mkdir(parents=True)
    generation = Generation(
        repo,
        list(plan.sections),
        Cache(cache_dir),
        pages=share_pages(plan),
        photos=find_photos(repo, plan),
    ).start()
    config = _site_config(repo)
    extensions, configs = _extensions(config, repo)
    context = BlockContext(repo, plan, today=reference_date(), assets=generation.outputs.names)
    names = generation.outputs.names
    md = markdown.Markdown(extensions=extensions, extension_configs=configs)
    for src_uri, page in plan.pages.items():
        text = page.markdown if page.markdown is not None else _read(page.source)
        meta_text, body, _ = split_front_matter(text)
        meta = (yaml.safe_load(meta_text) if meta_text else None) or {}
        context.page_url = page_url(src_uri)
        body = rewrite_images(expand_blocks(body, context), src_uri, generation.renamed)
        html = first_abbreviations_only(md.reset().convert(body))
        if page.untrusted:
            html = sanitise_html(html)
        meta.setdefault("title", page.title)
        meta["th"] = theme_data(repo, plan, names, src_uri, audience)
        front = yaml.safe_dump(
            _plain(as_text(meta)), allow_unicode=True, sort_keys=False, width=1_000_000
        )
        target = docs / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            f'---\n{front}---\n\n<div class="th-page">\n{html}\n</div>\n', encoding="utf-8"
        )
    for path, content in site_assets(repo, plan, audience, config.get("site_url")).items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    _write_theme(repo.root / "overrides", out / "theme")
    _write_config(config, plan, out / "mkdocs.yml")
    outputs = generation.finish()
    publish(outputs.files, docs)
    return Tree(out, len(plan.pages), list(outputs.warnings))


def _read(source: Path | None) -> str:
    return source.read_text(encoding="utf-8") if source else ""


def _plain(value: Any) -> Any:
    """``value`` with Markup turned back into plain ``str`` for the YAML emitter."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


def _site_config(repo: Repo) -> dict[str, Any]:
    path = repo.root / "mkdocs.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {} if path.is_file() else {}


def _extensions(config: dict[str, Any], repo: Repo) -> tuple[list[str], dict[str, Any]]:
    """The site's Markdown extensions (as in its mkdocs.yml) and their settings."""
    names: list[str] = []
    configs: dict[str, Any] = {}
    for entry in config.get("markdown_extensions") or []:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = dict(settings or {})
    if repo.language is not None:
        if "abbr" not in names:
            names.append("abbr")
        configs.setdefault("abbr", {})["glossary"] = abbreviations(repo.language)
    for name in ("md_in_html", "attr_list"):
        if name not in names:
            names.append(name)
    return names, configs


def _write_theme(overrides: Path, out: Path) -> None:
    shutil.copytree(THEME_DIR, out)
    if overrides.is_dir():
        shutil.copytree(overrides, out, dirs_exist_ok=True)


def _write_config(config: dict[str, Any], plan: SitePlan, path: Path) -> None:
    tree = {key: value for key, value in config.items() if key not in LEFT_OUT}
    theme = dict(tree.get("theme") or {"name": "material"})
    theme["custom_dir"] = "theme"
    theme["font"] = False
    tree["theme"] = theme
    tree["docs_dir"] = "docs"
    tree["nav"] = _plain(text_titles(plan.nav))
    tree["plugins"] = [{"search": {"lang": "en"}}]
    tree["extra_css"] = [*(tree.get("extra_css") or []), STYLESHEET]
    tree["extra_javascript"] = [*(tree.get("extra_javascript") or []), SCRIPT]
    tree["markdown_extensions"] = ["md_in_html", "attr_list"]
    tree["validation"] = {"nav": {"omitted_files": "info"}}
    path.write_text(
        yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=1_000_000),
        encoding="utf-8",
    )
