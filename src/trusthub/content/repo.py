"""Load the whole repository (brand/, schools/, content/) into typed models.

:func:`load_repo` never raises for bad content: it returns whatever it could
validate plus a :class:`~trusthub.content.diagnostics.Report` of every problem found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trusthub.content.diagnostics import Report
from trusthub.content.documents import (
    DEFAULT_MAX_DOCUMENT_MB,
    DOCUMENTS_DIR,
    Document,
    DocumentEntry,
    load_documents,
)
from trusthub.content.governance import LocalGoverningBody, load_governors
from trusthub.content.models import (
    BRAND_FILES,
    OPTIONAL_BRAND_FILES,
    SCHOOL_FILES,
    Audience,
    Autonomy,
    CmsSettings,
    Governance,
    Language,
    NewsSettings,
    Notices,
    PageMeta,
    School,
    SchoolCalendar,
    Statutory,
    Strategy,
    Trust,
    TrustCalendar,
    TrustDocuments,
    Values,
)
from trusthub.content.models.base import ID_RE
from trusthub.content.news import NEWS_DIR, Story, load_stories
from trusthub.content.paths import contains, walk_files
from trusthub.content.sources import MarkdownFile, read_markdown, read_yaml, relative
from trusthub.content.validation import validate
from trusthub.content.yamlmarks import Marks

SLUG_RE = ID_RE
"""A school's folder name is used in web addresses: the same shape as every other id."""
SKIP_DIRS = {"images", "files", DOCUMENTS_DIR, NEWS_DIR, ".git", "__pycache__"}
MAX_SCHOOL_PAGES = 300
"""A school folder with more Markdown pages than this is refused (a large school has ~60)."""


@dataclass(frozen=True)
class Page:
    """A Markdown page written by people, with its validated front matter."""

    source: MarkdownFile
    meta: PageMeta
    url_path: str
    """Path of the page inside the site's source tree, e.g. ``schools/brookfield/send.md``."""

    @property
    def source_path(self) -> Path:
        return Path(self.source.abs_path)

    @property
    def title(self) -> str:
        return self.meta.title or _first_heading(self.source.body) or _title_from(self.url_path)


@dataclass
class SchoolEntry:
    slug: str
    folder: Path
    yaml_path: str
    model: School
    marks: Marks
    pages: list[Page] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    """The PDFs in its documents/ folder that can be published, by file name."""
    calendar: SchoolCalendar | None = None
    """Its calendar.yml, if it has one (and it is valid)."""
    notices: Notices | None = None
    """Its notices.yml, if it has one (and it is valid)."""
    file_marks: dict[str, Marks] = field(default_factory=dict)
    """Marks of its other YAML files (calendar.yml, notices.yml), by repo-relative path."""
    stories: list[Story] = field(default_factory=list)
    """Its news/ folder's valid stories, newest first."""
    governors: LocalGoverningBody | None = None
    """Its governors.yml, if it has a valid one."""

    @property
    def public(self) -> bool:
        return self.model.audience is Audience.public


@dataclass(frozen=True)
class SchoolSource:
    """A school.yml as written, valid or not, so cross-file rules can check it either way."""

    slug: str
    folder: Path
    yaml_path: str
    data: dict[str, Any]
    marks: Marks


@dataclass
class Repo:
    """Everything the site is built from, validated."""

    root: Path
    trust: Trust | None = None
    values: Values | None = None
    strategy: Strategy | None = None
    language: Language | None = None
    autonomy: Autonomy | None = None
    statutory: Statutory | None = None
    trust_documents: TrustDocuments | None = None
    """brand/documents.yml, if the trust has one (and it is valid)."""
    calendar: TrustCalendar | None = None
    """brand/calendar.yml, if the trust has one (and it is valid)."""
    notices: Notices | None = None
    """brand/notices.yml, if the trust has one (and it is valid)."""
    governance: Governance | None = None
    """brand/governance.yml: the trust's governance register, if it has one."""
    news: NewsSettings | None = None
    """brand/news.yml: the school stories the trust's news page shows, if it chooses any."""
    cms: CmsSettings | None = None
    """brand/cms.yml: where the web editor saves, if the trust has one."""
    marks: dict[str, Marks] = field(default_factory=dict)
    """Marks of each brand file, by repo-relative path."""
    schools: dict[str, SchoolEntry] = field(default_factory=dict)
    """Schools whose school.yml is valid, by slug."""
    school_sources: list[SchoolSource] = field(default_factory=list)
    """Every school.yml that could be parsed, valid or not."""
    content_pages: list[Page] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    """The trust's PDFs in brand/documents/ that can be published."""
    stories: list[Story] = field(default_factory=list)
    """content/news/: the trust's valid stories, newest first."""

    @property
    def max_document_mb(self) -> int:
        return self.trust.max_document_mb if self.trust else DEFAULT_MAX_DOCUMENT_MB

    @property
    def complete(self) -> bool:
        """True when every brand file loaded, so the site can be generated."""
        return None not in (
            self.trust,
            self.values,
            self.strategy,
            self.language,
            self.autonomy,
            self.statutory,
        )

    @property
    def brand_dir(self) -> Path:
        return self.root / "brand"

    def school_list(self) -> list[SchoolEntry]:
        """Schools in name order."""
        return sorted(self.schools.values(), key=lambda s: s.model.name)


def load_repo(root: Path) -> tuple[Repo, Report]:
    """Load and validate every YAML and Markdown file under ``root``."""
    root = root.resolve()
    report = Report()
    repo = Repo(root)
    _load_brand(repo, report)
    listed = repo.trust_documents.documents if repo.trust_documents else []
    repo.documents = load_documents(
        repo.brand_dir / DOCUMENTS_DIR,
        root,
        report,
        f"{DOCUMENTS_DIR}/",
        {d.file.rpartition("/")[2]: DocumentEntry(d.title, d.published) for d in listed if d.file},
        repo.max_document_mb,
    )
    _load_schools(repo, report)
    content = root / "content"
    if content.is_dir():
        repo.stories = load_stories(content, root, report, None)
        for path in sorted(content.rglob("*.md")):
            if path.relative_to(content).parts[0] == NEWS_DIR:
                continue  # stories, loaded above
            page = _load_page(path, root, content, report)
            if page is not None:
                repo.content_pages.append(page)
    return repo, report


def _load_brand(repo: Repo, report: Report) -> None:
    for name, model in {**BRAND_FILES, **OPTIONAL_BRAND_FILES}.items():
        path = repo.brand_dir / name
        if not path.is_file() and name in OPTIONAL_BRAND_FILES:
            continue
        if not path.is_file():
            report.add(
                f"brand/{name}",
                (1, 1),
                "file is missing",
                f"every trust needs brand/{name}; run `trusthub schema` for its shape",
            )
            continue
        loaded = read_yaml(path, repo.root, report)
        if loaded is None:
            continue
        repo.marks[loaded.path] = loaded.marks
        attribute = "trust_documents" if name == "documents.yml" else name.removesuffix(".yml")
        setattr(repo, attribute, validate(model, loaded.data, loaded.marks, loaded.path, report))


def _load_schools(repo: Repo, report: Report) -> None:
    schools_dir = repo.root / "schools"
    if not schools_dir.is_dir():
        return
    for folder in sorted(p for p in schools_dir.iterdir() if p.is_dir()):
        yaml_path = folder / "school.yml"
        shown = relative(yaml_path, repo.root)
        if not SLUG_RE.match(folder.name):
            report.add(
                relative(folder, repo.root),
                (1, 1),
                f'school folder name "{folder.name}" cannot be used in web addresses',
                "use lower-case letters, digits and hyphens, like st-aidans",
            )
            continue
        if not yaml_path.is_file():
            report.add(
                shown,
                (1, 1),
                "school.yml is missing",
                f"run `trusthub new-school {folder.name}` to create one",
            )
            continue
        loaded = read_yaml(yaml_path, repo.root, report)
        if loaded is None:
            continue
        if isinstance(loaded.data, dict):
            repo.school_sources.append(
                SchoolSource(folder.name, folder, shown, loaded.data, loaded.marks)
            )
        school = validate(School, loaded.data, loaded.marks, shown, report)
        if school is None:
            continue
        entry = SchoolEntry(folder.name, folder, shown, school, loaded.marks)
        entry.pages = _load_school_pages(folder, repo.root, report, shown)
        entry.documents = load_documents(
            folder / DOCUMENTS_DIR,
            repo.root,
            report,
            f"schools/{folder.name}/{DOCUMENTS_DIR}/",
            {name: DocumentEntry(d.title, d.date) for name, d in school.documents.items()},
            repo.max_document_mb,
        )
        _load_school_files(entry, repo.root, report)
        entry.stories = load_stories(folder, repo.root, report, folder.name)
        entry.governors = load_governors(folder, repo.root, report)
        repo.schools[folder.name] = entry


def _load_school_files(entry: SchoolEntry, root: Path, report: Report) -> None:
    """The school's optional YAML files besides school.yml (calendar.yml, notices.yml)."""
    for name, model in SCHOOL_FILES.items():
        path = entry.folder / name
        if not path.is_file():
            continue
        loaded = read_yaml(path, root, report)
        if loaded is None:
            continue
        entry.file_marks[loaded.path] = loaded.marks
        setattr(
            entry,
            name.removesuffix(".yml"),
            validate(model, loaded.data, loaded.marks, loaded.path, report),
        )


def _load_school_pages(folder: Path, root: Path, report: Report, yaml_path: str) -> list[Page]:
    paths = list(walk_files(folder, ".md", SKIP_DIRS))
    if len(paths) > MAX_SCHOOL_PAGES:
        report.add(
            yaml_path,
            (1, 1),
            f"{relative(folder, root)}/ has {len(paths):,} pages, more than {MAX_SCHOOL_PAGES}",
            "a school section needs far fewer pages; remove the ones that were added by mistake",
        )
        return []
    pages = []
    for path in paths:
        if not contains(folder, path):
            report.add(
                relative(path, root),
                (1, 1),
                f"page is a link to a file outside {relative(folder, root)}/",
                "copy the page into the school's folder instead of linking to it",
            )
            continue
        page = _load_page(path, root, root, report)
        if page is not None:
            pages.append(page)
    return pages


def _load_page(path: Path, root: Path, base: Path, report: Report) -> Page | None:
    source = read_markdown(path, root, report)
    if source is None:
        return None
    meta = validate(PageMeta, source.meta, source.marks, source.path, report)
    if meta is None:
        return None
    return Page(source, meta, path.relative_to(base).as_posix())


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None


def _title_from(url_path: str) -> str:
    stem = url_path.rsplit("/", 1)[-1].removesuffix(".md")
    return stem.replace("-", " ").replace("_", " ").capitalize()
