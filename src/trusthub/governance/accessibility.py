"""The accessibility statement speaks only of content the site has.

A statement that apologises for captions on videos the site does not have, or for
PDFs it does not publish, tells people nothing true. ``content_issues`` in
brand/trust.yml files each known problem under a kind of content (documents, video,
audio); :func:`statement_issues` lists a problem only while the site has that kind
of content (:func:`site_content`), and ``trusthub check`` warns about the others.
"""

from __future__ import annotations

import re

from trusthub.content.diagnostics import Report
from trusthub.content.models import ContentKind
from trusthub.content.repo import Repo

TRUST_FILE = "brand/trust.yml"
_TAGS = {
    ContentKind.video: re.compile(r"<(video|iframe)\b", re.IGNORECASE),
    ContentKind.audio: re.compile(r"<audio\b", re.IGNORECASE),
}
"""HTML that puts video or audio in a trust page (school pages cannot: they are sanitised)."""
_FILES = {
    ContentKind.video: {".mp4", ".webm", ".mov", ".m4v", ".ogv"},
    ContentKind.audio: {".mp3", ".m4a", ".ogg", ".oga", ".wav"},
}
"""Files in content/ that are video or audio."""


def site_content(repo: Repo) -> set[ContentKind]:
    """The kinds of content the site publishes."""
    kinds: set[ContentKind] = set()
    if repo.documents or any(school.documents for school in repo.schools.values()):
        kinds.add(ContentKind.documents)
    content = repo.root / "content"
    suffixes = (
        {p.suffix.lower() for p in content.rglob("*") if p.is_file()} if content.is_dir() else set()
    )
    for kind, pattern in _TAGS.items():
        if suffixes & _FILES[kind] or any(
            pattern.search(p.source.body) for p in repo.content_pages
        ):
            kinds.add(kind)
    return kinds


def statement_issues(repo: Repo) -> list[str]:
    """The known problems the statement lists: the site's own, then each kind of content's."""
    assert repo.trust is not None
    accessibility = repo.trust.accessibility
    kinds = site_content(repo)
    issues = list(accessibility.known_issues)
    for kind, problems in accessibility.content_issues.items():
        if kind in kinds:
            issues += problems
    return issues


def check_accessibility(repo: Repo, report: Report) -> None:
    """Warn about known problems filed under content the site does not have."""
    assert repo.trust is not None
    kinds = site_content(repo)
    marks = repo.marks[TRUST_FILE]
    for kind in repo.trust.accessibility.content_issues:
        if kind not in kinds:
            report.warn(
                TRUST_FILE,
                marks.key(("accessibility", "content_issues", kind.value)),
                f"the accessibility statement leaves out the problems with {kind.value}: "
                f"the site has no {kind.value}",
                f"remove {kind.value}: from content_issues, or keep it for when the site has some",
            )
