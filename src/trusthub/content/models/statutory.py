"""brand/statutory.yml: what every school section must publish online."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from trusthub.content.models.base import Identifier, Phase, StrictModel, Text, content_error

DUE_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class StatutoryItem(StrictModel):
    id: Identifier
    title: Text
    phases: list[Phase] = Field(default_factory=list, description="Empty means every phase.")
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

    def applies_to(self, phase: Phase) -> bool:
        return not self.phases or phase in self.phases


class Statutory(StrictModel):
    """brand/statutory.yml"""

    items: list[StatutoryItem] = Field(min_length=1)

    def by_id(self) -> dict[str, StatutoryItem]:
        return {item.id: item for item in self.items}
