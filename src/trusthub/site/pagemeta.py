"""Front matter of the generated pages, composed as data and written as YAML.

Page templates hold only the body. The front matter is filled in here with plain
``str.format`` and serialised with a YAML emitter, so a school's name that contains
a colon, a quote or a line break stays one value of one key and cannot add keys of
its own; the theme escapes it where it is shown.
"""

from __future__ import annotations

from typing import Any

import yaml

PAGE_META: dict[str, dict[str, Any]] = {
    "accessibility.md": {
        "title": "Accessibility statement",
        "description": "Accessibility statement for the {trust.name} website.",
    },
    "area.md": {"title": "{area.name}", "description": "{area.summary}"},
    "autonomy.md": {
        "title": "Aligned autonomy",
        "description": "What every school in {trust.name} does the same way, "
        "and what each school decides for itself.",
    },
    "brand.md": {
        "title": "Brand guidelines",
        "description": "How to use the {trust.name} logo, colours and typeface.",
    },
    "dashboard.md": {
        "title": "Statutory information dashboard",
        "description": "Staff only. What every school publishes, "
        "and what is missing or out of date.",
        "audience": "staff",
        "hide": ["toc"],
    },
    "home.md": {"title": "Home", "description": "{trust.tagline}", "hide": ["toc"]},
    "language.md": {
        "title": "Shared language",
        "description": "The words we use across {trust.name}, the ones we avoid, "
        "and our tone of voice.",
    },
    "leads.md": {
        "title": "Led by our schools",
        "description": "Work that schools in {trust.name} lead for the whole family.",
    },
    "news_list.md": {"title": "{title}", "description": "{description}"},
    "news_story.md": {"title": "{story.meta.title}", "description": "{story.meta.summary}"},
    "governance.md": {
        "title": "Governance",
        "description": "The members, trustees and committees of {trust.name}: the register "
        "of their terms, attendance and interests.",
    },
    "school_governance.md": {
        "title": "Governance",
        "description": "The local governing body of {school.name}: terms, attendance and "
        "interests.",
    },
    "school_area.md": {"title": "{title}", "description": "{area.summary}"},
    "school_contact.md": {
        "title": "Contact and information",
        "description": "How to contact {school.name}, and the information we publish.",
    },
    "school_home.md": {"title": "{school.name}", "description": "{school.motto}", "hide": ["toc"]},
    "school_strategy.md": {
        "title": "Our strategy",
        "description": "The strategy of {school.name} as part of {trust.name}.",
    },
    "school_trust.md": {
        "title": "How we work as a trust",
        "description": "What {school.name} shares with every school in {trust.name}, "
        "and who to contact about it.",
    },
    "school_values.md": {
        "title": "Our values in action",
        "description": "How {school.name} lives the values of {trust.name}.",
    },
    "schools.md": {
        "title": "Our schools",
        "description": "The {school_count} schools of {trust.name}.",
        "hide": ["toc"],
    },
    "strategy.md": {
        "title": "Our strategy",
        "description": "{strategy.title}, the strategy of {trust.name}, as a rocket ship.",
    },
    "values.md": {
        "title": "Our values",
        "description": "The values of {trust.name} and what they look like in action.",
        "hide": ["toc"],
    },
}
"""Each page template's front matter; ``{…}`` fields are filled from the page's data."""


def front_matter(template: str, context: dict[str, Any]) -> str:
    """The ``---``-fenced YAML front matter of a page made from ``template``."""
    fields = {**context, "school_count": len(context.get("schools") or [])}
    meta = {
        key: value.format(**fields) if isinstance(value, str) else value
        for key, value in PAGE_META.get(template, {}).items()
    }
    if not meta:
        return ""
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{text}---\n\n"
