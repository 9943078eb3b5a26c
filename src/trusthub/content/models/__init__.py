"""Typed content models: the single source of truth for validation, defaults and JSON Schema."""

from trusthub.content.models.autonomy import LEVEL_LABELS, Area, Autonomy, Expectation, Level
from trusthub.content.models.base import Audience, Phase, TitledText
from trusthub.content.models.documents import TrustDocument, TrustDocuments
from trusthub.content.models.language import Language, Preferred, Term, Tone
from trusthub.content.models.page import PageMeta
from trusthub.content.models.school import (
    Colours,
    DocumentInfo,
    Home,
    HomeLayout,
    School,
    StatutoryLink,
)
from trusthub.content.models.statutory import Requirement, Statutory, StatutoryItem, TrustItem
from trusthub.content.models.strategy import Priority, Strategy
from trusthub.content.models.trust import ContentKind, Palette, Trust
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
OPTIONAL_BRAND_FILES = {
    "documents.yml": TrustDocuments,
}
"""brand/ files a trust may leave out, and the model of each."""

__all__ = [
    "BRAND_FILES",
    "LEVEL_LABELS",
    "OPTIONAL_BRAND_FILES",
    "Area",
    "Audience",
    "Autonomy",
    "Colours",
    "ContentKind",
    "DocumentInfo",
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
    "Requirement",
    "School",
    "Statutory",
    "StatutoryItem",
    "StatutoryLink",
    "Strategy",
    "Term",
    "TitledText",
    "Tone",
    "Trust",
    "TrustDocument",
    "TrustDocuments",
    "TrustItem",
    "Value",
    "Values",
]
