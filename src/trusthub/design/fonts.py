"""The brand font in what we publish: one clean family name, one way to write ``@font-face``.

A font family name comes from the trust's YAML (validated, but still text), and is
written into CSS and SVG style sheets. :func:`family_name` keeps only what cannot
end a CSS string, a declaration or an HTML attribute; :func:`font_face` writes
every ``@font-face`` rule, whether the site's stylesheet points at a font file or a
graphic embeds one as a data URI (:func:`embedded_font_faces`).
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from pathlib import Path

from trusthub.design.text import FontMetrics

UNSAFE = set("'\";,{}<>\\&")
TYPES = {".woff": "font/woff", ".woff2": "font/woff2", ".otf": "font/otf", ".ttf": "font/ttf"}


def family_name(font_family: str) -> str:
    """``font_family`` without characters that could break out of CSS, spaces collapsed."""
    return " ".join("".join(ch for ch in font_family if ch not in UNSAFE).split())


def css_family(font_family: str, quote: str = '"') -> str:
    """The family quoted for a CSS ``font-family`` list (``sans-serif`` if nothing is left)."""
    name = family_name(font_family)
    return f"{quote}{name}{quote}" if name else "sans-serif"


def font_type(path: Path | str) -> str:
    """The MIME type of a font file, by its suffix."""
    return TYPES.get(Path(path).suffix.lower(), "font/ttf")


def font_face(
    font_family: str, src: str, weight: int, style: str = "normal", display: str = ""
) -> str:
    """One ``@font-face`` rule; ``src`` is the value of its ``src`` descriptor."""
    swap = f"font-display:{display};" if display else ""
    return (
        f"@font-face{{font-family:{css_family(font_family, chr(39))};font-style:{style};"
        f"font-weight:{weight};{swap}src:{src}}}"
    )


def embedded_font_faces(font_family: str, regular: Path, bold: Path) -> str:
    """Rules for the regular (400) and bold (700) files, embedded as data URIs."""
    return "".join(
        font_face(
            font_family,
            f"url(data:{font_type(path)};base64,"
            f"{base64.b64encode(Path(path).read_bytes()).decode('ascii')})",
            weight,
        )
        for path, weight in ((regular, 400), (bold, 700))
    )


def web_font_name(path: str) -> str:
    """The file name a font is published under: WOFF2, the smallest format every browser
    reads (``x.woff`` → ``x.woff2``)."""
    name = path.rsplit("/", 1)[-1]
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.woff2" if dot and suffix.lower() in ("woff", "ttf", "otf") else name


@lru_cache(maxsize=16)
def web_font(path: Path, stamp: tuple[int, int] = (0, 0)) -> bytes:
    """The font at ``path`` as WOFF2 (about a fifth smaller than WOFF); ``stamp`` (the
    file's size and modification time) renews the cached copy when the file changes."""
    data = Path(path).read_bytes()
    if data[:4] == b"wOF2":
        return data
    from fontTools.ttLib import TTFont  # only when fonts are published

    font = TTFont(io.BytesIO(data))
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@lru_cache(maxsize=16)
def metrics(path: Path) -> FontMetrics:
    """The font file's metrics, read once per process."""
    return FontMetrics(Path(path))
