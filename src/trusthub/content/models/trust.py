"""brand/trust.yml: who the trust is, how to reach it, its palette and font."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, EmailStr, Field

from trusthub.content.models.base import HexColour, StrictModel, Text, WebAddress, content_error


def _font_family(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .-]{0,63}", value):
        raise content_error(
            f'"{value}" is not a font family name',
            "use the name the font files declare (letters, digits, spaces), "
            'like "Atkinson Hyperlegible"',
        )
    return value


FontFamily = Annotated[str, AfterValidator(_font_family)]
"""A font family name, safe to write into CSS, SVG and fontconfig as it is."""


class Contact(StrictModel):
    email: EmailStr = Field(description="Public enquiries address.")
    phone: Text = Field(description="Main switchboard number.")
    address: Text = Field(description="Postal address, one line or several.")


def _company_number(value: str) -> str:
    if not re.fullmatch(r"(\d{8}|[A-Z]{2}\d{6})", value):
        raise content_error(
            f'"{value}" is not a Companies House number',
            'eight digits, or two capital letters and six digits, like "09876543"',
        )
    return value


CompanyNumber = Annotated[
    str,
    AfterValidator(_company_number),
    Field(json_schema_extra={"pattern": r"^(\d{8}|[A-Z]{2}\d{6})$"}),
]


class Legal(StrictModel):
    """What a company's website must say about it (the Companies Act 2006 rules)."""

    company_number: CompanyNumber = Field(description="Companies House registration number.")
    registered_office: Text = Field(description="The registered office address, on one line.")
    registered_in: Text = Field(default="England and Wales", description="Where it is registered.")


class Palette(StrictModel):
    """Named brand colours in hex."""

    primary: HexColour = Field(description="Main brand colour: header, buttons.")
    secondary: HexColour = Field(description="Second brand colour: accents, links.")
    extended: dict[str, HexColour] = Field(
        default_factory=dict, description="Optional further named colours."
    )

    def named(self) -> dict[str, str]:
        """All colours by name, primary and secondary first."""
        return {"primary": self.primary, "secondary": self.secondary, **self.extended}


class FontFile(StrictModel):
    path: Text = Field(description="File under brand/fonts/, e.g. a WOFF from @fontsource.")
    weight: int = Field(default=400, ge=100, le=900)
    style: Literal["normal", "italic"] = "normal"


class Font(StrictModel):
    family: FontFamily = Field(description="Font family name, as the font files declare it.")
    licence: Text = Field(default="SIL Open Font License 1.1")
    files: list[FontFile] = Field(min_length=1, description="Self-hosted font files.")


class ContentKind(StrEnum):
    """Kinds of content an accessibility problem can be about, which a site may not have."""

    documents = "documents"
    """PDFs published from a documents/ folder (a school's or brand/)."""
    video = "video"
    audio = "audio"


class Accessibility(StrictModel):
    """Facts for the accessibility statement (GOV.UK model statement)."""

    contact: EmailStr = Field(description="Where people report accessibility problems.")
    compliance: Literal["full", "partial", "none"] = "partial"
    last_tested: dt.date = Field(description="When the site was last tested.")
    prepared: dt.date = Field(description="When this statement was first prepared.")
    reviewed: dt.date | None = Field(default=None, description="When it was last reviewed.")
    known_issues: list[Text] = Field(
        default_factory=list, description="Problems with the site as a whole, always listed."
    )
    content_issues: dict[ContentKind, list[Text]] = Field(
        default_factory=dict,
        description=(
            "Problems with one kind of content (documents, video, audio), listed only while "
            "the site has that kind of content: trusthub check warns about the others."
        ),
    )
    response_days: int = Field(default=10, ge=1, description="Days to reply to a request.")


class Trust(StrictModel):
    """brand/trust.yml"""

    name: Text = Field(description="Full legal name of the trust.")
    short_name: Text = Field(description="Name used in running text and headers.")
    mission: Text
    vision: Text
    tagline: Text
    site_url: WebAddress | None = Field(default=None, description="Where the published site lives.")
    contact: Contact
    legal: Legal | None = Field(
        default=None, description="Company number and registered office, for every page's footer."
    )
    logo: Text = Field(description="SVG logo under brand/.")
    logo_mono: str | None = Field(default=None, description="Optional one-colour SVG logo.")
    palette: Palette
    font: Font
    locale: Text = "en-GB"
    accessibility: Accessibility
    max_document_mb: int = Field(
        default=10,
        ge=1,
        le=100,
        description="Largest PDF a school or the trust may publish (from a documents/ folder), "
        "in MB.",
    )
    owners: list[Text] = Field(
        default_factory=list, description="Git teams or users who own the trust's files."
    )
