"""Work run inside the drawing child processes (see :func:`trusthub.graphics.render.call_job`):
the only functions a child calls by name.

Arguments arrive as JSON values, so paths come as strings.
"""

from __future__ import annotations

from pathlib import Path

from trusthub.graphics.photos import publish_photo
from trusthub.graphics.share import share_image


def share(
    title: str,
    section_name: str,
    primary: str,
    accent: str,
    regular_font: str,
    bold_font: str,
    logo_png: str | None,
    trust_name: str,
) -> bytes:
    """A page's 1200×630 share image."""
    logo = Path(logo_png).read_bytes() if logo_png else None
    return share_image(
        title,
        section_name,
        primary=primary,
        accent=accent,
        regular_font=Path(regular_font),
        bold_font=Path(bold_font),
        logo_png=logo,
        trust_name=trust_name,
    )


def photo(source: str) -> bytes:
    """A photo without metadata, at most 2000 px on its long edge, as WebP."""
    data, _suffix = publish_photo(Path(source).read_bytes(), Path(source).name)
    return data
