"""Typed content models: the single source of truth for validation, defaults and JSON Schema."""

from .autonomy import LEVEL_LABELS, Area, Autonomy, Expectation, Level
from .base import Audience, Phase, TitledText
from .language import Language, Preferred, Term, Tone
from .page import PageMeta
from .school import Colours, School, StatutoryLink
from .statutory import Statutory, StatutoryItem
from .strategy import Priority, Strategy
from .trust import Palette, Trust
from .values import Value, Values

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
