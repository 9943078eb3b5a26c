"""brand/language.yml: glossary, words we use and avoid, tone of voice."""

from __future__ import annotations

from pydantic import Field

from trusthub.content.models.base import StrictModel, Text


class Term(StrictModel):
    term: Text
    definition: Text
    aliases: list[Text] = Field(default_factory=list)


class Preferred(StrictModel):
    use: Text = Field(description="The phrase we use.")
    avoid: list[Text] = Field(min_length=1, description="Phrases we avoid.")
    why: Text
    local_choice: bool = Field(
        default=False, description="Schools may keep an avoided phrase (language_exceptions)."
    )


class Tone(StrictModel):
    principle: Text
    description: Text
    write: str = Field(default="", description="An example we would write.")
    not_write: str = Field(default="", description="An example we would not write.")


class Language(StrictModel):
    """brand/language.yml"""

    terms: list[Term] = Field(default_factory=list)
    preferred: list[Preferred] = Field(default_factory=list)
    tone: list[Tone] = Field(default_factory=list)

    def local_choices(self) -> set[str]:
        """Avoided phrases a school may keep, lower-cased."""
        return {p.lower() for pair in self.preferred if pair.local_choice for p in pair.avoid}
