"""Print-ready posters: one drawing, every paper size, printed to the edge with bleed.

A poster is drawn once, by cairosvg, as a *master* page: the artwork on an A3
trim with a generous bleed all round (:data:`MASTER_BLEED`), its own background
carried out to the page's edge.  Every paper size is then the master's page
scaled as vector (a PDF form XObject, with pikepdf): the fonts are embedded once,
in the master, and no size is drawn again.  Each poster's page is its trim plus
3 mm bleed (``BleedBox``, ``MediaBox``) with the ``TrimBox`` set, so a print shop
can trim it; with crop marks the page grows a slug for the marks.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

MM = 72 / 25.4
"""Points per millimetre."""
BLEED = 3 * MM
"""Bleed around the trimmed page, as print shops ask."""
MASTER_BLEED = 5 * MM
"""Bleed drawn around the A3 master: scaled to A4 it is still more than 3 mm."""
SLUG = 10 * MM
"""Room outside the bleed for crop marks."""
MARK = 6 * MM
"""Length of a crop mark."""

TRIMS: dict[str, tuple[float, float]] = {
    "A4": (595.276, 841.89),
    "A3": (841.89, 1190.551),
    "A2": (1190.551, 1683.78),
}
"""Portrait trimmed page sizes in points."""
MASTER = "A3"

_ROOT_TAG = re.compile(r"<svg\b[^>]*>", re.DOTALL)
_SIZE_ATTR = re.compile(r"\s(?:width|height|x|y)\s*=\s*(?:\"[^\"]*\"|'[^']*')")
_VIEWBOX = re.compile(r"\sviewBox\s*=\s*[\"']([^\"']*)[\"']")
_BACKGROUND = re.compile(r"<rect width=\"[0-9.]+\" height=\"[0-9.]+\" fill=\"(#[0-9a-fA-F]{3,8})\"")


@dataclass(frozen=True)
class Sheet:
    """Where the trimmed page sits on a poster's sheet, in points."""

    trim: tuple[float, float]
    marks: bool

    @property
    def offset(self) -> float:
        """From the sheet's edge to the trim."""
        return BLEED + (SLUG if self.marks else 0.0)

    @property
    def size(self) -> tuple[float, float]:
        width, height = self.trim
        return width + 2 * self.offset, height + 2 * self.offset

    @property
    def trim_box(self) -> list[float]:
        o, (width, height) = self.offset, self.trim
        return [o, o, o + width, o + height]

    @property
    def bleed_box(self) -> list[float]:
        o, (width, height) = self.offset - BLEED, self.trim
        return [o, o, o + width + 2 * BLEED, o + height + 2 * BLEED]


def master_svg(svg: str) -> str:
    """``svg`` (a portrait A-series drawing with a ``viewBox``) on the A3 master: scaled to
    the trim, with its background colour carried :data:`MASTER_BLEED` past every edge."""
    trim_w, trim_h = TRIMS[MASTER]
    page_w, page_h = trim_w + 2 * MASTER_BLEED, trim_h + 2 * MASTER_BLEED
    match = _ROOT_TAG.search(svg)
    if not match:
        raise ValueError("not an SVG document: no <svg> element")
    if not _VIEWBOX.search(match.group(0)):
        raise ValueError("the SVG needs a viewBox to be placed on a page")
    background = _BACKGROUND.search(svg)
    fill = background.group(1) if background else "#ffffff"
    root = _SIZE_ATTR.sub("", match.group(0))
    root = (
        root[:4]
        + f' x="{MASTER_BLEED:.3f}" y="{MASTER_BLEED:.3f}"'
        + f' width="{trim_w:.3f}" height="{trim_h:.3f}" preserveAspectRatio="none"'
        + root[4:]
    )
    inner = svg[: match.start()] + root + svg[match.end() :]
    inner = re.sub(r"^\s*<\?xml[^>]*\?>", "", inner)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{page_w:.3f}pt" height="{page_h:.3f}pt" '
        f'viewBox="0 0 {page_w:.3f} {page_h:.3f}">\n'
        f'<rect width="{page_w:.3f}" height="{page_h:.3f}" fill="{fill}"/>\n'
        f"{inner}\n</svg>\n"
    )


def poster_from_master(master: bytes, page: str, *, marks: bool = False) -> bytes:
    """The ``page`` poster (A4, A3, A2) made from the master PDF's page, scaled as vector."""
    import pikepdf

    sheet = Sheet(TRIMS[page], marks)
    scale = sheet.trim[0] / TRIMS[MASTER][0]
    shift = sheet.offset - scale * MASTER_BLEED
    with pikepdf.open(io.BytesIO(master)) as source, pikepdf.new() as pdf:
        art = pdf.copy_foreign(source.pages[0].as_form_xobject())
        width, height = sheet.size
        x0, y0, x1, y1 = sheet.bleed_box
        # The artwork, clipped to the bleed (the master's own bleed is wider).
        ops = [
            f"q {x0:.3f} {y0:.3f} {x1 - x0:.3f} {y1 - y0:.3f} re W n "
            f"{scale:.6f} 0 0 {scale:.6f} {shift:.4f} {shift:.4f} cm /Art Do Q"
        ]
        if marks:
            # A white slug, then the marks: clear of the bleed, in black.
            ops.insert(
                0,
                f"q 1 1 1 rg 0 0 {width:.3f} {height:.3f} re f Q",
            )
            ops.append(_crop_marks(sheet))
        page_dict = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(width, 3), round(height, 3)],
            BleedBox=[round(v, 3) for v in sheet.bleed_box],
            TrimBox=[round(v, 3) for v in sheet.trim_box],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Art=art)),
            Contents=pdf.make_stream("\n".join(ops).encode("ascii")),
        )
        pdf.pages.append(pikepdf.Page(page_dict))
        pdf.docinfo["/Title"] = f"Poster, {page}"
        pdf.docinfo["/Creator"] = "trusthub"
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True)
        return out.getvalue()


def _crop_marks(sheet: Sheet) -> str:
    """Hairline marks at each corner of the trim, starting just outside the bleed."""
    x0, y0, x1, y1 = sheet.trim_box
    gap = BLEED + 1
    lines = []
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            lines.append(f"{x + sx * gap:.3f} {y:.3f} m {x + sx * (gap + MARK):.3f} {y:.3f} l")
            lines.append(f"{x:.3f} {y + sy * gap:.3f} m {x:.3f} {y + sy * (gap + MARK):.3f} l")
    return "q 0 0 0 1 K 0.25 w " + " ".join(lines) + " S Q"


def poster_spec(spec: str) -> tuple[str, bool]:
    """``"A3"`` or ``"A3+marks"`` → (page, with crop marks)."""
    page, _, marks = spec.partition("+")
    if page not in TRIMS or marks not in ("", "marks"):
        raise ValueError(f"unknown poster {spec!r}")
    return page, bool(marks)
