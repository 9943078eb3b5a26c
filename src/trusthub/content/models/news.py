"""News: the front matter of a story (``content/news/*.md``, ``schools/<slug>/news/*.md``)
and ``brand/news.yml``, where the trust chooses school stories for its own news page."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, Field

from trusthub.content.models.base import (
    Audience,
    IdsFrom,
    StrictModel,
    Text,
    Widget,
    content_error,
)

PHOTO_PATH_RE = re.compile(
    r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*"
    r"\.(?:jpe?g|png|webp|gif|tiff?|JPE?G|PNG|WEBP|GIF|TIFF?)$"
)


def _photo_path(value: str) -> str:
    if not PHOTO_PATH_RE.match(value):
        raise content_error(
            f'"{value}" is not the name of a photo in this folder',
            "give a JPEG, PNG, WebP, GIF or TIFF file by its path in the folder, with letters, "
            "digits, hyphens and underscores, like images/science-week.jpg",
        )
    return value


PhotoPath = Annotated[
    str,
    AfterValidator(_photo_path),
    Field(json_schema_extra={"pattern": PHOTO_PATH_RE.pattern}),
    Widget("image"),
]


class StoryImage(StrictModel):
    """A photo at the top of a story, published like every photo: no metadata, as WebP."""

    src: PhotoPath = Field(
        description="A photo in the section's folder (the school's folder, or content/ for "
        "the trust), e.g. images/science-week.jpg."
    )
    alt: Text = Field(description="What the photo shows, for people who cannot see it.")


class StoryMeta(StrictModel):
    """The front matter of a news story."""

    title: Text = Field(description="The headline, e.g. Year 6 win the county quiz.")
    date: dt.date = Field(
        description="The day the story is published, YYYY-MM-DD: news is "
        "listed newest first by this date."
    )
    summary: Text = Field(
        description="One or two sentences: shown in news lists, on the home page and in the feed."
    )
    image: StoryImage | None = None
    audience: Audience = Field(
        default=Audience.public, description="staff: left out of the public site and its feeds."
    )


class NewsSettings(StrictModel):
    """brand/news.yml"""

    from_schools: list[Annotated[Text, IdsFrom("stories")]] = Field(
        default_factory=list,
        description="School stories the trust's news page shows beside its own, each as "
        "<school>/<file>, e.g. brookfield/2026-11-12-science-week.md.",
    )
