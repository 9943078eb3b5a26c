"""Render SVG graphics to PNG (screen) and print-ready PDF posters, in the brand font.

cairosvg finds fonts through fontconfig.  Each render writes a small fonts.conf
that includes the system configuration and adds the brand fonts folder, and
points ``FONTCONFIG_FILE`` at it.  fontconfig reads that variable only once per
process (and cairo caches the fonts it has found), so the drawing itself runs in
a short-lived child process (:mod:`trusthub.graphics._cairo`): every render
sees exactly the fonts it was given, whatever rendered before it, and renders
can run in parallel threads.

PNGs narrower than 1200 px are drawn larger and scaled down, so that small
renders keep the layout's measured line widths (fontconfig's hinting rounds
glyph advances to whole device pixels, which at phone sizes adds up).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from trusthub.graphics.posters import master_svg, poster_spec

SUPERSAMPLE_BELOW = 1200
"""PNGs narrower than this many pixels are drawn at this width and scaled down."""


class RenderError(RuntimeError):
    """cairosvg could not draw the graphic."""


def fonts_conf(fonts_dir: Path, cache_dir: Path) -> str:
    """A fontconfig file: the system configuration plus ``fonts_dir``."""
    return (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        "<fontconfig>\n"
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{escape(str(Path(fonts_dir).resolve()))}</dir>\n"
        f"  <cachedir>{escape(str(cache_dir))}</cachedir>\n"
        "</fontconfig>\n"
    )


def svg_to_png(svg: str, out: Path, width_px: int, fonts_dir: Path) -> None:
    """Write ``svg`` as a PNG exactly ``width_px`` pixels wide (height to scale)."""
    if width_px < 1:
        raise ValueError("width_px must be positive")
    _run(
        {"format": "png", "width": width_px, "supersample": SUPERSAMPLE_BELOW}, svg, out, fonts_dir
    )


def svg_to_pdf(svg: str, out: Path, page: str, fonts_dir: Path, *, marks: bool = False) -> None:
    """Write ``svg`` as a ``page`` (A4, A3, A2) poster printed to the edge with 3 mm bleed,
    as vectors with the fonts embedded (subsets); ``marks`` adds crop marks."""
    poster_spec(page)
    _run(
        {"format": "pdf", "page": page + ("+marks" if marks else ""), "smaller": []},
        master_svg(svg),
        out,
        fonts_dir,
    )


def png_job(
    svg_path: Path,
    out: Path,
    width_px: int,
    smaller: dict[int, Path] | None = None,
    supersample: bool = True,
) -> dict[str, object]:
    """A PNG render for :func:`render_batch`; each width → path in ``smaller`` is scaled
    down from it. ``supersample`` draws text-heavy graphics large first (see
    :data:`SUPERSAMPLE_BELOW`)."""
    return {
        "format": "png",
        "svg_path": str(svg_path),
        "out": str(out),
        "width": width_px,
        "supersample": SUPERSAMPLE_BELOW if supersample else 0,
        "smaller": [(size, str(path)) for size, path in (smaller or {}).items()],
    }


JOBS_MODULE = "trusthub.graphics.jobs"
"""The only module whose functions a drawing child process calls."""


def call_job(function: Callable[..., bytes], out: Path, **kwargs: object) -> dict[str, object]:
    """A job for :func:`render_batch` that calls ``function`` (one of
    :mod:`trusthub.graphics.jobs`) in the child with ``kwargs`` (JSON values) and
    writes the bytes it returns to ``out``."""
    if function.__module__ != JOBS_MODULE:
        raise ValueError(f"{function.__qualname__} is not in {JOBS_MODULE}")
    return {"format": "call", "function": function.__name__, "kwargs": kwargs, "out": str(out)}


def pdf_job(svg_path: Path, out: Path, page: str, more: dict[str, Path]) -> dict[str, object]:
    """Posters for :func:`render_batch`: ``svg_path`` (a
    :func:`~trusthub.graphics.posters.master_svg`) drawn once; the ``page`` poster written
    to ``out`` and each ``"A4"``/``"A3+marks"``… → path in ``more`` scaled from it."""
    return {
        "format": "pdf",
        "svg_path": str(svg_path),
        "out": str(out),
        "page": page,
        "smaller": [(spec, str(path)) for spec, path in more.items()],
    }


def render_batch(
    jobs: list[dict[str, object]],
    fonts_dir: Path,
    workers: int = 1,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """Draw many graphics in ``workers`` child processes that each start fontconfig once.

    ``on_done`` is called with each output path as it is written (for progress).
    """
    if not jobs:
        return
    for job in jobs:
        for out in [job["out"], *(path for _, path in job.get("smaller", []))]:  # type: ignore[attr-defined]
            Path(str(out)).parent.mkdir(parents=True, exist_ok=True)
    chunks = [jobs[i::workers] for i in range(max(1, min(workers, len(jobs))))]
    with tempfile.TemporaryDirectory(prefix="trusthub-render-") as scratch:
        conf = Path(scratch) / "fonts.conf"
        conf.write_text(fonts_conf(fonts_dir, _cache_dir()), encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
        children = [
            subprocess.Popen(
                [sys.executable, "-m", "trusthub.graphics._cairo", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            for _ in chunks
        ]
        threads = []
        for child, chunk in zip(children, chunks, strict=True):
            threads.append(threading.Thread(target=_follow, args=(child, on_done)))
            threads.append(threading.Thread(target=_feed, args=(child, chunk)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        failures = []
        for child in children:
            assert child.stdout is not None and child.stderr is not None
            errors = child.stderr.read()
            if child.wait() != 0:
                failures.append(errors.strip().splitlines()[-1:] or ["cairosvg failed"])
            child.stdout.close()
            child.stderr.close()
        if failures:
            raise RenderError(failures[0][0])


def _feed(child: subprocess.Popen[str], jobs: list[dict[str, object]]) -> None:
    assert child.stdin is not None
    for job in jobs:
        child.stdin.write(json.dumps(job) + "\n")
    child.stdin.close()


def _follow(child: subprocess.Popen[str], on_done: Callable[[str], None] | None) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if on_done is not None:
            on_done(line.strip())


def _run(job: dict[str, object], svg: str, out: Path, fonts_dir: Path) -> None:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="trusthub-render-") as scratch:
        conf = Path(scratch) / "fonts.conf"
        conf.write_text(fonts_conf(fonts_dir, _cache_dir()), encoding="utf-8")
        partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
        env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
        job = {**job, "out": str(partial)}
        done = subprocess.run(
            [sys.executable, "-m", "trusthub.graphics._cairo", json.dumps(job)],
            input=svg.encode("utf-8"),
            env=env,
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise RenderError(message[-1] if message else "cairosvg failed")
        os.replace(partial, out)


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trusthub" / "fontconfig"
