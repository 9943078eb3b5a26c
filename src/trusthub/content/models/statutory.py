"""brand/statutory.yml: what every school section must publish online."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from trusthub.content.models.base import Identifier, Phase, StrictModel, Text, content_error

DUE_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Requirement(StrictModel):
    """Something that must be published online, and how often it must be brought up to date."""

    id: Identifier
    title: Text
    due: str | None = Field(default=None, description="Annual due date as MM-DD.")
    max_age_days: int | None = Field(default=None, ge=1)
    guidance: str = Field(default="", description="What to publish, in a sentence.")

    @field_validator("due")
    @classmethod
    def _due(cls, value: str | None) -> str | None:
        if value is not None and not DUE_RE.match(value):
            raise content_error(
                f'"{value}" is not a month and day', 'write it as MM-DD, like "03-15"'
            )
        return value


class StatutoryItem(Requirement):
    """What every school of the listed phases must publish."""

    phases: list[Phase] = Field(default_factory=list, description="Empty means every phase.")

    def applies_to(self, phase: Phase) -> bool:
        return not self.phases or phase in self.phases


class TrustItem(Requirement):
    """What the trust itself must publish (its documents are listed in brand/documents.yml)."""

    min_employees: int | None = Field(
        default=None,
        ge=1,
        description="Required only of a trust with at least this many employees "
        "(250 for the gender pay gap report).",
    )

    def applies_to(self, employees: int | None) -> bool:
        """True unless the trust says it has fewer employees than the item needs."""
        return self.min_employees is None or employees is None or employees >= self.min_employees


class Statutory(StrictModel):
    """brand/statutory.yml"""

    items: list[StatutoryItem] = Field(min_length=1)
    trust: list[TrustItem] = Field(
        default_factory=list,
        description="What the trust publishes about itself: articles, funding agreements, "
        "accounts… Its documents are listed in brand/documents.yml.",
    )

    def by_id(self) -> dict[str, StatutoryItem]:
        return {item.id: item for item in self.items}

    def trust_by_id(self) -> dict[str, TrustItem]:
        return {item.id: item for item in self.trust}
