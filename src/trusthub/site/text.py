"""Content text on its way to a theme template: escaped once, by construction.

Theme templates are rendered with autoescaping on, so any plain string that reaches
them — a school's name, a page title — is escaped where it is written out. Two
things reach an engine outside the templates' escaping, and both are made
:class:`~markupsafe.Markup` here: navigation titles (engines also copy them into
search indexes) and front-matter values (Material copies ``title`` into the search
index as HTML). A ``Markup`` value is already escaped, so templates write it as it is.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


def as_text(value: Any) -> Any:
    """``value`` with every string in it escaped once, as Markup (lists and maps too)."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return [as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: as_text(item) for key, item in value.items()}
    return value


def text_titles(nav: list[Any]) -> list[Any]:
    """A ``mkdocs.yml``-style navigation whose titles are escaped text."""
    result: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict):
            result.append(
                {
                    escape(title): text_titles(t) if isinstance(t, list) else t
                    for title, t in entry.items()
                }
            )
        else:
            result.append(entry)
    return result


def front_matter_text(meta: dict[str, Any]) -> dict[str, Any]:
    """Front matter with every string value escaped once (keys are names, not text)."""
    return {key: as_text(value) for key, value in meta.items()}
