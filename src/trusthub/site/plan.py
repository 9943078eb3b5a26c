"""The site's pages and navigation, worked out from the repository (no MkDocs here).

A :class:`SitePlan` lists every page the site will have — generated from the data
or written by people — with the section it belongs to (the trust, or one school),
and the navigation in the form ``mkdocs.yml`` uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from trusthub.content.models import Audience, Level
from trusthub.content.repo import Repo, SchoolEntry
from trusthub.content.sitemap import (
    DASHBOARD,
    SCHOOL_CONTACT,
    SCHOOL_HOME,
    SCHOOL_STRATEGY,
    SCHOOL_TERM_DATES,
    SCHOOL_TRUST,
    SCHOOL_VALUES,
    SCHOOLS_INDEX,
    SEARCH_PAGE,
    TRUST_PAGES,
    TRUST_TERM_DATES,
)
from trusthub.site.governance import governance_pages
from trusthub.site.news import news_pages
from trusthub.site.render import render_markdown

TRUST = "trust"

_H1 = re.compile(r"\A\s*# [^\n]*\n")


@dataclass(frozen=True)
class SitePage:
    """One page of the site: generated Markdown, or a file people wrote."""

    src_uri: str
    title: str
    section: str
    markdown: str | None = None
    source: Path | None = None
    untrusted: bool = False
    """Written by a school: its HTML is sanitised to a safe subset."""


@dataclass
class Section:
    """A school's section of the site: its pages in navigation order."""

    slug: str
    title: str
    home: str
    nav: list[Any] = field(default_factory=list)


@dataclass
class SitePlan:
    pages: dict[str, SitePage] = field(default_factory=dict)
    nav: list[Any] = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)

    def add(self, page: SitePage) -> None:
        self.pages[page.src_uri] = page

    def section_of(self, src_uri: str) -> str:
        page = self.pages.get(src_uri)
        return page.section if page else TRUST


def visible(audience: Audience, wanted: str) -> bool:
    return wanted == "staff" or audience is Audience.public


def plan_site(repo: Repo, audience: str = "public", only: set[str] | None = None) -> SitePlan:
    """Every page of the site for ``audience`` ("public" or "staff").

    ``only`` limits the schools to those slugs (a fast preview of one school's section).
    """
    plan = SitePlan()
    context = _context(repo, audience, only)
    authored = {p.url_path: p for p in repo.content_pages}
    for src_uri, title, template in TRUST_PAGES:
        if src_uri not in authored:
            plan.add(SitePage(src_uri, title, TRUST, render_markdown(template, **context)))
        plan.nav.append({title: src_uri})
    for news in news_pages(repo, None, audience, context):
        plan.add(SitePage(news.src_uri, news.title, TRUST, news.markdown))
        if news.listed:
            plan.nav.insert(1, {news.title: news.src_uri})
    for src_uri, title, markdown in governance_pages(repo, None, context):
        if src_uri not in authored:
            plan.add(SitePage(src_uri, title, TRUST, markdown))
            plan.nav.insert(-1, {title: src_uri})
    autonomy_nav: list[Any] = ["autonomy/index.md"]
    for area in repo.autonomy.areas if repo.autonomy else []:
        src_uri = f"autonomy/{area.id}.md"
        if src_uri not in authored:
            plan.add(
                SitePage(
                    src_uri, area.name, TRUST, render_markdown("area.md", area=area, **context)
                )
            )
        autonomy_nav.append({area.name: src_uri})
    _replace_nav(plan.nav, "autonomy/index.md", {"Aligned autonomy": autonomy_nav})
    if repo.calendar is not None:  # the dates every school shares, after "Our schools"
        src_uri, title, template = TRUST_TERM_DATES
        if src_uri not in authored:
            plan.add(SitePage(src_uri, title, TRUST, render_markdown(template, **context)))
        at = next(i for i, e in enumerate(plan.nav) if SCHOOLS_INDEX in e.values())
        plan.nav.insert(at + 1, {title: src_uri})
    search, title, template = SEARCH_PAGE  # not in the navigation: the header leads to it
    if search not in authored:
        plan.add(SitePage(search, title, TRUST, render_markdown(template, **context)))
    # Schools' pages are not in the site navigation: each section has its own (theme data).
    for school in context["schools"]:
        if visible(school.model.audience, audience):
            _plan_school(plan, repo, school, audience, context)
    _add_content_pages(plan, repo, audience)
    if audience == "staff":
        plan.add(
            SitePage(
                DASHBOARD, "Statutory dashboard", TRUST, render_markdown("dashboard.md", **context)
            )
        )
        plan.nav.insert(-1, {"Staff": [{"Statutory dashboard": DASHBOARD}]})
    return plan


def _context(repo: Repo, audience: str, only: set[str] | None) -> dict[str, Any]:
    schools = [
        s
        for s in repo.school_list()
        if visible(s.model.audience, audience) and (only is None or s.slug in only)
    ]
    return {
        "trust": repo.trust,
        "values": repo.values,
        "strategy": repo.strategy,
        "language": repo.language,
        "autonomy": repo.autonomy,
        "schools": schools,
    }


def _replace_nav(nav: list[Any], src_uri: str, entry: dict[str, Any]) -> None:
    for i, item in enumerate(nav):
        if isinstance(item, dict) and src_uri in item.values():
            nav[i] = entry


def _plan_school(
    plan: SitePlan, repo: Repo, school: SchoolEntry, audience: str, context: dict[str, Any]
) -> Section:
    slug, model = school.slug, school.model
    base = f"schools/{slug}"
    section = Section(slug, model.name, f"{base}/index.md")
    plan.sections[slug] = section
    own = {p.url_path: p for p in school.pages if visible(p.meta.audience, audience)}
    ctx = {**context, "school": model, "slug": slug}
    titles: dict[str, str] = {}
    """Source path → navigation title, in the section's usual order."""

    def generated(name: str, title: str, template: str) -> None:
        src_uri = f"{base}/{name}"
        if src_uri in own:  # the school's own page at the same path wins
            return
        # Made only of blocks and escaped text: nothing the school wrote goes in raw.
        plan.add(SitePage(src_uri, title, slug, render_markdown(template, **ctx)))
        titles[src_uri] = title

    generated(*SCHOOL_HOME)
    areas = repo.autonomy.by_id() if repo.autonomy else {}
    framework = [a.id for a in areas.values() if a.level is Level.framework]

    def position(page: Any) -> int:  # the school's accounts of framework areas first
        area = page.meta.area
        return framework.index(area) if area in framework else len(framework)

    for page in sorted(own.values(), key=position):
        area = areas.get(page.meta.area or "")
        if area is not None and area.level is Level.framework:
            # The school's own words, placed as Markdown: the page is sanitised as untrusted.
            addendum = Markup(_H1.sub("", page.source.body, count=1).strip())
            markdown = render_markdown(
                "school_area.md", area=area, addendum=addendum, title=page.title, **ctx
            )
            plan.add(SitePage(page.url_path, page.title, slug, markdown, untrusted=True))
            titles[page.url_path] = page.title
        else:
            plan.add(
                SitePage(page.url_path, page.title, slug, source=page.source_path, untrusted=True)
            )
            titles[page.url_path] = page.title
    if repo.calendar is not None:
        generated(*SCHOOL_TERM_DATES)
    for news in news_pages(repo, slug, audience, ctx):
        # A school's stories are its own words: sanitised like its pages.
        plan.add(SitePage(news.src_uri, news.title, slug, news.markdown, untrusted=news.untrusted))
        if news.listed:
            titles[news.src_uri] = news.title
    for name, title, template in (SCHOOL_VALUES, SCHOOL_STRATEGY):
        generated(name, title, template)
    generated(*SCHOOL_TRUST)
    for src_uri, title, markdown in governance_pages(repo, slug, ctx):
        if src_uri not in own:
            plan.add(SitePage(src_uri, title, slug, markdown))
            titles[src_uri] = title
    generated(*SCHOOL_CONTACT)
    home = titles.pop(section.home, None)
    chosen = [f"{base}/{name}" for name in model.pages]
    ranked = sorted(titles, key=lambda u: chosen.index(u) if u in chosen else len(chosen))
    section.nav = ([{home: section.home}] if home else []) + [{titles[u]: u} for u in ranked]
    return section


def _add_content_pages(plan: SitePlan, repo: Repo, audience: str) -> None:
    generated = {uri for uri, _, _ in TRUST_PAGES} | {SEARCH_PAGE[0], TRUST_TERM_DATES[0]}
    folders: dict[str, list[Any]] = {}
    for page in repo.content_pages:
        if not visible(page.meta.audience, audience):
            continue
        plan.add(SitePage(page.url_path, page.title, TRUST, source=page.source_path))
        if page.url_path in generated or page.url_path.startswith("autonomy/"):
            continue
        folder = page.url_path.rpartition("/")[0]
        entry = {page.title: page.url_path}
        if folder:
            if folder not in folders:
                folders[folder] = []
                plan.nav.insert(-1, {folder.replace("-", " ").capitalize(): folders[folder]})
            folders[folder].append(entry)
        else:
            plan.nav.insert(-1, entry)
