"""Photos, documents and share images: which files to publish, and links that point at them.

Photos are published without metadata as WebP (see :mod:`trusthub.graphics.photos`), so a
page's ``images/hall.jpg`` becomes ``images/hall.webp``; :func:`rewrite_images`
updates the Markdown before MkDocs checks and renders its links.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from trusthub.content.repo import Repo
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
