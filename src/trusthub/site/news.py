"""News in the site: each section's list (newest first, :data:`PAGE_SIZE` a page), its
stories' pages, the latest stories on its home page, and its Atom feed.

A school's stories are its own; the trust's news list shows the trust's stories and the
school stories it chooses in brand/news.yml (``from_schools``), each linking to its
school's page for it. Which stories a build has is read from its plan: a staff-only
story, or a story of a school the build leaves out, is on no list and in no feed.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from trusthub.content.dates import long_date
from trusthub.content.models import Audience
from trusthub.content.news import (
    NEWS_DIR,
    PAGE_SIZE,
    Story,
    list_page,
    newest_first,
    page_count,
)
from trusthub.content.news import section_base as news_base
from trusthub.content.repo import Repo
from trusthub.site.render import render_markdown
from trusthub.site.urls import page_url, relative

if TYPE_CHECKING:
    from trusthub.site.plan import SitePlan

__all__ = [
    "FEED",
    "LATEST",
    "PAGE_SIZE",
    "NewsPage",
    "atom_feed",
    "chosen_stories",
    "feed_path",
    "news_base",
    "news_feeds",
    "news_pages",
    "section_stories",
]

FEED = "feed.xml"
"""A section's Atom feed, beside its news list: ``news/feed.xml``."""
LATEST = 3
"""Stories on a section's home page."""
ATOM = "http://www.w3.org/2005/Atom"
_H1 = re.compile(r"\A\s*# [^\n]*\n")


@dataclass(frozen=True)
class NewsPage:
    """A page the news adds to a section: a page of its list, or a story."""

    src_uri: str
    title: str
    markdown: str
    untrusted: bool = False
    listed: bool = False
    """The list's first page, which the section's navigation shows."""


def feed_path(slug: str | None) -> str:
    """Site path of a section's Atom feed."""
    return f"{news_base(slug)}{NEWS_DIR}/{FEED}"


def chosen_stories(repo: Repo) -> list[Story]:
    """The school stories brand/news.yml chooses for the trust's news, that exist."""
    if repo.news is None:
        return []
    stories = {story.key: story for school in repo.schools.values() for story in school.stories}
    return [stories[key] for key in repo.news.from_schools if key in stories]


def section_stories(repo: Repo, plan: SitePlan, slug: str | None) -> list[Story]:
    """The stories a section's list shows in this build, newest first."""
    if slug is not None:
        own = repo.schools[slug].stories if slug in repo.schools else []
    else:
        own = [*repo.stories, *chosen_stories(repo)]
    return newest_first([story for story in own if story.src_uri in plan.pages])


def news_pages(
    repo: Repo, slug: str | None, audience: str, context: dict[str, Any]
) -> list[NewsPage]:
    """The pages the news adds to the trust's section (``slug`` None) or a school's.

    ``context`` is the plan's page context: its ``schools`` are the schools this build
    has, whose stories the trust's list may show."""
    school = repo.schools[slug] if slug is not None else None
    own = school.stories if school is not None else repo.stories
    stories = [story for story in own if _published(story, audience)]
    pages = [_story_page(story, school is not None, context) for story in stories]
    listed = len(stories)
    if school is None:
        built = {entry.slug for entry in context["schools"]}
        listed += sum(
            1 for s in chosen_stories(repo) if s.slug in built and _published(s, audience)
        )
    name = school.model.name if school is not None else (repo.trust.name if repo.trust else "")
    count = page_count(listed)
    for number in range(1, count + 1):
        title = "News" if number == 1 else f"News, page {number} of {count}"
        markdown = render_markdown(
            "news_list.md",
            **{**context, "slug": slug},
            title=title,
            description=f"News from {name}.",
            number=number,
        )
        pages.append(
            NewsPage(list_page(number, news_base(slug)), title, markdown, listed=number == 1)
        )
    return pages


def _published(story: Story, audience: str) -> bool:
    """True if the ``audience`` build has ``story`` (a staff build has every story)."""
    return audience == "staff" or story.meta.audience is Audience.public


def _story_page(story: Story, untrusted: bool, context: dict[str, Any]) -> NewsPage:
    image = None
    if story.image_path:
        here = posixpath.dirname(story.src_uri)
        # The model allows only plain file names here, so the path is safe in a Markdown link.
        image = Markup(posixpath.relpath(story.image_path, here))
    body = Markup(_H1.sub("", story.source.body, count=1).strip())
    markdown = render_markdown(
        "news_story.md",
        story=story,
        date=long_date(story.date),
        image=image,
        body=body,
        **context,
    )
    return NewsPage(story.src_uri, story.meta.title, markdown, untrusted=untrusted)


def _address(site_url: str | None, path: str, feed: str) -> str:
    """``path``'s address: absolute from ``site_url``, else relative to the feed at ``feed``."""
    if site_url:
        return site_url.rstrip("/") + "/" + path
    return relative(path, feed)


def _tag(repo: Repo, day: str, path: str) -> str:
    """An id for ever (an RFC 4151 tag URI): the trust's domain, a date and a path, so it
    stays the same wherever the site is published."""
    domain = repo.trust.contact.email.rpartition("@")[2] if repo.trust else "trusthub.invalid"
    return f"tag:{domain.lower()},{day}:{path}"


def story_id(repo: Repo, story: Story) -> str:
    """A story's id, the same in every feed it is in: its date and path."""
    return _tag(repo, story.date.isoformat(), story.src_uri.removesuffix(".md"))


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    repo: Repo, stories: list[Story], slug: str | None, site_url: str | None, title: str
) -> bytes:
    """The Atom feed (RFC 4287) of a section's ``stories`` (newest first).

    Every address is absolute, from ``site_url`` (without one, relative to the feed); each
    entry's id is :func:`story_id`, the same from build to build and in every feed the
    story is in; the feed's ``updated`` is its newest story's date, so the same stories
    give the same bytes.
    """
    ET.register_namespace("", ATOM)

    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": repo.trust.locale if repo.trust else "en-GB"})
    here = feed_path(slug)
    home = _address(site_url, page_url(list_page(1, news_base(slug))), here)
    add(feed, "id", _tag(repo, "2000", f"{news_base(slug)}{NEWS_DIR}"))
    add(feed, "title", title)
    add(feed, "link", rel="alternate", type="text/html", href=home)
    add(feed, "link", rel="self", type="application/atom+xml", href=_address(site_url, here, here))
    add(feed, "updated", _timestamp(stories[0].date))
    author = add(feed, "author")
    add(author, "name", repo.trust.name if repo.trust else "")
    for story in stories:
        url = _address(site_url, page_url(story.src_uri), here)
        entry = add(feed, "entry")
        add(entry, "id", story_id(repo, story))
        add(entry, "title", story.meta.title)
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "published", _timestamp(story.date))
        add(entry, "updated", _timestamp(story.date))
        if story.slug is not None and story.slug in repo.schools:
            add(add(entry, "author"), "name", repo.schools[story.slug].model.name)
        add(entry, "summary", story.meta.summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def news_feeds(repo: Repo, plan: SitePlan, site_url: str | None) -> dict[str, bytes]:
    """Site path → Atom feed of every section that has stories in this build."""
    feeds = {}
    name = repo.trust.name if repo.trust else ""
    for slug in [None, *plan.sections]:
        stories = section_stories(repo, plan, slug)
        if stories:
            title = f"{repo.schools[slug].model.name}: news" if slug else f"{name}: news"
            feeds[feed_path(slug)] = atom_feed(repo, stories, slug, site_url, title)
    return feeds
