"""The whole site as one build tree that any engine renders: MkDocs, ProperDocs or Zensical.

    <tree>/mkdocs.yml     navigation, theme, extensions (no trusthub plugin, no hooks)
    <tree>/docs/…         every page, its body already HTML; every asset and graphic
    <tree>/theme/…        trusthub's theme templates, with the site's overrides on top

Pages are rendered here, not by the engine: Markdown with the site's extensions, the
blocks expanded, the glossary applied, and school pages sanitised — so every engine
publishes the same bodies, and none needs a plugin or a hook (Zensical runs neither).
Each page's front matter holds its own theme data (``th``) and ``mkdocs.yml`` every
section's, under ``extra.th`` (see :mod:`trusthub.site.themedata`). A page whose
source and whose site-wide inputs are unchanged is not rendered again: its body
comes from the page cache (:mod:`trusthub.build.pagecache`). Every text value in the
front matter, the theme data and the navigation is escaped once here, for engines that
render templates without autoescaping (Zensical, and MkDocs without the plugin).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import yaml

try:  # libyaml, when PyYAML was built with it: the same YAML, many times faster
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]

from trusthub.build.folder import FILES, Folder
from trusthub.build.generate.cache import Cache
from trusthub.build.generate.pipeline import Generation
from trusthub.build.pagecache import PageCache, site_fingerprint
from trusthub.content.dates import reference_date
from trusthub.content.repo import Repo
from trusthub.content.sources import split_front_matter
from trusthub.site.assets import SCRIPT, STYLESHEET, site_assets
from trusthub.site.blocks import BlockContext, expand_blocks
from trusthub.site.compact import first_abbreviations_only
from trusthub.site.markdown import add_site_extensions
from trusthub.site.media import (
    find_documents,
    find_photos,
    responsive_images,
    rewrite_images,
    share_pages,
)
from trusthub.site.plan import SitePage, SitePlan
from trusthub.site.sanitise import sanitise_html
from trusthub.site.text import as_text, text_titles
from trusthub.site.themedata import THEME_DIR, page_theme, site_theme
from trusthub.site.urls import links_from_url, page_url, source_dir

LEFT_OUT = ("plugins", "hooks", "docs_dir", "site_dir", "nav")
"""Keys of the trust's mkdocs.yml the tree sets itself."""


@dataclass(frozen=True)
class Tree:
    root: Path
    pages: int
    warnings: list[str]


class PendingTree:
    """A build tree whose pages and configuration are written while its graphics are still
    drawing: an engine can build it meanwhile, as it never reads ``files/``.
    :meth:`finish` waits for the drawing and links the files in."""

    def __init__(
        self, root: Path, pages: int, folder: Folder, generation: Generation, in_docs: bool
    ) -> None:
        self.root, self.pages = root, pages
        self._folder, self._generation = folder, generation
        self._places = [FILES, "docs"] if in_docs else [FILES]
        folder.expect(
            f"{place}/{path}" for place in self._places for path in generation.outputs.files
        )
        folder.prune()

    def finish(self) -> Tree:
        outputs = self._generation.finish()
        for path, source in outputs.files.items():
            for place in self._places:
                self._folder.link(f"{place}/{path}", source)
        self._folder.close()
        return Tree(self.root, self.pages, list(outputs.warnings))


def write_tree(
    repo: Repo,
    plan: SitePlan,
    out: Path,
    audience: str,
    cache_dir: Path,
    files_in_docs: bool = False,
    links: str = "url",
    theme_files: dict[str, str] | None = None,
) -> PendingTree:
    """Write the build tree of ``plan`` into ``out``, touching only what changed.

    When this returns, the pages, assets, theme and ``mkdocs.yml`` are written and what
    the build no longer makes is removed, while the graphics are still drawing: an engine
    can build the tree meanwhile, and :meth:`PendingTree.finish` waits for the drawing.
    Generated graphics and downloads go to ``files/``, which the runner links into
    the built site after the engine, so that no engine copies thousands of images
    (:func:`trusthub.adapters.engines.build_site`); with ``files_in_docs`` they go into
    ``docs/`` too, for an engine's own preview server. ``links`` says how the engine reads
    links in a page's HTML: from the page's URL (MkDocs, ProperDocs: "url") or, like
    Markdown links, from its source file (Zensical: "source"). ``theme_files`` are
    templates the engine's runner adds to the theme (see
    :mod:`trusthub.adapters.valid_theme`).
    """
    folder = Folder(out)
    generation = Generation(
        repo,
        list(plan.sections),
        Cache(cache_dir),
        pages=share_pages(repo, plan),
        photos=find_photos(repo, plan),
        documents=find_documents(repo, plan),
    ).start()
    config = _site_config(repo)
    extensions, configs = _extensions(config, repo)
    context = BlockContext(
        repo,
        plan,
        today=reference_date(),
        assets=generation.outputs.names,
        sizes=generation.outputs.sizes,
        photos=generation.outputs.photos,
    )
    names = generation.outputs.names
    md = markdown.Markdown(extensions=extensions, extension_configs=configs)
    bodies = PageCache.load(
        cache_dir / f"pages-{audience}-{links}.json",
        site_fingerprint(
            repo,
            plan,
            names,
            generation.renamed,
            [audience, links, context.today, configs, context.sizes, context.photos],
        ),
    )
    for src_uri, page in plan.pages.items():
        text = page.markdown if page.markdown is not None else _read(page.source)
        written = bodies.get(src_uri, text)
        if written is None:
            context.page_url = page_url(src_uri)
            context.link_base = source_dir(src_uri)
            written = _page(page, text, md, context, generation.renamed, names, links)
            bodies.put(src_uri, text, written)
        folder.write(f"docs/{src_uri}", written)
    for path, content in site_assets(repo, plan, audience, config.get("site_url")).items():
        folder.write(f"docs/{path}", content)
    bodies.save()
    for name, text in (theme_files or {}).items():
        folder.write(f"theme/{name}", text)
    folder.copy_trees([THEME_DIR, repo.root / "overrides"], "theme")
    extra = site_theme(repo, plan, names, audience, context.today)
    folder.write("mkdocs.yml", _config(config, plan, extra))
    return PendingTree(out, len(plan.pages), folder, generation, files_in_docs)


def _page(
    page: SitePage,
    text: str,
    md: markdown.Markdown,
    context: BlockContext,
    renamed: dict[str, str],
    names: dict[str, str],
    links: str,
) -> str:
    """The page as the engine reads it: its front matter, then its body as HTML, with
    links relative to its URL (``links="url"``) or to its source file (``"source"``)."""
    meta_text, body, _ = split_front_matter(text)
    meta = (yaml.load(meta_text, Loader=SafeLoader) if meta_text else None) or {}
    body = rewrite_images(expand_blocks(body, context), page.src_uri, renamed)
    html = first_abbreviations_only(md.reset().convert(body))
    if page.untrusted:
        html = sanitise_html(html)
    if links == "url":
        html = links_from_url(html, page.src_uri, context.plan.pages)
    base = page_url(page.src_uri) if links == "url" else source_dir(page.src_uri)
    html = responsive_images(html, base, context.photos)
    meta.setdefault("title", page.title)
    meta["th"] = page_theme(context.plan, names, page.src_uri)
    front = _yaml(as_text(meta))
    return f'---\n{front}---\n\n<div class="th-page">\n{html}\n</div>\n'


def _yaml(value: Any) -> str:
    return yaml.dump(
        _plain(value), Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=1_000_000
    )


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
    add_site_extensions(names, configs, repo)
    return names, configs


def _config(config: dict[str, Any], plan: SitePlan, theme_data: dict[str, Any]) -> str:
    tree = {key: value for key, value in config.items() if key not in LEFT_OUT}
    tree["extra"] = {**(tree.get("extra") or {}), "th": _plain(as_text(theme_data))}
    theme = dict(tree.get("theme") or {"name": "material"})
    theme["custom_dir"] = "theme"
    theme["font"] = False
    tree["theme"] = theme
    tree["docs_dir"] = "docs"
    tree["nav"] = _plain(text_titles(plan.nav))
    # The engines' own search is off (no page downloads its index): the runner indexes the
    # built site with Pagefind (trusthub.adapters.search).
    tree["plugins"] = [{"search": {"enabled": False}}]
    tree["extra_css"] = [*(tree.get("extra_css") or []), STYLESHEET]
    tree["extra_javascript"] = [*(tree.get("extra_javascript") or []), SCRIPT]
    tree["markdown_extensions"] = []  # bodies are HTML already
    tree["validation"] = {"nav": {"omitted_files": "info"}}
    return _yaml(tree)
