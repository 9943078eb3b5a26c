"""The MkDocs adapter: translates MkDocs events into calls of the trusthub core.

Nothing here decides what the site contains; :mod:`trusthub.site` does. This
module only hands the core's pages, navigation and files to MkDocs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from trusthub.adapters.search import index_site
from trusthub.adapters.valid_theme import theme_files
from trusthub.build.admin import write_admin
from trusthub.build.atomic import BuildFailed
from trusthub.build.generate.cache import Cache
from trusthub.build.generate.pipeline import Generation, publish
from trusthub.content.dates import reference_date
from trusthub.content.diagnostics import Report
from trusthub.governance.check import check_repo
from trusthub.graphics.render import RenderError
from trusthub.site.assets import SCRIPT, STYLESHEET, site_assets
from trusthub.site.blocks import BlockContext, BlockError, expand_blocks
from trusthub.site.compact import compact_html, first_abbreviations_only
from trusthub.site.markdown import add_site_extensions
from trusthub.site.media import (
    find_documents,
    find_photos,
    responsive_images,
    rewrite_images,
    share_pages,
)
from trusthub.site.plan import SitePlan, plan_site
from trusthub.site.sanitise import sanitise_html
from trusthub.site.text import as_text, front_matter_text, text_titles
from trusthub.site.themedata import THEME_DIR, page_theme, site_theme

log = logging.getLogger("mkdocs.plugins.trusthub")


def _valid_theme(cache: Path) -> Path:
    """A folder with Material's templates mended (see :mod:`.valid_theme`)."""
    folder = cache / "theme-material"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in theme_files("mkdocs").items():
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return folder


class TrustHubConfig(Config):
    audience = c.Choice(("public", "staff"), default="public")
    """public leaves out everything marked audience: staff; staff includes it."""
    strict = c.Type(bool, default=False)
    """Treat content warnings as errors."""
    cache_dir = c.Type(str, default="")
    """Where generated graphics are kept between builds (default: .cache/trusthub)."""


class TrustHubPlugin(BasePlugin[TrustHubConfig]):
    supports_multiple_instances = False

    @event_priority(100)  # first: the theme's templates (and translations) before search reads them
    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).parent
        checked, self.checked = getattr(self, "checked", None), None
        repo, report = (
            checked if checked and checked[0].root == root.resolve() else check_repo(root)
        )
        _log_report(report, self.config.strict)
        self.repo = repo
        self.plan: SitePlan = plan_site(repo, self.config.audience)
        cache = Cache(
            Path(self.config.cache_dir) if self.config.cache_dir else root / ".cache" / "trusthub"
        )
        self.generation = Generation(
            repo,
            list(self.plan.sections),
            cache,
            pages=share_pages(repo, self.plan),
            photos=find_photos(repo, self.plan),
            documents=find_documents(repo, self.plan),
        ).start()
        self.context = BlockContext(
            repo,
            self.plan,
            today=reference_date(),
            assets=self.generation.outputs.names,
            sizes=self.generation.outputs.sizes,
            photos=self.generation.outputs.photos,
        )
        add_site_extensions(config.markdown_extensions, config.mdx_configs, repo)
        first = 1 if config.theme.custom_dir else 0
        config.theme.dirs.insert(first, str(THEME_DIR))
        config.theme.dirs.insert(first + 1, str(_valid_theme(cache.root)))
        config.theme["font"] = False
        config.extra_css.append(STYLESHEET)
        config.extra_javascript.append(SCRIPT)
        config.nav = text_titles(self.plan.nav)
        config.extra["th"] = as_text(
            site_theme(repo, self.plan, self.generation.outputs.names, self.config.audience)
        )
        config.validation.nav.omitted_files = logging.DEBUG
        _drop_engine_search(config.plugins)
        self.watch = [root / "brand", root / "schools"]
        return config

    def on_files(self, files: Files, config: Any) -> Files:
        for file in list(files):
            page = self.plan.pages.get(file.src_uri)
            if file.is_documentation_page() and (page is None or page.markdown is not None):
                # A page this audience must not see, or one the core makes from this file
                # (a news story in content/news/): the core's page is added below.
                files.remove(file)
        for src_uri, page in self.plan.pages.items():
            if page.markdown is not None:
                files.append(File.generated(config, src_uri, content=page.markdown))
            elif page.source is not None and files.get_file_from_path(src_uri) is None:
                files.append(File.generated(config, src_uri, abs_src_path=str(page.source)))
        assets = site_assets(self.repo, self.plan, self.config.audience, config.site_url)
        for path, content in assets.items():
            files.append(File.generated(config, path, content=content))
        for photo in self.generation.renamed:
            if (original := files.get_file_from_path(photo)) is not None:
                files.remove(original)  # never publish the original, with its metadata
        for path in self.generation.outputs.files:
            files.append(_DrawnLater.generated(config, path, content=b""))
        return files

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        env.autoescape = True  # every value is text unless the core built it as Markup
        return env

    def on_page_markdown(self, markdown: str, page: Page, config: Any, files: Files) -> str:
        self.context.page_url = page.url
        page.meta = front_matter_text(page.meta)
        try:
            markdown = expand_blocks(markdown, self.context)
        except BlockError as exc:
            raise PluginError(f"trusthub could not render {page.file.src_uri}: {exc}") from None
        return rewrite_images(markdown, page.file.src_uri, self.generation.renamed)

    def on_page_content(self, html: str, page: Page, config: Any, files: Files) -> str:
        planned = self.plan.pages.get(page.file.src_uri)
        html = first_abbreviations_only(html)
        if planned and planned.untrusted:
            html = sanitise_html(html)
        return responsive_images(html, page.url, self.generation.outputs.photos)

    def on_post_page(self, output: str, page: Page, config: Any) -> str:
        return compact_html(output)

    def on_page_context(
        self, context: dict[str, Any], page: Page, config: Any, nav: Navigation
    ) -> dict[str, Any]:
        data = page_theme(self.plan, self.generation.outputs.names, page.file.src_uri)
        page.meta["th"] = as_text(data)
        page.content = Markup(page.content)  # built by Markdown, sanitised where untrusted
        return context

    def on_post_build(self, config: Any) -> None:
        try:
            outputs = self.generation.finish()
        except RenderError as exc:
            raise PluginError(f"trusthub could not draw the graphics: {exc}") from None
        for warning in outputs.warnings:
            log.warning(warning)
        publish(outputs.files, Path(config.site_dir))
        if self.config.audience == "staff":  # the web editor, never in the public site
            write_admin(self.repo, Path(config.site_dir))
        try:
            index_site(Path(config.site_dir))
        except BuildFailed as exc:
            raise PluginError(str(exc)) from None

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        for path in self.watch:
            if path.exists():
                server.watch(str(path))
        return server


class _DrawnLater(File):
    """A generated file MkDocs knows about (so links to it are valid) but does not copy:
    it may still be drawing; :func:`~trusthub.build.generate.pipeline.publish` puts it in place."""

    def copy_file(self, dirty: bool = False) -> None:
        pass


def _drop_engine_search(plugins: Any) -> None:
    """Take Material's search plugin out of the build, if the site's mkdocs.yml has it: the
    site is searched with Pagefind (:mod:`trusthub.adapters.search`), and no page should
    download the engine's index. Its handlers of later events are removed as well."""
    for name in [name for name in plugins if name in ("search", "material/search")]:
        plugin = plugins.pop(name)
        if "enabled" in plugin.config:
            plugin.config.enabled = False  # its on_config may still run in this round
        for event, methods in plugins.events.items():
            plugins.events[event] = [m for m in methods if getattr(m, "__self__", None) != plugin]


def _log_report(report: Report, strict: bool) -> None:
    for diagnostic in report.warnings:
        log.warning(str(diagnostic))
    if report.failed(strict):
        lines = "\n".join(str(d) for d in report.errors or report.warnings)
        raise PluginError(f"trusthub found problems in the content:\n{lines}\n{report.summary()}")
