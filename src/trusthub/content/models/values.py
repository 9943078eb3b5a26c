"""brand/values.yml: the trust's core values and what they look like in action."""

from __future__ import annotations

from pydantic import Field

from trusthub.content.models.base import Identifier, StrictModel, Text


class Value(StrictModel):
    id: Identifier = Field(description="Stable id that schools use as a key, e.g. kindness.")
    name: Text
    summary: Text
    icon: str | None = Field(default=None, description="Optional Material icon name.")
    expect: list[Text] = Field(min_length=1, description="What we expect to see.")
    love: list[Text] = Field(min_length=1, description="What we would love to see.")
    avoid: list[Text] = Field(min_length=1, description="What we should not see.")


class Values(StrictModel):
    """brand/values.yml"""

    values: list[Value] = Field(min_length=3, max_length=8)

    def by_id(self) -> dict[str, Value]:
        return {value.id: value for value in self.values}
