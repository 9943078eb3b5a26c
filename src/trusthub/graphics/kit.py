"""Brand kits: one downloadable zip per section (the trust and each school).

The caller passes the files it has made (logos, lock-ups, rocket posters) under
folder-like names; this module adds what can be written from the palette alone
(CSS custom properties, JSON design tokens, a GIMP/Inkscape swatch file, an
email-signature template and a README) and a manifest of every file with its
size and SHA-256.  The zip is deterministic: entries sorted, fixed timestamps
and permissions, so the same input always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import PurePosixPath

from trusthub.design import safejson
from trusthub.design.colour import cmyk, rgb
from trusthub.design.fonts import css_family

__all__ = ["GENERATED", "KitError", "brand_kit", "kit_files", "manifest"]

GENERATED = (
    "README.txt",
    "colours/palette.css",
    "colours/palette.gpl",
    "colours/tokens.json",
    "email-signature.html",
    "manifest.json",
)
"""Files every kit contains, written by this module."""
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
"""Every entry's timestamp, so the zip's bytes depend on the content alone."""
_STORED = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".pdf", ".zip", ".woff", ".woff2"}
"""Already compressed: stored as they are."""
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ ()+-]*$")


class KitError(ValueError):
    """A file name the kit cannot hold."""


def brand_kit(
    files: Mapping[str, bytes],
    *,
    name: str,
    palette: Mapping[str, str],
    font_family: str,
    generated_by: str = "trusthub",
) -> bytes:
    """The brand kit for ``name`` as zip bytes.

    ``files`` maps a path inside the zip (``"logos/logo.svg"``, ``"lockups/
    colour.png"``) to its bytes; ``palette`` maps a colour's name to its hex
    value, main colours first (their order is kept).  Raises :class:`KitError`
    for a path that is absolute, climbs out with ``..``, or clashes with a file
    the kit writes itself.
    """
    entries = kit_files(
        files, name=name, palette=palette, font_family=font_family, generated_by=generated_by
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(entries):
            info = zipfile.ZipInfo(path, date_time=ZIP_DATE)
            info.create_system = 3  # Unix, wherever the kit is made
            info.external_attr = 0o644 << 16
            stored = PurePosixPath(path).suffix.lower() in _STORED
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[path], compresslevel=None if stored else 9)
    return out.getvalue()


def kit_files(
    files: Mapping[str, bytes],
    *,
    name: str,
    palette: Mapping[str, str],
    font_family: str,
    generated_by: str = "trusthub",
) -> dict[str, bytes]:
    """Every file of the kit by path, the caller's and the generated ones, with
    ``manifest.json`` last."""
    given = {_check_path(path): data for path, data in files.items()}
    clashes = sorted(set(given) & set(GENERATED))
    if clashes:
        raise KitError(f"{', '.join(clashes)}: the kit writes this file itself")
    colours = {_token_name(key): _hex(key, value) for key, value in palette.items()}
    if len(colours) != len(palette):
        raise KitError("two colour names become the same token name")
    entries = dict(given)
    entries["colours/palette.css"] = palette_css(name, colours, font_family).encode("utf-8")
    entries["colours/tokens.json"] = tokens_json(name, colours, font_family).encode("utf-8")
    entries["colours/palette.gpl"] = palette_gpl(name, colours).encode("utf-8")
    entries["email-signature.html"] = email_signature(name, colours, font_family).encode("utf-8")
    entries["README.txt"] = readme(
        name, sorted([*entries, "README.txt", "manifest.json"]), colours, font_family, generated_by
    ).encode("utf-8")
    entries["manifest.json"] = manifest(entries, name=name, generated_by=generated_by).encode(
        "utf-8"
    )
    return entries


def manifest(files: Mapping[str, bytes], *, name: str, generated_by: str = "trusthub") -> str:
    """JSON listing every file (sorted by path) with its size in bytes and SHA-256."""
    listing = [
        {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for path, data in sorted(files.items())
        if path != "manifest.json"
    ]
    document = {"name": name, "generated_by": generated_by, "files": listing}
    return safejson.dumps(document, indent=2) + "\n"


def palette_css(name: str, colours: Mapping[str, str], font_family: str) -> str:
    """The palette as CSS custom properties on ``:root``."""
    lines = [f"/* {_comment(name)} brand colours and font. */", ":root {"]
    lines += [f"  --brand-{key}: {value};" for key, value in colours.items()]
    lines += [f"  --brand-{key}-rgb: {', '.join(map(str, rgb(v)))};" for key, v in colours.items()]
    lines.append(f"  --brand-font: {css_family(font_family)}, sans-serif;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def tokens_json(name: str, colours: Mapping[str, str], font_family: str) -> str:
    """Design tokens: each colour as hex, RGB (0-255) and naive CMYK (%), and the font."""
    document = {
        "name": name,
        "colour": {
            key: {"hex": value, "rgb": list(rgb(value)), "cmyk": list(cmyk(value))}
            for key, value in colours.items()
        },
        "font": {"family": font_family, "fallback": "sans-serif"},
    }
    return safejson.dumps(document, indent=2) + "\n"


def palette_gpl(name: str, colours: Mapping[str, str]) -> str:
    """A GIMP palette, which Inkscape and Krita read too."""
    lines = ["GIMP Palette", f"Name: {_one_line(name)}", f"Columns: {min(len(colours), 8)}", "#"]
    for key, value in colours.items():
        r, g, b = rgb(value)
        lines.append(f"{r:3d} {g:3d} {b:3d}\t{key}")
    return "\n".join(lines) + "\n"


def email_signature(name: str, colours: Mapping[str, str], font_family: str) -> str:
    """A table-based, inline-styled email signature, with [placeholders] to fill in.

    Email programs ignore stylesheets and most modern CSS, so it is a table with
    every style inline, web-safe fallbacks for the font, and no images (a logo
    would have to be hosted to show).
    """
    values = list(colours.values())
    primary = values[0] if values else "#1b2130"
    accent = values[1] if len(values) > 1 else primary
    # Single quotes: the font list sits inside double-quoted style attributes.
    quoted = css_family(font_family, quote="'")
    table = (
        "border-collapse: collapse; "
        f"font-family: {quoted}, Arial, Helvetica, sans-serif; "
        "font-size: 14px; line-height: 1.45; color: #1b2130;"
    )
    cell = f"border-left: 4px solid {accent}; padding: 2px 0 2px 12px;"
    muted = "color: #3d4654;"
    link = f"color: {primary}; text-decoration: underline;"
    section = html.escape(" ".join(name.split()))
    rule = "<!-- " + "-" * 72 + " -->"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en-GB">',
            '<head><meta charset="utf-8"><title>Email signature: ' + section + "</title></head>",
            "<body>",
            "<!-- Copy the signature between the two lines into your email program's",
            "     signature settings, then replace each [placeholder]. -->",
            rule,
            '<table role="presentation" cellpadding="0" cellspacing="0" border="0"',
            f'       style="{table}">',
            "  <tr>",
            f'    <td style="{cell}">',
            f'      <div style="font-size: 16px; font-weight: bold; color: {primary};">'
            "[Your name]</div>",
            f'      <div style="{muted}">[Your role] &middot; [pronouns, optional]</div>',
            '      <div style="padding-top: 6px; font-weight: bold; color: #1b2130;">'
            f"{section}</div>",
            f'      <div style="{muted}">[Phone] &middot; <a href="mailto:[email address]"'
            f' style="{link}">[email address]</a></div>',
            f'      <div style="{muted}"><a href="[website address]" style="{link}">'
            "[website address]</a></div>",
            "    </td>",
            "  </tr>",
            "</table>",
            rule,
            "</body>",
            "</html>",
            "",
        ]
    )


def readme(
    name: str,
    paths: list[str],
    colours: Mapping[str, str],
    font_family: str,
    generated_by: str,
) -> str:
    """The kit's README: what is in it and how to use the logo."""
    title = f"{_one_line(name)}: brand kit"
    folders: dict[str, list[str]] = {}
    for path in paths:
        folder = path.rpartition("/")[0]
        folders.setdefault(folder, []).append(path)
    listing = []
    for folder in sorted(folders):
        if folder:
            listing.append(f"  {folder}/")
        for path in folders[folder]:
            indent = "    " if folder else "  "
            listing.append(f"{indent}{path.rpartition('/')[2]}")
    swatches = [
        f"  {key:<12} {value}   RGB {' '.join(map(str, rgb(value)))}   "
        f"CMYK {' '.join(map(str, cmyk(value)))}"
        for key, value in colours.items()
    ]
    return "\n".join(
        [
            title,
            "=" * len(title),
            "",
            "What is in this kit",
            "-------------------",
            *listing,
            "",
            "manifest.json lists every file with its size and SHA-256 checksum.",
            "",
            "Using the logo",
            "--------------",
            "- Use the files as they are: do not redraw, recolour, stretch, rotate or",
            "  add effects to the logo, and do not set the name in another font.",
            "- Leave clear space all round the logo at least as wide as a quarter of",
            "  its height, free of text and other graphics.",
            "- On white or light backgrounds use the colour version; on dark colours",
            "  and photographs use the white version; for one-colour printing",
            "  (stamps, embroidery, engraving) use the mono version.",
            "- Lock-ups (the logo with the name and the trust endorsement) are the",
            "  preferred form wherever there is room.  Do not rearrange their parts.",
            "- SVG files scale to any size and suit print and the web; the PNGs are",
            "  ready for documents, slides and social media.",
            "",
            "Colours",
            "-------",
            *swatches,
            "",
            "CMYK values are a starting point: ask your printer for a proof.",
            "colours/palette.css  CSS custom properties for websites.",
            "colours/tokens.json  design tokens for design tools and code.",
            "colours/palette.gpl  a swatch file for GIMP, Inkscape and Krita.",
            "",
            "Font",
            "----",
            f"  {_one_line(font_family)}.  Text in every graphic is set in it; use it",
            "  (or Arial where it is not installed) for documents and emails.",
            "",
            "Email signature",
            "---------------",
            "  Open email-signature.html in a browser, copy the signature and paste",
            "  it into your email program's signature settings, then fill in the",
            "  [placeholders].",
            "",
            f"Made by {_one_line(generated_by)} from the brand data: do not edit these files;",
            "change the data and rebuild instead.",
            "",
        ]
    )


def _check_path(path: str) -> str:
    """A safe relative path inside the zip, with forward slashes."""
    parts = path.replace("\\", "/").split("/")
    if not path or path.startswith(("/", "\\")) or ":" in parts[0]:
        raise KitError(f"{path!r}: kit paths must be relative, like logos/logo.svg")
    for part in parts:
        if part in ("", ".", "..") or not _SAFE_PART.match(part):
            raise KitError(
                f"{path!r}: each part of a kit path must be a plain file or folder name "
                "(letters, digits, spaces and . _ - + ( ))"
            )
    return "/".join(parts)


def _token_name(key: str) -> str:
    """A colour's name as a CSS identifier part: lower case, letters, digits, hyphens."""
    token = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    if not token:
        raise KitError(f"{key!r}: a colour needs a name with letters or digits")
    return token


def _hex(key: str, value: str) -> str:
    if not _HEX.fullmatch(value.strip()):
        raise KitError(f"colour {key!r} is {value!r}, not a hex colour like #0f4c5c")
    r, g, b = rgb(value.strip())
    return f"#{r:02x}{g:02x}{b:02x}"


def _comment(text: str) -> str:
    return _one_line(text).replace("*/", "* /")


def _one_line(text: str) -> str:
    """``text`` as one line of plain text: no line breaks and no angle brackets, so it
    stays inert when pasted into HTML, a ``<style>`` element or a comment."""
    return " ".join(text.split()).replace("<", "‹").replace(">", "›")
