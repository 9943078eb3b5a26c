"""Glossary terms as abbreviations, so every page explains them on hover and focus."""

from __future__ import annotations

from trusthub.content.models import Language


def abbreviations(language: Language) -> dict[str, str]:
    """Every term and alias → its definition, for the ``abbr`` extension's glossary."""
    glossary = {}
    for term in language.terms:
        definition = " ".join(term.definition.split())
        for name in (term.term, *term.aliases):
            glossary[name] = definition
    return glossary
