"""The block syntax of Markdown pages, and every block trusthub knows.

    /// school-values | brookfield
        compact: true
    ///

A block opens with three or more slashes, its name and an optional argument after
``|``; options follow on lines indented by four spaces, as YAML; the same slashes
close it. :func:`find_blocks` is the only reader of this syntax: the block lint in
``trusthub check`` (:mod:`trusthub.governance.blocks`) and the renderer
(:func:`trusthub.site.blocks.expand_blocks`) both use it. Each block is declared
once in :data:`BLOCKS`: its argument, options and the template that renders it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from trusthub.content.diagnostics import did_you_mean
from trusthub.content.models import Phase
from trusthub.content.repo import Repo

START = re.compile(r"^(/{3,})[ \t]*([\w-]+)[ \t]*(?:\|[ \t]*(.*?))?[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class BlockUse:
    """One ``/// name`` in a page: where it is and what it says."""

    name: str
    argument: str | None
    options: str
    """The option lines, unindented (YAML)."""
    line: int
    """Index of the opening line in the text (0-based)."""
    end: int | None
    """Index of the closing line, or None if the block is never closed."""

    def parsed_options(self) -> dict[str, Any]:
        """The options as a mapping (BlockError if they are not YAML key: value lines)."""
        try:
            parsed = yaml.safe_load(self.options) if self.options else {}
        except yaml.YAMLError as exc:
            raise BlockError(f"its options are not YAML ({exc.__class__.__name__})") from None
        if parsed is None:
            return {}
        if not isinstance(parsed, dict):
            raise BlockError("its options must be name: value lines")
        return parsed


def find_blocks(text: str) -> Iterator[BlockUse]:
    """Every block opened in ``text``, outside code fences, in order.

    A trusthub block's lines (options and body) are consumed up to its closing line;
    any other block (e.g. ``/// details``) is reported and its body still searched,
    since it may hold trusthub blocks.
    """
    lines = text.split("\n")
    in_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else START.match(line)
        if match is None:
            index += 1
            continue
        fence, name, argument = match.group(1), match.group(2).lower(), match.group(3)
        options: list[str] = []
        after = index + 1
        while after < len(lines) and lines[after].startswith("    ") and lines[after].strip():
            options.append(lines[after][4:])
            after += 1
        end = next((k for k in range(after, len(lines)) if lines[k].rstrip() == fence), None)
        yield BlockUse(name, argument, "\n".join(options), index, end)
        index = end + 1 if name in BLOCKS and end is not None else index + 1


class BlockError(ValueError):
    """A block used with an argument or option it cannot take."""


ArgKind = str  # "none", "school", "school?", "value", "area"


@dataclass(frozen=True)
class BlockSpec:
    name: str
    template: str
    argument: ArgKind = "none"
    options: dict[str, tuple[Any, Callable[[Any], Any]]] = field(default_factory=dict)
    summary: str = ""
    """One line for the README's list of blocks."""
    same_everywhere: bool = False
    """True if the HTML has no links, so it is the same on every page (and rendered once)."""


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise BlockError(f'expected true or false, not "{value}"')


def _phase(value: Any) -> Phase:
    phases = _phases(value)
    if len(phases) != 1:
        raise BlockError("name one phase")
    return Phase(phases[0])


def _phases(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    phases = [str(i).strip() for i in items]
    valid = {p.value for p in Phase}
    for phase in phases:
        if phase not in valid:
            raise BlockError(f'unknown phase "{phase}" (use {", ".join(sorted(valid))})')
    return phases


def _page_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BlockError(f'expected a page number (1, 2, …), not "{value}"')
    return value


BLOCKS: dict[str, BlockSpec] = {
    spec.name: spec
    for spec in [
        BlockSpec("hero", "hero.html", summary="The trust's name, tagline and vision."),
        BlockSpec("signposts", "signposts.html", summary="Links to the main trust pages."),
        BlockSpec(
            "rocket", "rocket.html", "school?", summary="The strategy rocket (trust or school)."
        ),
        BlockSpec(
            "priorities",
            "priorities.html",
            summary="Strategic priorities and their goals.",
            same_everywhere=True,
        ),
        BlockSpec(
            "engines",
            "engines.html",
            summary="Enablers and foundations of the strategy.",
            same_everywhere=True,
        ),
        BlockSpec("values", "values.html", summary="A table of the trust's values."),
        BlockSpec(
            "value-in-action",
            "value_in_action.html",
            "value",
            summary="Expect / love to see / should not see for one value.",
            same_everywhere=True,
        ),
        BlockSpec(
            "glossary", "glossary.html", summary="The shared glossary.", same_everywhere=True
        ),
        BlockSpec(
            "preferred-words",
            "preferred_words.html",
            summary="Words we use and avoid.",
            same_everywhere=True,
        ),
        BlockSpec("tone", "tone.html", summary="Tone-of-voice principles.", same_everywhere=True),
        BlockSpec("autonomy", "autonomy.html", summary="The aligned-autonomy matrix."),
        BlockSpec(
            "expectations",
            "expectations.html",
            summary="The non-negotiables.",
            same_everywhere=True,
        ),
        BlockSpec(
            "area-level",
            "area_level.html",
            "area",
            summary="An area's autonomy level.",
            same_everywhere=True,
        ),
        BlockSpec(
            "policy",
            "policy.html",
            "area",
            options={"phase": (None, _phase)},
            summary=(
                "The trust's policy for an area; with phase: only the parts for that phase, "
                "else each phase's part under its own heading."
            ),
            same_everywhere=True,
        ),
        BlockSpec(
            "school-welcome",
            "school_welcome.html",
            "school",
            summary="The headteacher's welcome (school.yml home: welcome) beside key facts.",
        ),
        BlockSpec(
            "school-value-names",
            "school_value_names.html",
            "school",
            summary="The trust's values as links to how the school lives each.",
        ),
        BlockSpec(
            "shared-areas",
            "shared_areas.html",
            "school",
            summary="The trust's shared areas, each with its policy and the school's contact.",
        ),
        BlockSpec(
            "schools",
            "schools.html",
            options={"filter": (True, _bool), "phases": ([], _phases)},
            summary="School cards in each school's colours, filterable by phase.",
        ),
        BlockSpec("leads", "leads.html", summary="Initiatives schools lead for the trust."),
        BlockSpec(
            "palette", "palette.html", "school?", summary="Colour swatches with HEX/RGB/CMYK."
        ),
        BlockSpec(
            "contrast", "contrast.html", "school?", summary="Contrast matrix of colour pairs."
        ),
        BlockSpec("logo-use", "logo_use.html", summary="How to use the logo."),
        BlockSpec(
            "typography", "typography.html", summary="The brand typeface.", same_everywhere=True
        ),
        BlockSpec("downloads", "downloads.html", "school?", summary="Brand downloads."),
        BlockSpec(
            "accessibility-statement",
            "accessibility.html",
            summary="The accessibility statement (GOV.UK model).",
        ),
        BlockSpec("school-hero", "school_hero.html", "school", summary="A school's banner."),
        BlockSpec(
            "school-ethos",
            "school_ethos.html",
            "school",
            summary="A school's ethos.",
            same_everywhere=True,
        ),
        BlockSpec(
            "school-values",
            "school_values.html",
            "school",
            options={"compact": (False, _bool)},
            summary="Each trust value with the school's own words.",
        ),
        BlockSpec(
            "school-signposts",
            "school_signposts.html",
            "school",
            summary="Links to the pages of a school's section, in its navigation order.",
        ),
        BlockSpec(
            "local-priorities",
            "local_priorities.html",
            "school",
            summary="A school's own focus.",
            same_everywhere=True,
        ),
        BlockSpec("school-contact", "school_contact.html", "school", summary="Contact details."),
        BlockSpec(
            "statutory-links",
            "statutory_links.html",
            "school",
            summary="Links to a school's statutory information.",
        ),
        BlockSpec(
            "school-documents",
            "school_documents.html",
            "school",
            summary="A school's PDF documents (from its documents/ folder), with date and size.",
        ),
        BlockSpec(
            "trust-documents",
            "trust_documents.html",
            summary="The trust's own documents (brand/documents.yml), with date and size.",
        ),
        BlockSpec(
            "term-dates",
            "term_dates.html",
            "school?",
            summary="This year's and next year's terms, holidays, INSET days and events, "
            "with the calendar feed's subscribe and download links.",
        ),
        BlockSpec(
            "key-dates",
            "key_dates.html",
            "school",
            summary="The next three dates on a school's calendar.",
        ),
        BlockSpec(
            "latest-news",
            "latest_news.html",
            "school?",
            summary="The latest three news stories of the trust or a school, and a link to all.",
        ),
        BlockSpec(
            "news-list",
            "news_list.html",
            "school?",
            options={"page": (1, _page_number)},
            summary="A page of the news list (ten stories), newest first, and links to the others.",
        ),
        BlockSpec(
            "governance-register",
            "governance_register.html",
            summary="The trust's members, trustees and committees (brand/governance.yml).",
        ),
        BlockSpec(
            "school-governors",
            "school_governors.html",
            "school",
            summary="A school's local governing body (its governors.yml).",
        ),
        BlockSpec(
            "statutory-dashboard",
            "statutory_dashboard.html",
            summary="Staff only: every school × statutory item, present, stale or missing.",
        ),
    ]
}


def resolve_argument(spec: BlockSpec, argument: str | None, repo: Repo) -> Any:
    """The object a block's argument names (a school, value or area), or raise BlockError."""
    kind = spec.argument
    argument = (argument or "").strip() or None
    if kind == "none":
        if argument:
            raise BlockError(f'block "{spec.name}" takes no argument')
        return None
    if argument is None:
        if kind.endswith("?"):
            return None
        raise BlockError(f'block "{spec.name}" needs a {kind} id, like "/// {spec.name} | id"')
    table: dict[str, Any] = {
        "school": repo.schools,
        "school?": repo.schools,
        "value": repo.values.by_id() if repo.values else {},
        "area": repo.autonomy.by_id() if repo.autonomy else {},
    }[kind]
    if argument not in table:
        raise BlockError(
            f'unknown {kind.rstrip("?")} "{argument}" ({did_you_mean(argument, table)})'
        )
    return table[argument]


def parse_options(spec: BlockSpec, options: dict[str, Any]) -> dict[str, Any]:
    parsed = {name: default for name, (default, _) in spec.options.items()}
    for name, value in options.items():
        if name not in spec.options:
            known = list(spec.options)
            hint = did_you_mean(name, known) if known else "it takes no options"
            raise BlockError(f'block "{spec.name}" has no option "{name}" ({hint})')
        parsed[name] = spec.options[name][1](value)
    return parsed
