"""brand/strategy.yml: the strategy as a rocket ship.

The destination star is the mission, the nose the vision, the body sections the
strategic priorities, the engines the enablers and the launch pad the
foundations. The fins are the core values from values.yml.
"""

from __future__ import annotations

from pydantic import Field

from trusthub.content.models.base import Identifier, StrictModel, Text, TitledText


class Priority(StrictModel):
    id: Identifier
    title: Text = Field(description="Short title shown on the rocket body.")
    summary: Text = Field(description="One sentence shown on the rocket.")
    goals: list[Text] = Field(default_factory=list, description="Goals listed beside it.")


class Strategy(StrictModel):
    """brand/strategy.yml"""

    title: Text = Field(description="Name of the strategy, e.g. 'Strategy 2025–2030'.")
    destination: Text = Field(description="The mission: the star the rocket flies to.")
    nose: Text = Field(description="The vision, at the rocket's nose.")
    priorities: list[Priority] = Field(min_length=3, max_length=6)
    engines: list[TitledText] = Field(min_length=1, max_length=6, description="Enablers.")
    launch_pad: list[TitledText] = Field(
        min_length=1, max_length=6, description="Foundations and non-negotiables."
    )
