"""brand/autonomy.yml: aligned autonomy, area by area, and the non-negotiables."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from trusthub.content.models.base import Identifier, Markdown, Phase, StrictModel, Text


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
    phases: dict[Phase, Markdown] = Field(
        default_factory=dict,
        description=(
            "More of the policy for schools of one phase only, e.g. primary: how phonics "
            "is taught. A school's page shows only its own phase's text; the trust's page "
            "shows each under its own heading."
        ),
    )

    def phase_text(self, phase: Phase) -> list[str]:
        """The phase-specific parts of the policy that apply to a school of ``phase``."""
        return [text for key, text in self.phases.items() if key in phase.covers]


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
