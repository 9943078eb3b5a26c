"""The blocks people can use in any Markdown page, e.g. ``/// values`` … ``///``.

Each block is declared once here — its argument, its options and the template
that renders it — and used by the Markdown extension (:mod:`trusthub.markdown_ext`)
and by the block lint in ``trusthub check``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..colours import TEXT_RATIO, UI_RATIO, contrast, section_palette
from ..diagnostics import did_you_mean
from ..governance.statutory import statutory_status
from ..models import LEVEL_LABELS, Level, Phase
from ..repo import Repo, SchoolEntry
from .plan import SitePlan
from .urls import page_url, relative, school_asset


@dataclass
class BlockContext:
    """What blocks need to know about the site and the page being rendered."""

    repo: Repo
    plan: SitePlan
    page_url: str = ""
    assets: dict[str, str] = field(default_factory=dict)
    """Generated asset name → site path (rockets, posters, kits)."""
    today: dt.date = field(default_factory=dt.date.today)
    """The day statutory information is judged on."""
    rendered: dict[tuple[Any, ...], str] = field(default_factory=dict)
    """HTML of blocks that are the same on every page, by name, argument and options."""

    def link(self, src_uri: str) -> str:
        """Relative URL from the current page to a page's source path."""
        return relative(page_url(src_uri), self.page_url)

    def asset(self, path: str) -> str:
        return relative(path, self.page_url)

    def schools(self) -> list[SchoolEntry]:
        """The schools in this build (staff-only schools only in the staff build), by name."""
        return [self.repo.schools[slug] for slug in self.plan.sections]


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
    same_everywhere: bool = False
    """True if the HTML has no links, so it is the same on every page (and rendered once)."""


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise BlockError(f'expected true or false, not "{value}"')


def _phases(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    phases = [str(i).strip() for i in items]
    valid = {p.value for p in Phase}
    for phase in phases:
        if phase not in valid:
            raise BlockError(f'unknown phase "{phase}" (use {", ".join(sorted(valid))})')
    return phases


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
            summary="The trust's policy for an area.",
            same_everywhere=True,
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
            summary="Links to a school's main pages.",
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


def render_block(
    ctx: BlockContext, name: str, argument: str | None, options: dict[str, Any]
) -> str:
    """The HTML of one block on the current page."""
    from .render import render_html

    spec = BLOCKS[name]
    key = (name, argument, repr(sorted(options.items())))
    if spec.same_everywhere and key in ctx.rendered:
        return ctx.rendered[key]
    target = resolve_argument(spec, argument, ctx.repo)
    opts = parse_options(spec, options)
    school = target if spec.argument.startswith("school") else None
    html = render_html(
        spec.template,
        ctx=ctx,
        repo=ctx.repo,
        trust=ctx.repo.trust,
        values=ctx.repo.values,
        strategy=ctx.repo.strategy,
        language=ctx.repo.language,
        autonomy=ctx.repo.autonomy,
        statutory=ctx.repo.statutory,
        target=target,
        school=school,
        options=opts,
        helpers=HELPERS,
    )
    if spec.same_everywhere:
        ctx.rendered[key] = html
    return html


def _level_label(level: Level) -> str:
    return LEVEL_LABELS[level]


HELPERS = {
    "level_label": _level_label,
    "section_palette": section_palette,
    "contrast": contrast,
    "TEXT_RATIO": TEXT_RATIO,
    "UI_RATIO": UI_RATIO,
    "school_asset": school_asset,
    "Level": Level,
    "statutory_status": statutory_status,
}
