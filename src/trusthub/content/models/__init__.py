"""Typed content models: the single source of truth for validation, defaults and JSON Schema."""

from trusthub.content.models.autonomy import LEVEL_LABELS, Area, Autonomy, Expectation, Level
from trusthub.content.models.base import Audience, Phase, TitledText
from trusthub.content.models.calendar import (
    AcademicYear,
    Event,
    Holiday,
    InsetDay,
    SchoolCalendar,
    TrustCalendar,
)
from trusthub.content.models.cms import Backend, CmsSettings
from trusthub.content.models.documents import TrustDocument, TrustDocuments
from trusthub.content.models.governance import Committee, Governance, Governor, Governors
from trusthub.content.models.language import Language, Preferred, Term, Tone
from trusthub.content.models.news import NewsSettings, StoryImage, StoryMeta
from trusthub.content.models.notices import Notice, Notices
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
    "calendar.yml": TrustCalendar,
    "notices.yml": Notices,
    "governance.yml": Governance,
    "news.yml": NewsSettings,
    "cms.yml": CmsSettings,
}
"""brand/ files a trust may leave out, and the model of each."""
SCHOOL_FILES = {
    "calendar.yml": SchoolCalendar,
    "notices.yml": Notices,
}
"""Files a school's folder may hold besides school.yml, and the model of each."""

__all__ = [
    "BRAND_FILES",
    "LEVEL_LABELS",
    "OPTIONAL_BRAND_FILES",
    "SCHOOL_FILES",
    "AcademicYear",
    "Area",
    "Audience",
    "Autonomy",
    "Backend",
    "CmsSettings",
    "Colours",
    "Committee",
    "ContentKind",
    "DocumentInfo",
    "Event",
    "Expectation",
    "Governance",
    "Governor",
    "Governors",
    "Holiday",
    "Home",
    "HomeLayout",
    "InsetDay",
    "Language",
    "Level",
    "NewsSettings",
    "Notice",
    "Notices",
    "PageMeta",
    "Palette",
    "Phase",
    "Preferred",
    "Priority",
    "Requirement",
    "School",
    "SchoolCalendar",
    "Statutory",
    "StatutoryItem",
    "StatutoryLink",
    "StoryImage",
    "StoryMeta",
    "Strategy",
    "Term",
    "TitledText",
    "Tone",
    "Trust",
    "TrustCalendar",
    "TrustDocument",
    "TrustDocuments",
    "TrustItem",
    "Value",
    "Values",
]
