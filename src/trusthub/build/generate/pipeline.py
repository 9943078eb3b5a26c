"""Make every generated file the site links to, reusing whatever the cache already has.

Planning runs in this process and is cheap: each output's path comes from the
hash of its inputs, and only SVG layout (the rocket, lock-ups, icons) is done
here. Drawing PNGs and PDFs, share images and photos runs in child processes,
one per core (see :func:`trusthub.graphics.render.render_batch`), in a
background thread so the site's pages are built meanwhile. A progress bar
shows long work on a terminal and stays quiet in CI logs.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from trusthub.build.generate.cache import Cache
from trusthub.build.generate.documents import plan_documents
from trusthub.build.generate.identity import plan_identity
from trusthub.build.generate.kits import make_kit, plan_kit
from trusthub.build.generate.rockets import plan_rocket
from trusthub.build.generate.sections import fonts, section_brands
from trusthub.build.generate.share import plan_photos, plan_share
from trusthub.build.generate.work import Outputs, Work
from trusthub.content.repo import Repo
from trusthub.graphics.render import render_batch


class Generation:
    """Every generated file of one build: planned at once, drawn in the background.

    ``outputs`` is complete as soon as the object exists; :meth:`start` draws
    what the cache lacks while the caller gets on with other work, and
    :meth:`finish` waits for it.
    """

    def __init__(
        self,
        repo: Repo,
        slugs: list[str],
        cache: Cache,
        pages: dict[str, list[tuple[str, str]]] | None = None,
        photos: dict[str, Path] | None = None,
        progress: bool | None = None,
        documents: dict[str, Path] | None = None,
    ) -> None:
        """``pages`` maps a section ("trust" or a slug) to its (source path, title) pairs,
        for share images; ``photos`` and ``documents`` map a site path to the photo or PDF
        to publish there (documents are published at once, without their metadata)."""
        self.work = Work(repo, cache, fonts(repo))
        self.progress = progress
        for brand in section_brands(repo, slugs):
            plan_rocket(self.work, brand)
            plan_identity(self.work, brand)
            plan_share(self.work, brand, (pages or {}).get(brand.key, []))
            plan_kit(self.work, brand)
        self.renamed = plan_photos(self.work, photos or {})
        plan_documents(self.work, documents or {})
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def outputs(self) -> Outputs:
        return self.work.outputs

    def start(self) -> Generation:
        self._thread = threading.Thread(target=self._run, name="trusthub-graphics", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            phases = _each_once([self.work.layouts, *self.work.phases])
            jobs = sum(len(phase) for phase in phases)
            with _progress(jobs, self.progress) as advance:
                for phase in phases:
                    render_batch(
                        phase, self.work.font.folder, workers=os.cpu_count() or 1, on_done=advance
                    )
                    self.work.cache.made += len(phase)
            for job in self.work.finally_:
                make_kit(self.work, job)
            for section, notes in self.work.notes:
                warnings = json.loads(notes.read_text(encoding="utf-8"))
                self.work.outputs.warnings.extend(f"{section}: {w}" for w in warnings)
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


def generate(
    repo: Repo, slugs: list[str], cache: Cache, progress: bool | None = None, **kwargs: object
) -> Outputs:
    """Every generated file for the trust and the schools ``slugs``, from cache where possible."""
    return Generation(repo, slugs, cache, progress=progress, **kwargs).finish()  # type: ignore[arg-type]


def _each_once(phases: list[list[dict[str, object]]]) -> list[list[dict[str, object]]]:
    """The jobs without repeats: outputs are named by the hash of their inputs, so two
    places using the same picture (a photo two schools share) plan the same file twice."""
    planned: set[object] = set()
    unique: list[list[dict[str, object]]] = []
    for phase in phases:
        unique.append([])
        for job in phase:
            if job["out"] not in planned:
                planned.add(job["out"])
                unique[-1].append(job)
    return unique


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


class _progress:
    """A rich progress bar on an interactive terminal; nothing in CI or when piped."""

    def __init__(self, total: int, show: bool | None) -> None:
        interactive = sys.stderr.isatty() and not os.environ.get("CI")
        self.show = (interactive if show is None else show) and total > 0
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


__all__ = ["Generation", "generate", "publish"]
