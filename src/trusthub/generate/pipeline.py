"""Make every generated file the site links to, reusing whatever the cache already has.

Cheap steps (laying out the rocket as SVG) run in this process; drawing PNGs and
PDFs runs in child processes, one per core, each drawing many graphics (see
:func:`trusthub.graphics.render.render_batch`). A progress bar shows long work on
a terminal and stays quiet in CI logs.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..graphics.render import pdf_job, png_job, poster_svg, render_batch
from ..graphics.rocket import RocketTheme, rocket_svg, with_embedded_fonts
from ..repo import Repo
from .cache import Cache
from .sections import Fonts, SectionBrand, fonts, section_brands

ROCKET_WIDTH = 800
"""Width of the rocket's 1x screen PNG; the 2x PNG is twice as wide."""


@dataclass
class Outputs:
    """Site path → cached file, plus names blocks use to find them."""

    files: dict[str, Path] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, name: str, site_path: str, path: Path) -> None:
        self.files[site_path] = path
        self.names[name] = site_path


@dataclass
class Work:
    """Drawing still to do after the cheap steps, gathered so it can run in one batch."""

    jobs: list[dict[str, object]] = field(default_factory=list)


class Generation:
    """Graphics for the trust and some schools: planned at once, drawn in the background.

    ``outputs`` is complete as soon as the object exists (every file's path is
    known from its key); :meth:`start` draws what the cache lacks in child
    processes while the caller gets on with other work, and :meth:`finish`
    waits for it.
    """

    def __init__(self, repo: Repo, slugs: list[str], cache: Cache,
                 progress: bool | None = None) -> None:
        self.cache, self.progress = cache, progress
        self.outputs, self.work = Outputs(), Work()
        self.font = fonts(repo)
        for brand in section_brands(repo, slugs):
            _rocket(repo, brand, self.font, cache, self.outputs, self.work)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def start(self) -> Generation:
        self._thread = threading.Thread(target=self._run, name="trusthub-graphics", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            _draw(self.work, self.font, self.cache, self.progress)
        except BaseException as exc:  # re-raised in finish()
            self._error = exc

    def finish(self) -> Outputs:
        if self._thread is None:
            self._run()
        else:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self.outputs


def publish(files: dict[str, Path], site_dir: Path) -> None:
    """Put each cached file at its place in the site (hard links where the disk allows)."""
    for site_path, source in files.items():
        target = site_dir / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


def generate(repo: Repo, slugs: list[str], cache: Cache, progress: bool | None = None) -> Outputs:
    """Every graphic for the trust and the schools ``slugs``, from cache where possible."""
    return Generation(repo, slugs, cache, progress).finish()


def _rocket(repo: Repo, brand: SectionBrand, font: Fonts, cache: Cache, outputs: Outputs,
            work: Work) -> None:
    strategy, values = repo.strategy, repo.values
    assert strategy is not None and values is not None
    theme = RocketTheme(brand.primary, brand.secondary, font.family, font.regular, font.bold)
    logo = brand.logo.read_text(encoding="utf-8") if brand.is_school else None
    title = strategy.title if brand.is_school else brand.name
    key = cache.key("rocket", strategy, values, theme.primary, theme.secondary, font.family,
                    font.regular, font.bold, title, brand.local_priorities,
                    brand.name if brand.is_school else None, logo)
    base = f"assets/trusthub/rocket/{brand.key}"
    layout = cache.path(key, ".svg")
    web = cache.path(key, ".web.svg")
    if not (cache.fresh(layout) and cache.fresh(web)):
        result = rocket_svg(strategy, values, theme, title=title,
                            local_priorities=brand.local_priorities,
                            school_name=brand.name if brand.is_school else None, logo_svg=logo)
        outputs.warnings.extend(f"{brand.name}: {w}" for w in result.warnings)
        cache.store(layout, result.svg.encode())
        cache.store(web, with_embedded_fonts(result.svg, theme).encode())
    outputs.add(f"rocket/{brand.key}.svg", f"{base}.svg", web)
    large, small = cache.path(key, "@2x.png"), cache.path(key, ".png")
    if not (cache.fresh(large) and cache.fresh(small)):
        work.jobs.append(png_job(layout, large, 2 * ROCKET_WIDTH, halves=(small,)))
    outputs.add(f"rocket/{brand.key}.png", f"{base}.png", small)
    outputs.add(f"rocket/{brand.key}@2x.png", f"{base}@2x.png", large)
    for page in ("A4", "A3"):
        pdf = cache.path(key, f"-{page.lower()}.pdf")
        if not cache.fresh(pdf):
            poster = cache.path(key, f"-{page.lower()}.poster.svg")
            cache.store(poster, poster_svg(layout.read_text(encoding="utf-8"), page).encode())
            work.jobs.append(pdf_job(poster, pdf))
        outputs.add(f"rocket/{brand.key}-{page.lower()}.pdf", f"{base}-{page.lower()}.pdf", pdf)


def _draw(work: Work, font: Fonts, cache: Cache, progress: bool | None) -> None:
    if not work.jobs:
        return
    with _progress(len(work.jobs), progress) as advance:
        render_batch(work.jobs, font.folder, workers=os.cpu_count() or 1, on_done=advance)
    cache.made += len(work.jobs)


class _progress:
    """A rich progress bar on an interactive terminal; nothing in CI or when piped."""

    def __init__(self, total: int, show: bool | None) -> None:
        interactive = sys.stderr.isatty() and not os.environ.get("CI")
        self.show = interactive if show is None else show
        self.total = total

    def __enter__(self) -> Callable[[str], None]:
        if not self.show:
            return lambda _done: None
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.start()
        task = self.bar.add_task("Drawing graphics", total=self.total)
        return lambda _done: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.show:
            self.bar.stop()
