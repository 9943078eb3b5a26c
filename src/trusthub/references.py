"""Cross-file rules: ids, files and links that one file takes from another.

School ``values`` keys must be trust value ids, ``statutory`` keys statutory
item ids, ``expectations`` keys expectation ids, a page's ``area`` an autonomy
area id; logos and linked pages must exist inside the school's own folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from .diagnostics import Report, did_you_mean
from .repo import Repo, SchoolEntry
from .yamlmarks import Marks


def is_url(link: str) -> bool:
    return link.startswith(("https://", "http://", "mailto:", "tel:"))


def inside(folder: Path, reference: str) -> Path | None:
    """The file ``reference`` names inside ``folder``, or None if it would leave it."""
    pure = PurePosixPath(reference)
    if pure.is_absolute() or ".." in pure.parts or "\\" in reference:
        return None
    target = (folder / pure).resolve()
    return target if target.is_relative_to(folder.resolve()) else None


def check_file_reference(
    folder: Path, reference: str, shown_folder: str, report: Report, path: str,
    where: tuple[int, int], what: str,
) -> Path | None:
    """Report a reference that leaves its folder or names a missing file."""
    target = inside(folder, reference)
    if target is None:
        report.add(path, where, f'{what} "{reference}" is outside {shown_folder}/',
                   f"put the file in {shown_folder}/ and give its name without ../ or /")
        return None
    if not target.is_file():
        siblings = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
        report.add(path, where, f'{what} "{reference}" not found in {shown_folder}/',
                   did_you_mean(reference, siblings) or "check the file name")
        return None
    return target


def check_references(repo: Repo, report: Report) -> None:
    """Add every broken cross-file reference in ``repo`` to ``report``."""
    if repo.trust is not None:
        _check_brand_files(repo, report)
    seen_urns: dict[str, str] = {}
    for school in repo.school_list():
        _check_school(repo, school, report)
        urn = school.model.urn
        if urn in seen_urns:
            report.add(school.yaml_path, school.marks.value(("urn",)),
                       f'URN "{urn}" is also used by {seen_urns[urn]}',
                       "each school has its own URN")
        seen_urns[str(urn)] = school.yaml_path
    if repo.autonomy is not None:
        areas = repo.autonomy.by_id()
        for page in [*repo.content_pages, *(p for s in repo.schools.values() for p in s.pages)]:
            area = page.meta.area
            if area is not None and area not in areas:
                report.add(page.source.path, page.source.marks.value(("area",)),
                           f'unknown autonomy area "{area}"',
                           f"{did_you_mean(area, areas)}; see brand/autonomy.yml")


def _check_brand_files(repo: Repo, report: Report) -> None:
    trust = repo.trust
    assert trust is not None
    marks = repo.marks["brand/trust.yml"]
    refs: list[tuple[str, tuple[str | int, ...]]] = [(trust.logo, ("logo",))]
    if trust.logo_mono:
        refs.append((trust.logo_mono, ("logo_mono",)))
    refs += [(f.path, ("font", "files", i, "path")) for i, f in enumerate(trust.font.files)]
    for reference, loc in refs:
        check_file_reference(repo.brand_dir, reference, "brand", report, "brand/trust.yml",
                             marks.value(loc), "file")


def _check_ids(
    keys: list[str], valid: set[str], marks: Marks, field: str, path: str, report: Report,
    noun: str, source: str,
) -> None:
    for key in keys:
        if key not in valid:
            hint = did_you_mean(key, valid)
            report.add(path, marks.key((field, key)), f'unknown {noun} "{key}"',
                       f"{hint}; see {source}" if hint else f"see {source}")


def _check_school(repo: Repo, school: SchoolEntry, report: Report) -> None:
    model, marks, path = school.model, school.marks, school.yaml_path
    shown = f"schools/{school.slug}"
    check_file_reference(school.folder, model.logo, shown, report, path,
                         marks.value(("logo",)), "logo file")
    if repo.values is not None:
        ids = {v.id for v in repo.values.values}
        _check_ids(list(model.values), ids, marks, "values", path, report,
                   "trust value", "brand/values.yml")
        for value_id in sorted(ids - set(model.values)):
            report.warn(path, marks.key(("values",)),
                        f'no words for the trust value "{value_id}"',
                        f"add how {model.short_name} lives it under values:")
    if repo.statutory is not None:
        items = repo.statutory.by_id()
        _check_ids(list(model.statutory), set(items), marks, "statutory", path, report,
                   "statutory item", "brand/statutory.yml")
    if repo.autonomy is not None:
        expectations = {e.id for e in repo.autonomy.expectations}
        _check_ids(list(model.expectations), expectations, marks, "expectations", path, report,
                   "expectation", "brand/autonomy.yml")
    for item_id, link in model.statutory.items():
        if not is_url(link.link):
            check_file_reference(school.folder, link.link, shown, report, path,
                                 marks.value(("statutory", item_id, "link")), "page")
    if repo.language is not None:
        allowed = repo.language.local_choices()
        for i, phrase in enumerate(model.language_exceptions):
            if phrase.lower() not in allowed:
                report.add(path, marks.value(("language_exceptions", i)),
                           f'"{phrase}" cannot be a local choice',
                           "only phrases of pairs marked local_choice: true in "
                           "brand/language.yml can be kept")
