"""Front matter of a Markdown page (trust or school)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trusthub.content.models.base import Audience, Identifier, IdsFrom, StrictModel, Text


class SearchOptions(StrictModel):
    exclude: bool = False
    boost: float = Field(default=1.0, ge=0, le=10)


class PageMeta(StrictModel):
    """Keys a page may set in its front matter (trusthub's and Material's)."""

    title: str | None = None
    description: str | None = None
    audience: Audience = Audience.public
    area: Annotated[Identifier, IdsFrom("areas")] | None = Field(
        default=None, description="An autonomy area id."
    )
    # Material for MkDocs keys, each narrowed to values that can only select, never inject.
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = Field(
        default_factory=list
    )
    icon: str | None = Field(
        default=None, pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)*$", description="e.g. material/school"
    )
    status: Identifier | None = None
    subtitle: str | None = None
    template: str | None = Field(default=None, pattern=r"^[a-z0-9_-]+\.html$")
    search: SearchOptions | None = None
    tags: list[Text] = Field(default_factory=list)
