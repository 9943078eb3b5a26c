"""Front matter of a Markdown page (trust or school)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .base import Audience, Identifier, StrictModel


class PageMeta(StrictModel):
    """Keys a page may set in its front matter (trusthub's and Material's)."""

    title: str | None = None
    description: str | None = None
    audience: Audience = Audience.public
    area: Identifier | None = Field(default=None, description="An autonomy area id.")
    # Material for MkDocs keys, passed through unchanged.
    hide: list[str] = Field(default_factory=list)
    icon: str | None = None
    status: str | None = None
    subtitle: str | None = None
    template: str | None = None
    search: dict[str, Any] | None = None
    tags: list[str] = Field(default_factory=list)
