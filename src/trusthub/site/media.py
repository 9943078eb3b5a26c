"""Photos, documents and share images: which files to publish, and links that point at them.

Photos are published without metadata as WebP (see :mod:`trusthub.graphics.photos`), so a
page's ``images/hall.jpg`` becomes ``images/hall.webp``; :func:`rewrite_images`
updates the Markdown before MkDocs checks and renders its links.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape as html_unescape
from pathlib import Path
from urllib.parse import unquote

from markupsafe import Markup

from trusthub.content.repo import Repo
from trusthub.graphics.photos import PublishedPhoto
from trusthub.site.plan import SitePlan

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic"}
_IMAGE_REF = re.compile(
    r"""(?P<lead>\]\(\s*<?|src\s*=\s*["']|^\[[^\]]+\]:\s*<?)"""
    r"""(?P<target>[^)"'\s>]+\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic))""",
    re.IGNORECASE | re.MULTILINE,
)


def find_photos(repo: Repo, plan: SitePlan) -> dict[str, Path]:
    """Site path → file, for every photo in content/ and the built schools' folders."""
    photos: dict[str, Path] = {}
    content = repo.root / "content"
    if content.is_dir():
        photos.update(_photos_in(content, ""))
    for slug in plan.sections:
        school = repo.schools[slug]
        photos.update(_photos_in(school.folder, f"schools/{slug}/", skip=school.model.logo))
    return photos


def find_documents(repo: Repo, plan: SitePlan) -> dict[str, Path]:
    """Site path → file, for every PDF document of the trust and of the built schools."""
    documents = [*repo.documents]
    for slug in plan.sections:
        documents += repo.schools[slug].documents
    return {document.site_path: document.path for document in documents}


def _photos_in(folder: Path, prefix: str, skip: str = "") -> dict[str, Path]:
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.suffix.lower() in PHOTO_SUFFIXES and path.is_file() and relative != skip:
            found[prefix + relative] = path
    return found


def rewrite_images(markdown: str, src_uri: str, renamed: dict[str, str]) -> str:
    """``markdown`` (of the page at ``src_uri``) with links to renamed photos updated."""
    if not renamed or "." not in markdown:
        return markdown
    folder = posixpath.dirname(src_uri)

    def replace(match: re.Match[str]) -> str:
        target = match.group("target")
        if "://" in target:
            return match.group(0)
        resolved = posixpath.normpath(posixpath.join(folder, target))
        new = renamed.get(resolved)
        if new is None:
            return match.group(0)
        return match.group("lead") + posixpath.relpath(new, folder or ".")

    return _IMAGE_REF.sub(replace, markdown)


CONTENT_SIZES = "(min-width: 60em) 46rem, 100vw"
"""How wide a photo in a page's text is shown: the text column on a laptop, the whole
screen on a phone (what ``sizes`` tells the browser before the layout is known)."""
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc=(["'])(?P<src>[^"']+)\1""", re.IGNORECASE)
_HAS = re.compile(r"\s(srcset|width|height)=", re.IGNORECASE)


def _path_of(src: str) -> str:
    """The path an ``src`` attribute names (HTML entities and %-escapes undone)."""
    return unquote(html_unescape(src))


def responsive_images(html: str, base: str, photos: dict[str, PublishedPhoto]) -> str:
    """``html`` with each published photo's ``<img>`` given its narrower copies
    (``srcset`` and ``sizes``) and its size (``width``, ``height``: no layout shift when
    it loads), unless the author set them. ``base`` is the site folder the images'
    relative ``src`` start from."""
    if not photos or "<img" not in html:
        return html

    def add(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None or "://" in src["src"] or src["src"].startswith("/"):
            return tag
        photo = photos.get(posixpath.normpath(posixpath.join(base, _path_of(src["src"]))))
        if photo is None:
            return tag
        present = {name.lower() for name in _HAS.findall(tag)}
        extra = Markup("")
        if "srcset" not in present and photo.narrower:
            srcset = photo.srcset(_path_of(src["src"]))
            extra += Markup(' srcset="{}" sizes="{}"').format(srcset, CONTENT_SIZES)
        if not present & {"width", "height"}:
            extra += Markup(' width="{}" height="{}"').format(photo.width, photo.height)
        end = len(tag) - (2 if tag.endswith("/>") else 1)
        return f"{tag[:end].rstrip()}{extra}{tag[end:]}"

    return _IMG.sub(add, html)


def share_pages(repo: Repo, plan: SitePlan) -> dict[str, list[tuple[str, str]]]:
    """Each section's pages as (source path, title), for their share images.

    A section's home page is not shared as "Home": its card carries the trust's
    tagline or the school's motto under the section's name.
    """
    homes = {"index.md": repo.trust.tagline if repo.trust else ""}
    for slug, section in plan.sections.items():
        homes[section.home] = repo.schools[slug].model.motto
    sections: dict[str, list[tuple[str, str]]] = {}
    for src_uri, page in plan.pages.items():
        title = homes.get(src_uri) or page.title
        sections.setdefault(page.section, []).append((src_uri, title))
    return sections
