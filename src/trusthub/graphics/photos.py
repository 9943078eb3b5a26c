"""Publish photos safely: no metadata, sensible size, an efficient format.

Photos of pupils are a safeguarding matter: a phone photo's EXIF metadata can
carry the GPS position it was taken at (often a family's home), the time, and
the device.  Every photo a school adds is published through
:func:`publish_photo`, which keeps only the pixels: it turns the picture upright
by its EXIF orientation, converts it to sRGB, drops every piece of metadata
(EXIF, GPS, XMP, IPTC, comments, the ICC profile), scales it to at most
:data:`MAX_EDGE` pixels on the long edge and encodes it as WebP.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

__all__ = [
    "MAX_EDGE",
    "MAX_PHOTO_BYTES",
    "MAX_PIXELS",
    "PHOTO_EXTENSION",
    "WIDTHS",
    "PhotoError",
    "PublishedPhoto",
    "encode",
    "narrower",
    "publish_photo",
    "published_image",
    "published_name",
    "published_size",
    "rendition_name",
]

MAX_PHOTO_BYTES = 20 * 1024 * 1024
"""Largest file accepted (20 MB)."""
MAX_PIXELS = 80_000_000
"""Largest picture accepted, in pixels (a 10,000 x 8,000 scan), so that a small
file that decompresses into an enormous image cannot exhaust memory."""
MAX_EDGE = 2000
"""Longest side of a published photo, in pixels."""
WIDTHS = (640, 1280)
"""Narrower copies of every wider photo, offered with ``srcset``: a phone shows a photo
about 360 CSS pixels wide (720 to 1080 device pixels), so it need not download 2000."""
QUALITY = 80
"""WebP quality: visually clean for photographs at a third of a JPEG's size."""
PHOTO_EXTENSION = ".webp"


def published_name(path: str) -> str:
    """Where a photo at ``path`` is published: the same place as WebP (``a/hall.jpg`` →
    ``a/hall.webp``)."""
    return path.rsplit(".", 1)[0] + PHOTO_EXTENSION


def rendition_name(path: str, width: int) -> str:
    """Where the copy ``width`` pixels wide of the photo published at ``path`` goes, beside
    it (``a/hall.webp`` → ``a/hall-640w.webp``)."""
    return f"{path.rsplit('.', 1)[0]}-{width}w{PHOTO_EXTENSION}"


@dataclass(frozen=True)
class PublishedPhoto:
    """A published photo's size in pixels and its narrower copies, as (width, site path)."""

    width: int
    height: int
    narrower: tuple[tuple[int, str], ...] = ()

    def srcset(self, path: str) -> str:
        """A ``srcset`` for the photo whose ``src`` is ``path`` (its copies sit beside it)."""
        folder = path.rpartition("/")[0]
        prefix = f"{folder}/" if folder else ""
        copies = [(w, f"{prefix}{name.rpartition('/')[2]}") for w, name in self.narrower]
        # A space or comma would end a srcset's address: write them %-encoded.
        return ", ".join(f"{quote(p, safe='/.-_~')} {w}w" for w, p in [*copies, (self.width, path)])


_TURNED = {5, 6, 7, 8}
"""EXIF orientations that turn the picture a quarter, swapping its width and height."""


def published_size(path: Path) -> tuple[int, int] | None:
    """Width and height of the photo at ``path`` once published, read from its header
    only (no pixels are decoded), or None if it cannot be read."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            if image.getexif().get(0x0112) in _TURNED:
                width, height = height, width
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    scale = min(1.0, MAX_EDGE / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


FORMATS = "JPEG, PNG, WebP, GIF or TIFF"


class PhotoError(ValueError):
    """A photo that cannot be published; the message names the file and says what to do."""


def publish_photo(data: bytes, name: str) -> tuple[bytes, str]:
    """The photo in ``data`` (from the file ``name``) ready to publish, and the
    extension of the published file (``".webp"``).

    Raises :class:`PhotoError` for a file over 20 MB, over 80 megapixels, or
    that is not an image Pillow can read.  The same input always gives the same
    bytes.
    """
    return encode(published_image(data, name)), PHOTO_EXTENSION


def published_image(data: bytes, name: str) -> Image.Image:
    """The pixels :func:`publish_photo` encodes (same checks, same errors)."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(
            f"{name}: the file is {len(data) / 1024 / 1024:.1f} MB, over the "
            f"{MAX_PHOTO_BYTES // 1024 // 1024} MB limit; export it smaller (about "
            f"{MAX_EDGE} px on the long side is plenty for the web) and add it again"
        )
    source = _open(data, name)
    try:
        return _upright_srgb(source, name)
    finally:
        source.close()


def narrower(image: Image.Image, width: int) -> bytes:
    """``image`` (as :func:`published_image` gives it) scaled to ``width`` pixels wide, as
    WebP."""
    height = max(1, round(image.height * width / image.width))
    return encode(image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0))


def _open(data: bytes, name: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise PhotoError(_too_many_pixels(name, None)) from None
    except UnidentifiedImageError:
        hint = "check that the file is not damaged and that its extension is right"
        if name.lower().endswith((".heic", ".heif")):
            hint = (
                "HEIC is the iPhone's own format: export the photo as JPEG, or set the "
                "iPhone to Settings > Camera > Formats > Most Compatible"
            )
        raise PhotoError(
            f"{name}: not an image that can be published; photos must be {FORMATS} files ({hint})"
        ) from None
    except OSError as error:
        raise PhotoError(f"{name}: the image could not be read ({error})") from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise PhotoError(_too_many_pixels(name, (width, height)))
    return image


def _too_many_pixels(name: str, size: tuple[int, int] | None) -> str:
    limit = f"{MAX_PIXELS // 1_000_000} megapixels"
    what = f"is {size[0]} x {size[1]} pixels, more than {limit}" if size else f"has over {limit}"
    return (
        f"{name}: the image {what}; export it at about {MAX_EDGE} px on the long side "
        "and add it again"
    )


def _upright_srgb(image: Image.Image, name: str) -> Image.Image:
    """A new, metadata-free image: upright, sRGB, RGB or RGBA, at most MAX_EDGE."""
    try:
        if image.format == "JPEG":
            # Decode a large JPEG at a reduced scale (1/2, 1/4, 1/8) where that
            # still leaves at least MAX_EDGE pixels: much faster, no visible loss.
            scale = MAX_EDGE / max(image.size)
            if scale < 1:
                image.draft(None, (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        image.seek(0)
        image.load()
        upright = ImageOps.exif_transpose(image) or image
        converted = _to_srgb(upright)
    except (OSError, ValueError, SyntaxError) as error:
        raise PhotoError(f"{name}: the image is damaged or truncated ({error})") from None
    width, height = converted.size
    scale = MAX_EDGE / max(width, height)
    if scale < 1:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        converted = converted.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    # A fresh image from the bare pixels: nothing of the original's info,
    # EXIF, XMP or ICC profile can travel with it.
    return Image.frombytes(converted.mode, converted.size, converted.tobytes())


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB, or RGBA where the picture has any transparency, in sRGB."""
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            srgb = ImageCms.createProfile("sRGB")
            output = "RGBA" if image.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(image, source, srgb, outputMode=output)
            if converted is not None:
                image = converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    converted = image.convert(mode)
    if mode == "RGBA" and converted.getchannel("A").getextrema()[0] == 255:
        converted = converted.convert("RGB")  # fully opaque after all
    return converted


def encode(image: Image.Image) -> bytes:
    """``image`` as the published WebP."""
    out = io.BytesIO()
    image.save(out, format="WEBP", quality=QUALITY, method=4)
    return out.getvalue()
