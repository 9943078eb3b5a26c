"""brand/autonomy.yml: aligned autonomy, area by area, and the non-negotiables."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from trusthub.content.models.base import Identifier, Markdown, StrictModel, Text


class Level(StrEnum):
    aligned = "aligned"
    """One trust policy and practice; schools cannot replace it."""
    framework = "framework"
    """Trust framework, local implementation; schools add their own addendum."""
    local = "local"
    """The school decides."""


LEVEL_LABELS = {
    Level.aligned: "Aligned: one trust approach",
    Level.framework: "Framework: trust framework, local practice",
    Level.local: "Local: the school decides",
}


class Area(StrictModel):
    id: Identifier
    name: Text
    level: Level
    summary: Text
    policy: Markdown | None = Field(
        default=None, description="The trust's page for this area (Markdown)."
    )


class Expectation(StrictModel):
    id: Identifier
    title: Text
    description: Text


class Autonomy(StrictModel):
    """brand/autonomy.yml"""

    areas: list[Area] = Field(min_length=1)
    expectations: list[Expectation] = Field(
        default_factory=list, description="What every school must have."
    )

    def by_id(self) -> dict[str, Area]:
        return {area.id: area for area in self.areas}
