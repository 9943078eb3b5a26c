"""Typed content models: the single source of truth for validation, defaults and JSON Schema."""

from trusthub.content.models.autonomy import LEVEL_LABELS, Area, Autonomy, Expectation, Level
from trusthub.content.models.base import Audience, Phase, TitledText
from trusthub.content.models.language import Language, Preferred, Term, Tone
from trusthub.content.models.page import PageMeta
from trusthub.content.models.school import Colours, Home, HomeLayout, School, StatutoryLink
from trusthub.content.models.statutory import Statutory, StatutoryItem
from trusthub.content.models.strategy import Priority, Strategy
from trusthub.content.models.trust import Palette, Trust
from trusthub.content.models.values import Value, Values

BRAND_FILES = {
    "trust.yml": Trust,
    "values.yml": Values,
    "strategy.yml": Strategy,
    "language.yml": Language,
    "autonomy.yml": Autonomy,
    "statutory.yml": Statutory,
}
"""Each brand/ file and the model that validates it."""

__all__ = [
    "BRAND_FILES",
    "LEVEL_LABELS",
    "Area",
    "Audience",
    "Autonomy",
    "Colours",
    "Expectation",
    "Home",
    "HomeLayout",
    "Language",
    "Level",
    "PageMeta",
    "Palette",
    "Phase",
    "Preferred",
    "Priority",
    "School",
    "Statutory",
    "StatutoryItem",
    "StatutoryLink",
    "Strategy",
    "Term",
    "TitledText",
    "Tone",
    "Trust",
    "Value",
    "Values",
]
