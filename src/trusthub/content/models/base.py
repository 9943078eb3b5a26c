"""Shared building blocks for the content models.

Every model forbids unknown keys, so a misspelt key is reported (with a
"did you mean" hint) instead of being silently ignored.  Field-level types raise
:class:`~pydantic_core.PydanticCustomError` with a ``hint`` in the context, which
:mod:`trusthub.content.validation` turns into ``path:line:col: message (hint)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class StrictModel(BaseModel):
    """Base for every YAML model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


@dataclass(frozen=True)
class Widget:
    """How the web editor (``trusthub cms``) edits a value of this type, by Decap CMS's
    widget name: ``Annotated[str, Widget("markdown")]``. Validation ignores it."""

    name: str


@dataclass(frozen=True)
class IdsFrom:
    """Values (or, on a mapping, keys) that are ids from the trust's data: ``values`` (trust
    value ids), ``areas`` (autonomy areas), ``statutory`` (statutory items), ``expectations``
    (non-negotiables), ``documents`` (PDFs in the school's documents/), ``stories`` (school
    news stories). The web editor offers them as a select, or a mapping as one field per
    id; validation ignores it (``trusthub check`` judges the ids)."""

    source: str


def content_error(message: str, hint: str = "") -> PydanticCustomError:
    """An error whose message and hint are shown to people as they are."""
    return PydanticCustomError("trusthub", message, {"hint": hint})


def _hex_colour(value: str) -> str:
    if not HEX_RE.match(value):
        raise content_error(
            f'"{value}" is not a colour',
            'write six hex digits after a hash, like "#1d4ed8"',
        )
    return value.lower()


def _identifier(value: str) -> str:
    if not ID_RE.match(value):
        raise content_error(
            f'"{value}" is not a valid id',
            'use lower-case letters, digits and hyphens, like "high-expectations"',
        )
    return value


HexColour = Annotated[
    str,
    AfterValidator(_hex_colour),
    Widget("color"),
    Field(json_schema_extra={"pattern": HEX_RE.pattern}, examples=["#1d4ed8"]),
]
Identifier = Annotated[
    str, AfterValidator(_identifier), Field(json_schema_extra={"pattern": ID_RE.pattern})
]
URL_SCHEMES = ("https", "http", "mailto", "tel")
"""The only schemes a link in content may use; anything else (javascript:, data:) is refused."""
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def link_scheme(value: str) -> str | None:
    """The scheme of ``value`` in lower case (``"https"``), or None for a relative link."""
    match = _SCHEME.match(value)
    return match.group(1).lower() if match else None


def _link(value: str) -> str:
    scheme = link_scheme(value)
    if value.startswith(("//", "\\")) or any(c.isspace() for c in value):
        raise content_error(
            f'"{value}" is not a usable link',
            "write a full address starting https:// or a file name in this folder, without spaces",
        )
    if scheme is not None and scheme not in URL_SCHEMES:
        raise content_error(
            f'links may not start "{scheme}:"',
            "use an https://, http://, mailto: or tel: address, or a file name in this folder",
        )
    if scheme in ("http", "https") and not re.match(r"^https?://[^/?#]+", value, re.I):
        raise content_error(f'"{value}" has no web address after {scheme}://', "")
    return value


def _web_address(value: str) -> str:
    _link(value)
    if link_scheme(value) not in ("http", "https"):
        raise content_error(
            f'"{value}" is not a web address',
            'write it in full, like "https://www.example.org.uk/"',
        )
    return value


Link = Annotated[
    str,
    AfterValidator(_link),
    Field(min_length=1, description="A page in this folder or an https://, mailto: or tel: link."),
]
"""A link written in content: a relative file or page, or a URL with an allowed scheme."""
WebAddress = Annotated[
    str,
    AfterValidator(_web_address),
    Field(json_schema_extra={"pattern": "^https?://"}, examples=["https://www.example.org.uk/"]),
]
"""A full http(s) address."""
Text = Annotated[str, Field(min_length=1)]
"""A non-empty line of plain text."""
Markdown = Annotated[str, Field(min_length=1, description="Markdown text"), Widget("markdown")]
Sentences = Annotated[str, Field(min_length=1), Widget("text")]
"""A few plain sentences: a box of several lines in the web editor."""


class Phase(StrEnum):
    """School phases, as the DfE groups them."""

    nursery = "nursery"
    infant = "infant"
    primary = "primary"
    junior = "junior"
    secondary = "secondary"
    all_through = "all-through"
    special = "special"
    sixth_form = "sixth-form"
    alternative_provision = "alternative-provision"

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]

    @property
    def is_school(self) -> bool:
        """False for a phase not called a school: "a sixth form", not "a sixth form school"."""
        return self not in (Phase.sixth_form, Phase.alternative_provision)

    @property
    def kind(self) -> str:
        """What a school of this phase is, in a few words: "Primary school", "Sixth form"."""
        return f"{self.label} school" if self.is_school else self.label

    @property
    def covers(self) -> frozenset[Phase]:
        """The phases whose guidance applies to a school of this phase: an infant or
        junior school is also a primary school, an all-through school both primary
        and secondary."""
        return frozenset({self, *PHASE_COVERS.get(self, ())})


PHASE_LABELS = {
    Phase.nursery: "Nursery",
    Phase.infant: "Infant",
    Phase.primary: "Primary",
    Phase.junior: "Junior",
    Phase.secondary: "Secondary",
    Phase.all_through: "All-through",
    Phase.special: "Special",
    Phase.sixth_form: "Sixth form",
    Phase.alternative_provision: "Alternative provision",
}


PHASE_COVERS = {
    Phase.infant: (Phase.primary,),
    Phase.junior: (Phase.primary,),
    Phase.all_through: (Phase.primary, Phase.secondary),
}


class Audience(StrEnum):
    """Who may see a page: everyone, or staff only (left out of the public build)."""

    public = "public"
    staff = "staff"


class TitledText(StrictModel):
    """A short titled item, such as a priority, an engine or a foundation."""

    title: Text = Field(description="Short title, a few words.")
    summary: Annotated[str, Widget("text")] = Field(default="", description="One or two sentences.")
