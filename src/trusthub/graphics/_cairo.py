"""Child process for :mod:`trusthub.graphics.render`: draws one SVG with cairosvg.

Run as ``python -m trusthub.graphics._cairo '<job json>'`` with the SVG on
standard input and ``FONTCONFIG_FILE`` already set by the parent.
"""

from __future__ import annotations

import json
import sys

PDF_DATE = "2000-01-01T00:00:00Z"
"""Fixed creation date, so the same poster always makes the same PDF bytes."""


def main(argv: list[str]) -> None:
    if argv[1] == "--batch":
        _batch()
        return
    job = json.loads(argv[1])
    svg = sys.stdin.buffer.read()
    _draw(job, svg)


def _draw(job: dict[str, object], svg: bytes) -> None:
    if job["format"] == "png":
        _png(svg, str(job["out"]), int(job["width"]), int(job["supersample"]),  # type: ignore[call-overload]
             job.get("halves"))  # type: ignore[arg-type]
    else:
        _pdf(svg, str(job["out"]))


def _batch() -> None:
    """Draw one job per line of standard input (JSON with "svg_path"); print each one done.

    One process draws many graphics with the same fonts, so fontconfig and
    cairo start once instead of once per graphic.
    """
    import os
    from pathlib import Path

    for line in sys.stdin:
        job = json.loads(line)
        finals = [str(job["out"]), *job.get("halves", [])]
        partials = [f"{final}.{os.getpid()}.partial" for final in finals]
        _draw({**job, "out": partials[0], "halves": partials[1:]},
              Path(job["svg_path"]).read_bytes())
        for partial, final in zip(partials, finals, strict=True):
            os.replace(partial, final)
        out = finals[0]
        print(out, flush=True)


def _png(svg: bytes, out: str, width: int, supersample: int,
         halves: list[str] | None = None) -> None:
    """Draw ``svg`` ``width`` pixels wide; each path in ``halves`` gets the next half size."""
    import io

    import cairosvg  # type: ignore[import-untyped]
    from PIL import Image

    drawn = cairosvg.svg2png(bytestring=svg, output_width=max(width, supersample))
    if width >= supersample and not halves:  # cairo's own PNG is already what was asked for
        with open(out, "wb") as stream:
            stream.write(drawn)
        return
    image: Image.Image = Image.open(io.BytesIO(drawn))
    if image.width != width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    image.save(out, format="PNG", compress_level=6)
    for half in halves or []:
        image = image.reduce(2)
        image.save(half, format="PNG", compress_level=6)


def _pdf(svg: bytes, out: str) -> None:
    import cairocffi  # type: ignore[import-untyped]
    from cairosvg.parser import Tree  # type: ignore[import-untyped]
    from cairosvg.surface import PDFSurface  # type: ignore[import-untyped]

    with open(out, "wb") as stream:
        surface = PDFSurface(Tree(bytestring=svg), stream, 96)
        surface.cairo.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, PDF_DATE)
        surface.cairo.set_metadata(cairocffi.PDF_METADATA_CREATOR, "trusthub")
        surface.finish()


if __name__ == "__main__":
    main(sys.argv)
