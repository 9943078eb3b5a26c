"""Rendering the blocks of Markdown pages, e.g. ``/// values`` … ``///``, as HTML.

The syntax and the list of blocks live in :mod:`trusthub.content.blocks`; here each
is rendered with its template (``templates/blocks/``) for the page being built.
Every build — the MkDocs plugin and the build tree — expands blocks with
:func:`expand_blocks` before Markdown sees the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from trusthub.content.blocks import (
    BLOCKS,
    BlockError,
    find_blocks,
    parse_options,
    resolve_argument,
)
from trusthub.content.dates import long_date
from trusthub.content.documents import format_size
from trusthub.content.models import LEVEL_LABELS, Level, Phase
from trusthub.content.news import Story, list_page, page_count
from trusthub.content.repo import Repo, SchoolEntry
from trusthub.content.sitemap import shared_areas
from trusthub.design.colour import TEXT_RATIO, UI_RATIO, contrast, section_palette
from trusthub.governance.accessibility import statement_issues
from trusthub.governance.calendar import day
from trusthub.governance.register import attendance_for
from trusthub.governance.statutory import link_target, statutory_status
from trusthub.governance.trust_documents import describe, trust_document_status
from trusthub.graphics.photos import PublishedPhoto, published_name
from trusthub.site import outputs
from trusthub.site.calendar import feed_path as calendar_feed
from trusthub.site.calendar import key_dates, site_url, webcal, when, year_views
from trusthub.site.news import (
    LATEST,
    PAGE_SIZE,
    news_base,
    section_stories,
)
from trusthub.site.news import feed_path as news_feed
from trusthub.site.plan import SitePlan
from trusthub.site.urls import (
    TRUST_LOGO,
    TRUST_LOGO_MONO,
    page_url,
    relative,
    school_asset,
    tel_url,
)

__all__ = ["BlockContext", "BlockError", "expand_blocks", "render_block"]


@dataclass
class BlockContext:
    """What blocks need to know about the site and the page being rendered."""

    repo: Repo
    plan: SitePlan
    page_url: str = ""
    assets: dict[str, str] = field(default_factory=dict)
    """Generated asset name → site path (rockets, posters, kits)."""
    sizes: dict[str, int] = field(default_factory=dict)
    """Size in bytes of each published document, by site path."""
    photos: dict[str, PublishedPhoto] = field(default_factory=dict)
    """Each published photo's size and narrower copies, by site path."""
    today: dt.date = field(default_factory=dt.date.today)
    """The day statutory information is judged on."""
    rendered: dict[tuple[Any, ...], str] = field(default_factory=dict)
    """HTML of blocks that are the same on every page, by name, argument and options."""

    link_base: str | None = None
    """What links are relative to: the page's URL (None), or its source file's folder
    (in the build tree; see :func:`trusthub.site.urls.links_from_url`)."""

    def link(self, src_uri: str) -> str:
        """Relative URL from the current page to a page's source path."""
        return self.asset(page_url(src_uri))

    def asset(self, path: str) -> str:
        return relative(path, self.page_url if self.link_base is None else self.link_base)

    def photo(self, path: str, sizes: str) -> Markup:
        """The ``src`` of the photo published at ``path``, with its narrower copies
        (``srcset``, for ``sizes``: how wide the page shows it) where it has them."""
        attributes = Markup('src="{}"').format(self.asset(path))
        photo = self.photos.get(path)
        if photo is not None and photo.narrower:
            srcset = photo.srcset(self.asset(path))
            attributes += Markup(' srcset="{}" sizes="{}"').format(srcset, sizes)
        return attributes

    def schools(self) -> list[SchoolEntry]:
        """The schools in this build (staff-only schools only in the staff build), by name."""
        return [self.repo.schools[slug] for slug in self.plan.sections]


def expand_blocks(markdown: str, ctx: BlockContext) -> str:
    """``markdown`` with each trusthub block replaced by its HTML (others left as they are)."""
    lines = markdown.split("\n")
    out: list[str] = []
    done = 0
    for use in find_blocks(markdown):
        if use.name not in BLOCKS or use.end is None:
            continue
        try:
            html = render_block(ctx, use.name, use.argument, use.parsed_options())
        except BlockError as exc:
            raise BlockError(f"/// {use.name}: {exc} (on {ctx.page_url or '/'})") from None
        out += lines[done : use.line]
        out.append(f'<div class="th-block th-block--{use.name}">\n{html.strip()}\n</div>')
        done = use.end + 1
    return "\n".join(out + lines[done:])


def render_block(
    ctx: BlockContext, name: str, argument: str | None, options: dict[str, Any]
) -> str:
    """The HTML of one block on the current page."""
    from trusthub.site.render import render_html

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


def section_links(ctx: BlockContext, school: SchoolEntry) -> list[tuple[str, str]]:
    """(title, source path) of each page of ``school``'s section after its home, in the
    order of its navigation (which the school may choose)."""
    section = ctx.plan.sections.get(school.slug)
    return [next(iter(entry.items())) for entry in section.nav[1:]] if section else []


HERO_SIZES = "(min-width: 60em) 60rem, 100vw"
"""How wide a school home's photo is shown (``sizes``): the page's width, at most 60rem."""
CARD_SIZES = "(min-width: 45em) 30rem, 100vw"
"""How many pixels a news card's photo needs (``sizes``): the card is narrower, but the
photo is cropped to fill it, so it is drawn wider than the card."""


def published_photo(slug: str, photo: str) -> str:
    """Site path of a photo in a school's folder once published (as WebP)."""
    return published_name(f"schools/{slug}/{photo}")


def story_photo(story: Story) -> str:
    """Site path of a story's photo once published (as WebP)."""
    return published_name(story.image_path or "")


def _level_label(level: Level) -> str:
    return LEVEL_LABELS[level]


def _phase_heading(phase: Phase) -> str:
    """ "In our primary schools", "In our sixth form": the heading of a phase's part of a policy."""
    if not phase.is_school:
        return f"In our {phase.label.lower()}"
    return f"In our {phase.label.lower()} schools"


HELPERS = {
    "level_label": _level_label,
    "phase_heading": _phase_heading,
    "shared_areas": shared_areas,
    "published_photo": published_photo,
    "section_links": section_links,
    "section_stories": section_stories,
    "story_photo": story_photo,
    "HERO_SIZES": HERO_SIZES,
    "CARD_SIZES": CARD_SIZES,
    "attendance_for": attendance_for,
    "long_date": long_date,
    "list_page": list_page,
    "page_count": page_count,
    "news_feed": news_feed,
    "news_base": news_base,
    "LATEST": LATEST,
    "PAGE_SIZE": PAGE_SIZE,
    "section_palette": section_palette,
    "contrast": contrast,
    "TEXT_RATIO": TEXT_RATIO,
    "UI_RATIO": UI_RATIO,
    "school_asset": school_asset,
    "Level": Level,
    "statutory_status": statutory_status,
    "link_target": link_target,
    "statement_issues": statement_issues,
    "trust_document_status": trust_document_status,
    "describe_trust_document": describe,
    "downloads": outputs.downloads,
    "tel_url": tel_url,
    "format_size": format_size,
    "TRUST_LOGO": TRUST_LOGO,
    "calendar_feed": calendar_feed,
    "site_url": site_url,
    "webcal": webcal,
    "year_views": year_views,
    "key_dates": key_dates,
    "when": when,
    "day": day,
    "TRUST_LOGO_MONO": TRUST_LOGO_MONO,
}
