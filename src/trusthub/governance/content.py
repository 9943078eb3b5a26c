"""Content checks: images need alt text, internal links must lead somewhere.

A school page's relative links are resolved inside the school's own folder
(which also holds the pages the site generates for it); a link that leaves the
folder is an error, like any file reference. A trust page's links are resolved
in the site as a whole: content/, the generated trust pages and every school's
pages. Links with a scheme (https:, mailto:, …), anchors on the same page,
site-absolute paths on trust pages and raw HTML (which MkDocs does not rewrite)
are not followed; HTML images still need an ``alt`` attribute.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import unquote

from trusthub.content.diagnostics import Report, close_match
from trusthub.content.models import Audience, PageMeta
from trusthub.content.models.base import URL_SCHEMES, link_scheme
from trusthub.content.news import Story, news_pages
from trusthub.content.repo import Page, Repo, SchoolEntry
from trusthub.content.sitemap import SEARCH_PAGE, TRUST_PAGES, school_generated
from trusthub.governance.markdown import Link, Locator, links, mask_code

ALT_HINT = "describe the picture between the square brackets, like ![Pupils planting trees](x.jpg)"
HTML_ALT_HINT = 'add alt="a short description", or alt="" if the picture is only decoration'


STAFF_LINK = (
    "links to a staff-only page, which the public site leaves out",
    "remove the link, or mark this page audience: staff too",
)


def check_content(repo: Repo, report: Report) -> None:
    """Report images without alt text, links that go nowhere and public links to staff pages."""
    site = _site_files(repo)
    staff = _staff_pages(repo)
    for page in [*repo.content_pages, *map(_as_page, repo.stories)]:
        hidden = staff if page.meta.audience is Audience.public else set()
        _check_page(page, report, partial(_trust_target, repo, site, hidden, page))
    for school in repo.school_list():
        generated = school_generated(repo, school)
        for page in [*school.pages, *map(_as_page, school.stories)]:
            public = school.public and page.meta.audience is Audience.public
            hidden = staff if public else set()
            _check_page(page, report, partial(_school_target, school, generated, hidden, page))


def _as_page(story: Story) -> Page:
    """A news story, as the link checks read a page: its body, at its place in the site."""
    return Page(story.source, PageMeta(audience=story.meta.audience), story.src_uri)


def _staff_pages(repo: Repo) -> set[str]:
    """Every page (as a site source path) that only the staff build has."""
    staff = {p.url_path for p in repo.content_pages if p.meta.audience is Audience.staff}
    for school in repo.school_list():
        if not school.public:
            base = f"schools/{school.slug}/"
            staff.update(base + name for name in school_generated(repo, school))
            staff.update(p.url_path for p in school.pages)
        else:
            staff.update(p.url_path for p in school.pages if p.meta.audience is Audience.staff)
    return staff


def _site_files(repo: Repo) -> set[str]:
    """Every page of the site, as a path in the site's source tree."""
    site = {uri for uri, _, _ in TRUST_PAGES} | {SEARCH_PAGE[0]}
    site.update(f"autonomy/{area.id}.md" for area in (repo.autonomy.areas if repo.autonomy else []))
    site.update(page.url_path for page in repo.content_pages)
    chosen = len(repo.news.from_schools) if repo.news else 0
    site.update(news_pages(repo.stories, listed=len(repo.stories) + chosen))
    for school in repo.school_list():
        site.update(f"schools/{school.slug}/{name}" for name in school_generated(repo, school))
        site.update(page.url_path for page in school.pages)
    return site


Resolver = Callable[[Link], "tuple[str, str] | None"]


def _check_page(page: Page, report: Report, resolve: Resolver) -> None:
    body = mask_code(page.source.body)
    if "](" not in body and "<" not in body:
        return
    locate: Locator | None = None
    for link in links(body):
        # MkDocs leaves raw HTML as written, so only Markdown links are resolved.
        message_hint = (
            _scheme_problem(link) or _alt_problem(link) or (None if link.html else resolve(link))
        )
        if message_hint is None:
            continue
        if locate is None:
            locate = Locator(page.source.body, page.source.body_line)
        message, hint = message_hint
        report.add(page.source.path, locate(link.offset), message, hint)


def _scheme_problem(link: Link) -> tuple[str, str] | None:
    scheme = link_scheme(link.target)
    if scheme is None or scheme in URL_SCHEMES:
        return None
    what = "image" if link.image else "link"
    return (
        f'{what} "{link.target[:40]}" may not start "{scheme}:"',
        "use an https://, http://, mailto: or tel: address, or a page of this site",
    )


def _alt_problem(link: Link) -> tuple[str, str] | None:
    if not link.image:
        return None
    if link.alt is None:
        return f'image "{link.target}" has no alt text', HTML_ALT_HINT
    if not link.html and not link.alt.strip():
        return f'image "{link.target}" has no alt text', ALT_HINT
    return None


def _split(target: str) -> str | None:
    """The file part of a relative link, or None for links that are not checked."""
    target = target.strip()
    if not target or target.startswith(("#", "?")) or ":" in target.split("/", 1)[0]:
        return None
    return unquote(target.split("#", 1)[0].split("?", 1)[0])


def _nowhere(link: Link, path: str, candidates: set[str], base: str) -> tuple[str, str]:
    relative = {posixpath.relpath(c, base or ".") for c in candidates}
    hint = close_match(path, relative) or "check the file name; links are relative to this page"
    if link.image:
        return f'image "{link.target}" not found', hint
    return f'link to "{link.target}" goes nowhere', hint


def _school_target(
    school: SchoolEntry, generated: set[str], staff: set[str], page: Page, link: Link
) -> tuple[str, str] | None:
    path = _split(link.target)
    if path is None:
        return None
    shown = f"schools/{school.slug}"
    folder = posixpath.dirname(page.url_path.removeprefix(shown + "/"))
    resolved = posixpath.normpath(posixpath.join(folder, path))
    if path.startswith("/") or resolved.startswith("..") or "\\" in path:
        return (
            f'link to "{link.target}" leaves {shown}/',
            "link to this school's own pages by name; for any other page use its full web address",
        )
    if path.endswith("/"):
        resolved = posixpath.join(resolved, "index.md")
    if f"{shown}/{resolved}" in staff and not link.image:
        return STAFF_LINK
    if resolved in generated or (school.folder / resolved).is_file():
        return None
    candidates = generated | {p.url_path.removeprefix(shown + "/") for p in school.pages}
    if link.image:
        candidates = _files(school.folder)
    return _nowhere(link, path, candidates, folder)


def _trust_target(
    repo: Repo, site: set[str], staff: set[str], page: Page, link: Link
) -> tuple[str, str] | None:
    path = _split(link.target)
    if path is None or path.startswith("/"):
        return None
    folder = posixpath.dirname(page.url_path)
    resolved = posixpath.normpath(posixpath.join(folder, path))
    if path.endswith("/"):
        resolved = posixpath.join(resolved, "index.md")
    if resolved in staff and not link.image:
        return STAFF_LINK
    if not resolved.startswith("..") and (resolved in site or _in_site_folder(repo, resolved)):
        return None
    candidates = _files(repo.root / "content") if link.image else site
    return _nowhere(link, path, candidates, folder)


def _in_site_folder(repo: Repo, resolved: str) -> bool:
    """A file (image, PDF) that the site publishes at ``resolved``."""
    if resolved.startswith("schools/"):
        slug, _, rest = resolved.removeprefix("schools/").partition("/")
        school = repo.schools.get(slug)
        return school is not None and bool(rest) and (school.folder / rest).is_file()
    return (repo.root / "content" / resolved).is_file()


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
