"""Cross-file rules: ids, files and links that one file takes from another.

School ``values`` keys must be trust value ids, ``statutory`` keys statutory
item ids, ``expectations`` keys expectation ids, ``contacts`` keys and a page's
``area`` autonomy area ids; logos, photos, linked pages and documents (and the
``documents:`` it names) must exist inside the school's own folder, and ``pages``
(the section's navigation order) must name its pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trusthub.content.diagnostics import Report, close_match, did_you_mean
from trusthub.content.documents import DOCUMENTS_DIR
from trusthub.content.governance import GOVERNORS_FILE, SCHOOL_GOVERNANCE
from trusthub.content.models.base import link_scheme
from trusthub.content.news import NEWS_DIR, list_page
from trusthub.content.paths import inside
from trusthub.content.repo import Repo, SchoolSource
from trusthub.content.sitemap import SCHOOL_PAGES

GENERATED = {name for name, _, _ in SCHOOL_PAGES}
"""Pages trusthub writes in every school's section, which statutory links may name."""


def check_file_reference(
    folder: Path,
    reference: str,
    shown_folder: str,
    report: Report,
    path: str,
    where: tuple[int, int],
    what: str,
) -> Path | None:
    """Report a reference that leaves its folder or names a missing file."""
    target = inside(folder, reference)
    if target is None:
        report.add(
            path,
            where,
            f'{what} "{reference}" is outside {shown_folder}/',
            f"put the file in {shown_folder}/ and give its name without ../ or /",
        )
        return None
    if not target.is_file():
        siblings = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
        report.add(
            path,
            where,
            f'{what} "{reference}" not found in {shown_folder}/',
            close_match(reference, siblings) or "check the file name and folder",
        )
        return None
    return target


def check_references(repo: Repo, report: Report) -> None:
    """Add every broken cross-file reference in ``repo`` to ``report``."""
    if repo.trust is not None:
        _check_brand_files(repo, report)
    seen_urns: dict[str, str] = {}
    for school in repo.school_sources:
        _check_school(repo, school, report)
    for entry in repo.school_list():
        urn = str(entry.model.urn)
        if urn in seen_urns:
            report.add(
                entry.yaml_path,
                entry.marks.value(("urn",)),
                f'URN "{urn}" is also used by {seen_urns[urn]}',
                "each school has its own URN",
            )
        seen_urns[urn] = entry.yaml_path
    if repo.autonomy is not None:
        areas = repo.autonomy.by_id()
        for page in [*repo.content_pages, *(p for s in repo.schools.values() for p in s.pages)]:
            area = page.meta.area
            if area is not None and area not in areas:
                report.add(
                    page.source.path,
                    page.source.marks.value(("area",)),
                    f'unknown autonomy area "{area}"',
                    f"{did_you_mean(area, areas)}; see brand/autonomy.yml",
                )


def _check_brand_files(repo: Repo, report: Report) -> None:
    trust = repo.trust
    assert trust is not None
    marks = repo.marks["brand/trust.yml"]
    refs: list[tuple[str, tuple[str | int, ...]]] = [(trust.logo, ("logo",))]
    if trust.logo_mono:
        refs.append((trust.logo_mono, ("logo_mono",)))
    refs += [(f.path, ("font", "files", i, "path")) for i, f in enumerate(trust.font.files)]
    for reference, loc in refs:
        check_file_reference(
            repo.brand_dir, reference, "brand", report, "brand/trust.yml", marks.value(loc), "file"
        )


def _keys(data: dict[str, Any], field: str) -> list[str]:
    value = data.get(field)
    return [str(k) for k in value] if isinstance(value, dict) else []


def _check_ids(
    school: SchoolSource, field: str, valid: set[str], noun: str, source: str, report: Report
) -> None:
    for key in _keys(school.data, field):
        if key not in valid:
            hint = did_you_mean(key, valid)
            report.add(
                school.yaml_path,
                school.marks.key((field, key)),
                f'unknown {noun} "{key}"',
                f"{hint}; see {source}" if hint else f"see {source}",
            )


def _check_home(school: SchoolSource, report: Report) -> None:
    home = school.data.get("home")
    photo = home.get("photo") if isinstance(home, dict) else None
    if isinstance(photo, str):
        check_file_reference(
            school.folder,
            photo,
            f"schools/{school.slug}",
            report,
            school.yaml_path,
            school.marks.value(("home", "photo")),
            "photo",
        )


def _check_page_order(school: SchoolSource, report: Report) -> None:
    """Each entry of ``pages:`` names a page of the section, once."""
    pages = school.data.get("pages")
    if not isinstance(pages, list):
        return
    known = GENERATED - {"index.md"}
    known |= {
        p.relative_to(school.folder).as_posix()
        for p in school.folder.rglob("*.md")
        if (p.name != "index.md" or p.parent != school.folder)
        and p.relative_to(school.folder).parts[0] != NEWS_DIR  # stories are not in navigation
    }
    if (school.folder / NEWS_DIR).is_dir():
        known.add(list_page(1))
    if (school.folder / GOVERNORS_FILE).is_file():
        known.add(SCHOOL_GOVERNANCE)
    seen: set[str] = set()
    for i, name in enumerate(pages):
        where = school.marks.value(("pages", i))
        if name in seen:
            report.add(school.yaml_path, where, f'"{name}" is listed twice', "list each page once")
        elif name not in known:
            report.add(
                school.yaml_path,
                where,
                f'"{name}" is not a page of this section',
                did_you_mean(str(name), known),
            )
        seen.add(str(name))


def _check_school(repo: Repo, school: SchoolSource, report: Report) -> None:
    data, marks, path = school.data, school.marks, school.yaml_path
    shown = f"schools/{school.slug}"
    if isinstance(data.get("logo"), str):
        check_file_reference(
            school.folder, data["logo"], shown, report, path, marks.value(("logo",)), "logo file"
        )
    if repo.values is not None:
        ids = {v.id for v in repo.values.values}
        _check_ids(school, "values", ids, "trust value", "brand/values.yml", report)
        if isinstance(data.get("values"), dict):
            for value_id in sorted(ids - set(_keys(data, "values"))):
                report.warn(
                    path,
                    marks.key(("values",)),
                    f'no words for the trust value "{value_id}"',
                    "add how the school lives it under values:",
                )
    if repo.statutory is not None:
        _check_ids(
            school,
            "statutory",
            set(repo.statutory.by_id()),
            "statutory item",
            "brand/statutory.yml",
            report,
        )
    if repo.autonomy is not None:
        _check_ids(
            school,
            "expectations",
            {e.id for e in repo.autonomy.expectations},
            "expectation",
            "brand/autonomy.yml",
            report,
        )
        _check_ids(
            school,
            "contacts",
            {a.id for a in repo.autonomy.areas},
            "autonomy area",
            "brand/autonomy.yml",
            report,
        )
    statutory = data.get("statutory")
    for item_id, link in statutory.items() if isinstance(statutory, dict) else []:
        target = link.get("link") if isinstance(link, dict) else None
        # A URL or a malformed link is the model's to report; a file name is checked here.
        if isinstance(target, str) and link_scheme(target) is None and not target.startswith("//"):
            file = target.partition("#")[0]  # a heading on the page is checked with the page
            if file and file not in GENERATED:
                check_file_reference(
                    school.folder,
                    file,
                    shown,
                    report,
                    path,
                    marks.value(("statutory", item_id, "link")),
                    "page or document",
                )
    folder = school.folder / DOCUMENTS_DIR
    for name in _keys(data, "documents"):
        if not (folder / name).is_file() or "/" in name or "\\" in name:
            present = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
            report.add(
                path,
                marks.key(("documents", name)),
                f'document "{name}" not found in {shown}/{DOCUMENTS_DIR}/',
                close_match(name, present)
                or f"put the PDF in {shown}/{DOCUMENTS_DIR}/ and give its file name here",
            )
    _check_home(school, report)
    _check_page_order(school, report)
    exceptions = data.get("language_exceptions")
    if repo.language is not None and isinstance(exceptions, list):
        allowed = repo.language.local_choices()
        for i, phrase in enumerate(exceptions):
            if str(phrase).lower() not in allowed:
                report.add(
                    path,
                    marks.value(("language_exceptions", i)),
                    f'"{phrase}" cannot be a local choice',
                    "only phrases of pairs marked local_choice: true in "
                    "brand/language.yml can be kept",
                )
