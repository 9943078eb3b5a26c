"""brand/documents.yml: the documents the trust publishes about itself.

Each document meets one of the trust's statutory items (``trust:`` in
brand/statutory.yml: articles of association, funding agreements, annual report and
accounts…); ``trusthub check`` says when an item has no document, or when a document
is out of date by the item's rules, exactly as it does for a school's statutory items.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from trusthub.content.models.base import (
    Identifier,
    Link,
    StrictModel,
    Text,
    WebAddress,
    content_error,
)


class TrustDocument(StrictModel):
    """One document: a PDF in brand/documents/ or a page elsewhere on the web."""

    item: Identifier = Field(
        description="The trust item it meets (an id under trust: in statutory.yml)."
    )
    title: Text = Field(description="Shown as the link, e.g. Annual report and accounts 2024–25.")
    file: Link | None = Field(
        default=None, description="A PDF in brand/documents/, e.g. documents/articles.pdf."
    )
    url: WebAddress | None = Field(default=None, description="Or where it is published online.")
    published: dt.date | None = Field(
        default=None, description="The date of this version; the date the PDF records if left out."
    )
    reviewed: dt.date | None = Field(default=None, description="When it was last checked.")

    @model_validator(mode="after")
    def _file_or_url(self) -> TrustDocument:
        if (self.file is None) == (self.url is None):
            raise content_error(
                f'"{self.title}" needs either a file or a url',
                "give file: documents/<name>.pdf for a PDF in brand/documents/, or url: https://…",
            )
        return self

    @property
    def link(self) -> str:
        return self.file or self.url or ""


class TrustDocuments(StrictModel):
    """brand/documents.yml"""

    employees: int | None = Field(
        default=None,
        ge=0,
        description="Employees on the last snapshot date (31 March): items with "
        "min_employees (the gender pay gap report, from 250) apply only from that many.",
    )
    documents: list[TrustDocument] = Field(default_factory=list)
