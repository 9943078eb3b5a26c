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
    job = json.loads(argv[1])
    svg = sys.stdin.buffer.read()
    if job["format"] == "png":
        _png(svg, job["out"], int(job["width"]), int(job["supersample"]))
    else:
        _pdf(svg, job["out"])


def _png(svg: bytes, out: str, width: int, supersample: int) -> None:
    import io

    import cairosvg  # type: ignore[import-untyped]
    from PIL import Image

    drawn = cairosvg.svg2png(bytestring=svg, output_width=max(width, supersample))
    image: Image.Image = Image.open(io.BytesIO(drawn))
    image.load()
    if image.width != width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    image.save(out, format="PNG", optimize=True)


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
