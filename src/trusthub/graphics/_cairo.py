"""Child process for :mod:`trusthub.graphics.render`: draws one SVG with cairosvg.

Run as ``python -m trusthub.graphics._cairo '<job json>'`` with the SVG on
standard input and ``FONTCONFIG_FILE`` already set by the parent.
"""

from __future__ import annotations

import json
import sys
from typing import Any

COMPRESS_LEVEL = 3
"""zlib level of the PNGs: drawn graphics are mostly flat colour, which compresses well
at a low level; higher levels cost more time than they save bytes."""
PDF_DATE = "2000-01-01T00:00:00Z"
"""Fixed creation date, so the same poster always makes the same PDF bytes."""


def main(argv: list[str]) -> None:
    if argv[1] == "--batch":
        _batch()
        return
    job = json.loads(argv[1])
    svg = sys.stdin.buffer.read()
    _draw(job, svg)


def _draw(job: dict[str, Any], svg: bytes) -> None:
    if job["format"] == "png":
        _png(svg, str(job["out"]), int(job["width"]), int(job["supersample"]), job.get("smaller"))
    elif job.get("page"):
        _posters(svg, str(job["out"]), str(job["page"]), job.get("smaller") or [])
    else:
        _pdf(svg, str(job["out"]))


def _call(job: dict[str, Any]) -> None:
    """Call ``job["function"]`` of :mod:`trusthub.graphics.jobs` with ``job["kwargs"]``;
    write what it returns."""
    from trusthub.graphics import jobs

    content = getattr(jobs, str(job["function"]))(**job["kwargs"])
    with open(job["out"], "wb") as stream:
        stream.write(content)


def _batch() -> None:
    """Do one job per line of standard input (JSON); print each output path when it is done.

    One process draws many graphics with the same fonts, so fontconfig and
    cairo start once instead of once per graphic. A job either draws an SVG
    (``svg_path``) or calls a function that returns bytes (``function``).
    """
    import os
    from pathlib import Path

    for line in sys.stdin:
        job = json.loads(line)
        smaller = job.get("smaller", [])
        finals = [str(job["out"]), *(path for _size, path in smaller)]
        partials = [f"{final}.{os.getpid()}.partial" for final in finals]
        ready = {
            **job,
            "out": partials[0],
            "smaller": [
                (size, partial) for (size, _), partial in zip(smaller, partials[1:], strict=True)
            ],
        }
        if job["format"] == "call":
            _call(ready)
        else:
            _draw(ready, Path(job["svg_path"]).read_bytes())
        for partial, final in zip(partials, finals, strict=True):
            os.replace(partial, final)
        print(finals[0], flush=True)


def _png(
    svg: bytes, out: str, width: int, supersample: int, smaller: list[tuple[int, str]] | None = None
) -> None:
    """Draw ``svg`` ``width`` pixels wide; each (width, path) in ``smaller`` is scaled from it."""
    from PIL import Image

    image = _raster(svg, max(width, supersample))
    if image.width != width:
        image = image.resize(
            (width, max(1, round(image.height * width / image.width))), Image.Resampling.LANCZOS
        )
    image.save(out, format="PNG", compress_level=COMPRESS_LEVEL)
    for size, path in smaller or []:
        height = max(1, round(image.height * size / image.width))
        scaled = (
            image.reduce(image.width // size)
            if image.width == 2 * size
            else image.resize((size, height), Image.Resampling.LANCZOS)
        )
        scaled.save(path, format="PNG", compress_level=COMPRESS_LEVEL)


def _raster(svg: bytes, width: int) -> Any:
    """``svg`` drawn ``width`` pixels wide, as a Pillow image (RGB where it is opaque).

    The pixels go straight from cairo's surface to Pillow: no PNG is written by cairo
    only to be decoded again.
    """
    from cairosvg.parser import Tree  # type: ignore[import-untyped]
    from cairosvg.surface import PNGSurface  # type: ignore[import-untyped]
    from PIL import Image

    surface = PNGSurface(Tree(bytestring=svg), None, 96, output_width=width).cairo
    if sys.byteorder == "little":  # cairo's ARGB32, premultiplied: B, G, R, A in memory
        surface.flush()
        size = (surface.get_width(), surface.get_height())
        pixels = bytes(surface.get_data())
        image = Image.frombuffer("RGBA", size, pixels, "raw", "BGRa", surface.get_stride(), 1)
    else:  # pragma: no cover - no big-endian unpacker for premultiplied pixels in Pillow
        import io

        encoded = io.BytesIO()
        surface.write_to_png(encoded)
        image = Image.open(encoded)
        image.load()
    surface.finish()
    if image.getchannel("A").getextrema()[0] == 255:
        return image.convert("RGB")
    return image


def _posters(svg: bytes, out: str, page: str, more: list[tuple[str, str]]) -> None:
    """Draw the master page once; write the ``page`` poster to ``out`` and each
    (page, path) in ``more``, all scaled from it."""
    import io

    from trusthub.graphics.posters import poster_from_master, poster_spec

    master = io.BytesIO()
    _pdf(svg, master)
    for spec, path in [(page, out), *more]:
        size, marks = poster_spec(spec)
        with open(path, "wb") as stream:
            stream.write(poster_from_master(master.getvalue(), size, marks=marks))


def _pdf(svg: bytes, out: str | Any) -> None:
    import cairocffi  # type: ignore[import-untyped]
    from cairosvg.parser import Tree  # type: ignore[import-untyped]
    from cairosvg.surface import PDFSurface  # type: ignore[import-untyped]

    def draw(stream: Any) -> None:
        surface = PDFSurface(Tree(bytestring=svg), stream, 96)
        surface.cairo.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, PDF_DATE)
        surface.cairo.set_metadata(cairocffi.PDF_METADATA_CREATOR, "trusthub")
        surface.finish()

    if isinstance(out, str):
        with open(out, "wb") as stream:
            draw(stream)
    else:
        draw(out)


if __name__ == "__main__":
    main(sys.argv)
