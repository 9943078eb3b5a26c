"""The web editor's configuration (Decap CMS's ``config.yml``), generated from the models.

The trust's files are one collection, its pages and news two more; each school gets
three collections of its own (its YAML files, its pages, its news), every one pointing
only into ``schools/<slug>/``, with photos uploaded to ``schools/<slug>/images/``.
Selects offer the ids the trust's data holds (value ids, autonomy areas, statutory
items, phases), so an editor picks instead of typing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from trusthub.content.cms.fields import Choice, Scope, in_file_order, model_fields
from trusthub.content.models import (
    BRAND_FILES,
    OPTIONAL_BRAND_FILES,
    SCHOOL_FILES,
    Backend,
    CmsSettings,
    Governors,
    PageMeta,
    School,
    StoryMeta,
)
from trusthub.content.repo import Repo, SchoolEntry
from trusthub.content.yamlmarks import YamlSyntaxError, load_yaml

NEWS_SLUG = "{{year}}-{{month}}-{{day}}-{{slug}}"
"""A new story's file name: its date, then its title in lower case with hyphens."""
TRUST_MEDIA = "content/images"
"""Where the trust's photos go (its news is in content/, so they are written images/…)."""
NOT_IN_EDITOR = {"cms.yml"}
NO_PREVIEW = {"preview": False}
"""The form alone, full width: Decap's preview of YAML is not what the site shows."""
"""brand/ files the editor does not offer: its own settings."""


@dataclass
class CmsConfig:
    """Decap CMS's configuration, and the fields it cannot show."""

    config: dict[str, Any]
    skipped: list[str] = field(default_factory=list)

    def yaml(self) -> str:
        """The configuration as Decap reads it (config.yml), written out in full: no YAML
        anchors for the parts collections share."""
        return yaml.dump(self.config, Dumper=_Plain, sort_keys=False, allow_unicode=True, width=100)


class _Plain(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def cms_config(repo: Repo, settings: CmsSettings | None = None) -> CmsConfig:
    """The editor's configuration for ``repo``, saving where ``settings`` say (brand/cms.yml)."""
    settings = settings or repo.cms or CmsSettings()
    skipped: list[str] = []
    trust = Scope(trust_ids(repo), media_folder=f"/{TRUST_MEDIA}")
    collections = [
        _trust_files(repo, trust),
        _pages("trust-pages", "Trust: pages", "content", trust),
        _news("trust-news", "Trust: news", "content/news", trust),
    ]
    skipped += trust.skipped
    for slug, school in repo.schools.items():
        scope = Scope(
            {**trust_ids(repo), **school_ids(repo, school)},
            media_folder=f"/schools/{slug}/images",
        )
        name = school.model.short_name
        collections += [
            _school_files(repo.root, school, scope),
            _pages(f"{slug}-pages", f"{name}: pages", f"schools/{slug}", scope),
            _news(f"{slug}-news", f"{name}: news", f"schools/{slug}/news", scope),
        ]
        skipped += scope.skipped
    config: dict[str, Any] = {
        "backend": _backend(settings),
        "local_backend": {"url": settings.local_backend},
        "media_folder": TRUST_MEDIA,
        "public_folder": "images",
        "omit_empty_optional_fields": True,
        "collections": collections,
    }
    if settings.editorial_workflow:
        config["publish_mode"] = "editorial_workflow"
    if repo.trust is not None and repo.trust.site_url:
        config["site_url"] = repo.trust.site_url
    return CmsConfig(config, sorted(set(skipped)))


def _backend(settings: CmsSettings) -> dict[str, Any]:
    backend: dict[str, Any] = {
        "name": settings.backend.value,
        "repo": settings.repo,
        "branch": settings.branch,
        "squash_merges": True,
    }
    if settings.base_url:
        backend["base_url"] = settings.base_url
    if settings.backend is Backend.gitea:
        if settings.api_root:
            backend["api_root"] = settings.api_root
        if settings.app_id:
            backend["app_id"] = settings.app_id
    return backend


LABELS = {
    "trust.yml": "Trust details",
    "values.yml": "Values",
    "strategy.yml": "Strategy (the rocket)",
    "language.yml": "Shared language",
    "autonomy.yml": "Aligned autonomy",
    "statutory.yml": "Statutory information: the list",
    "documents.yml": "Trust documents",
    "calendar.yml": "Term dates and events",
    "notices.yml": "Urgent notices",
    "governance.yml": "Governance register",
    "news.yml": "School stories in the trust's news",
    "school.yml": "School details",
    "governors.yml": "Governors",
}
"""What each file is called in the editor, as the people who edit it would say it; the
file's name follows in brackets."""


def _label(name: str) -> str:
    return f"{LABELS[name]} ({name})" if name in LABELS else name


def _trust_files(repo: Repo, scope: Scope) -> dict[str, Any]:
    brand = {**BRAND_FILES, **OPTIONAL_BRAND_FILES}
    files = [
        _file(repo.root, name.removesuffix(".yml"), _label(name), f"brand/{name}", model, scope)
        for name, model in brand.items()
        if name not in NOT_IN_EDITOR and (name in BRAND_FILES or (repo.brand_dir / name).is_file())
    ]
    return {"name": "trust", "label": "Trust: details", "editor": NO_PREVIEW, "files": files}


def _school_files(root: Path, school: SchoolEntry, scope: Scope) -> dict[str, Any]:
    """The school's YAML files; its calendar, notices and governors files are offered even
    before they exist (the editor writes them on the first save)."""
    slug = school.slug
    named: dict[str, type[BaseModel]] = {
        "school.yml": School,
        **SCHOOL_FILES,
        "governors.yml": Governors,
    }
    files = [
        _file(root, name.removesuffix(".yml"), _label(name), f"schools/{slug}/{name}", model, scope)
        for name, model in named.items()
    ]
    label = f"{school.model.short_name}: details"
    return {"name": slug, "label": label, "editor": NO_PREVIEW, "files": files}


def _file(
    root: Path, name: str, label: str, path: str, model: type[BaseModel], scope: Scope
) -> dict[str, Any]:
    fields = in_file_order(model_fields(model, scope), _as_written(root / path))
    return {"name": name, "label": label, "file": path, "fields": fields}


def _as_written(path: Path) -> Any:
    """The file's data, keys in its order (None if there is no such file)."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))[0]
    except (OSError, YamlSyntaxError):
        return None


def _markdown_folder(
    name: str, label: str, folder: str, meta: type[BaseModel], scope: Scope
) -> dict[str, Any]:
    """A folder of Markdown files with front matter (``meta``), each a page of its own."""
    return {
        "name": name,
        "label": label,
        "folder": folder,
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "identifier_field": "title",
        "editor": NO_PREVIEW,
        "fields": [*model_fields(meta, scope), _body()],
    }


def _pages(name: str, label: str, folder: str, scope: Scope) -> dict[str, Any]:
    return {**_markdown_folder(name, label, folder, PageMeta, scope), "slug": "{{slug}}"}


def _news(name: str, label: str, folder: str, scope: Scope) -> dict[str, Any]:
    return {
        **_markdown_folder(name, label, folder, StoryMeta, scope),
        "slug": NEWS_SLUG,
        "summary": "{{date}}: {{title}}",
        "sortable_fields": ["date", "title"],
        "media_folder": scope.media_folder,
        "public_folder": scope.public_folder,
    }


def _body() -> dict[str, Any]:
    return {"name": "body", "label": "Text", "widget": "markdown", "required": False}


def trust_ids(repo: Repo) -> dict[str, list[Choice]]:
    ids: dict[str, list[Choice]] = {}
    if repo.values is not None:
        ids["values"] = [Choice(v.id, v.name, v.summary) for v in repo.values.values]
    if repo.autonomy is not None:
        ids["areas"] = [Choice(a.id, a.name, a.summary) for a in repo.autonomy.areas]
        ids["expectations"] = [
            Choice(e.id, e.title, e.description) for e in repo.autonomy.expectations
        ]
    if repo.statutory is not None:
        ids["statutory"] = [Choice(i.id, i.title, i.guidance) for i in repo.statutory.items]
    ids["stories"] = [
        Choice(f"{s.slug}/{s.name}.md", f"{s.slug}: {s.meta.title}")
        for school in repo.schools.values()
        for s in school.stories
    ]
    return ids


def school_ids(repo: Repo, school: SchoolEntry) -> dict[str, list[Choice]]:
    ids: dict[str, list[Choice]] = {
        "documents": [Choice(d.name, d.name) for d in school.documents],
    }
    if repo.statutory is not None:
        phase = school.model.phase
        ids["statutory"] = [
            Choice(i.id, i.title, i.guidance) for i in repo.statutory.items if i.applies_to(phase)
        ]
    return ids
