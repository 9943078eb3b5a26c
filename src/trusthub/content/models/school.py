"""schools/<slug>/school.yml: one school's identity and how it lives the trust's values."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, EmailStr, Field, model_validator

from trusthub.content.models.base import (
    Audience,
    HexColour,
    IdsFrom,
    Link,
    Markdown,
    Phase,
    Sentences,
    StrictModel,
    Text,
    TitledText,
    WebAddress,
    Widget,
    content_error,
    link_scheme,
)

URN_RE = re.compile(r"^\d{6}$")


def _urn(value: object) -> str:
    text = str(value)
    if not URN_RE.match(text):
        raise content_error(
            f'URN "{text}" must be 6 digits',
            "find it on Get Information about Schools",
        )
    return text


Urn = Annotated[str | int, AfterValidator(_urn), Field(json_schema_extra={"pattern": r"^\d{6}$"})]


class Colours(StrictModel):
    primary: HexColour = Field(description="Header and buttons.")
    accent: HexColour = Field(description="Links and highlights.")


class StatutoryLink(StrictModel):
    link: Link = Field(
        description=(
            "Where the item is: a section of a page in this school's folder "
            "(policies.md#behaviour), a document (documents/behaviour-policy.pdf) or a URL."
        )
    )
    reviewed: dt.date | None = Field(default=None, description="When it was last reviewed.")

    @property
    def external(self) -> bool:
        """True for a URL, False for a page or document in the school's folder."""
        return link_scheme(self.link) is not None

    @property
    def file(self) -> str:
        """The page or document linked to, without its anchor (``policies.md``)."""
        return self.link.partition("#")[0]

    @property
    def anchor(self) -> str:
        """The heading linked to on the page (``behaviour``), or "" for the top of it."""
        return self.link.partition("#")[2]


class DocumentInfo(StrictModel):
    """What families see about one PDF in the school's documents/ folder."""

    title: Text | None = Field(
        default=None, description="Shown as the link; the file name if left out."
    )
    date: dt.date | None = Field(
        default=None,
        description="When this version was published; the date the PDF records if left out.",
    )


class HomeLayout(StrEnum):
    """How a school's generated home page is laid out."""

    welcome = "welcome"
    """The school's banner (logo, motto, contact), its ethos, its values, then signposts."""
    photo = "photo"
    """A wide photo under the school's name; quick links before the ethos."""
    letter = "letter"
    """The headteacher's welcome leads, with the school's key facts beside it."""


class Home(StrictModel):
    """How the school's home page looks (ignored if the school writes its own index.md)."""

    layout: HomeLayout = Field(default=HomeLayout.welcome, description="welcome, photo or letter.")
    photo: Annotated[Text, Widget("image")] | None = Field(
        default=None,
        description=(
            "A photo in this folder for the top of the page, e.g. images/front.jpg: published "
            "without its metadata. Needed by the photo layout."
        ),
    )
    photo_alt: Text | None = Field(
        default=None, description="What the photo shows, for people who cannot see it."
    )
    welcome: Markdown | None = Field(
        default=None, description="The headteacher's welcome. Needed by the letter layout."
    )

    @model_validator(mode="after")
    def _complete(self) -> Home:
        if self.photo and not self.photo_alt:
            raise content_error(
                "the home page photo has no photo_alt",
                'describe it in a few words, e.g. photo_alt: "Pupils planting the school garden"',
            )
        if self.layout is HomeLayout.photo and not self.photo:
            raise content_error(
                "the photo layout needs a photo",
                "add photo: with a file in this folder, e.g. images/front.jpg",
            )
        if self.layout is HomeLayout.letter and not self.welcome:
            raise content_error(
                "the letter layout needs the headteacher's welcome",
                "add welcome: | followed by a few paragraphs",
            )
        return self


class School(StrictModel):
    """schools/<slug>/school.yml"""

    name: Text
    short_name: Text
    urn: Urn = Field(title="URN", description="6-digit DfE unique reference number.")
    phase: Phase
    religious_character: str | None = Field(default=None, description="e.g. Church of England.")
    age_range: str | None = Field(default=None, description="e.g. 4–11.")
    joined: dt.date = Field(description="When the school joined the trust.")
    headteacher: Text
    senco: Text = Field(title="SENCO", description="Name and contact of the SENCO.")
    address: Text
    phone: Text
    email: EmailStr
    website: WebAddress | None = None
    colours: Colours
    logo: Text = Field(description="Logo file in this school's folder.")
    motto: Text
    ethos: Markdown
    values: Annotated[dict[str, Sentences], IdsFrom("values")] = Field(
        description="Trust value id → how this school lives it."
    )
    local_priorities: list[TitledText] = Field(default_factory=list, max_length=6)
    leads: list[TitledText] = Field(default_factory=list, description="Trust-wide initiatives led.")
    statutory: Annotated[dict[str, StatutoryLink], IdsFrom("statutory")] = Field(
        default_factory=dict,
        description="Statutory item id → where it is published and when it was last reviewed.",
    )
    documents: Annotated[dict[str, DocumentInfo], IdsFrom("documents")] = Field(
        default_factory=dict,
        description=(
            "File name in documents/ → its title and date, e.g. behaviour-policy.pdf: "
            "{title: Behaviour policy, date: 2026-09-23}. Every PDF in documents/ is "
            "published; this only names them."
        ),
    )
    expectations: Annotated[dict[str, Sentences], IdsFrom("expectations")] = Field(
        default_factory=dict, description="Non-negotiable id → how this school meets it."
    )
    contacts: Annotated[dict[str, Text], IdsFrom("areas")] = Field(
        default_factory=dict,
        description=(
            "Autonomy area id → who to contact about it at this school, e.g. safeguarding: "
            '"Mrs A Khan, designated safeguarding lead, 01632 960431". Shown on that area\'s page.'
        ),
    )
    home: Home = Field(default_factory=Home, description="How the home page looks.")
    pages: list[Text] = Field(
        default_factory=list,
        description=(
            "The order of this section's navigation after Home: page files in this folder "
            "(e.g. curriculum.md) and the pages every school has (values.md, strategy.md, "
            "how-we-work.md, contact.md). Pages left out follow in the usual order."
        ),
    )
    language_exceptions: list[Text] = Field(default_factory=list)
    owners: list[Text] = Field(default_factory=list)
    audience: Audience = Audience.public

    @property
    def head(self) -> str:
        """The head's name with their role: "Mr D Okafor, Headteacher", or as written if
        it names one already ("Ms A Brennan, Principal")."""
        return self.headteacher if "," in self.headteacher else f"{self.headteacher}, Headteacher"
