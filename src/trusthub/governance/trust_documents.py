"""The trust's own statutory documents (brand/documents.yml): present, findable, up to date.

What the trust must publish is listed under ``trust:`` in brand/statutory.yml
(articles of association, funding agreements, annual report and accounts, pay over
£100,000, the gender pay gap report from 250 employees); each document in
brand/documents.yml meets one of those items. Freshness is judged by the same
rules as a school's statutory items (:func:`~trusthub.governance.statutory.item_status`)
and reported the same way (:func:`~trusthub.governance.statutory.report_item`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from trusthub.content.diagnostics import Report, close_match, did_you_mean
from trusthub.content.documents import DOCUMENTS_DIR, Document, format_size
from trusthub.content.models import TrustDocument, TrustItem
from trusthub.content.repo import Repo
from trusthub.content.yamlmarks import Marks
from trusthub.governance.statutory import ItemStatus, item_status, report_item

DOCUMENTS_FILE = "brand/documents.yml"
STATUTORY_FILE = "brand/statutory.yml"


@dataclass(frozen=True)
class TrustDocumentStatus:
    """One trust document (or a missing one) with its state, for the check and the page."""

    item: TrustItem
    index: int | None
    """Its place in brand/documents.yml, or None for an item that has no document."""
    document: TrustDocument | None
    status: ItemStatus


def trust_document_status(repo: Repo, today: dt.date) -> list[TrustDocumentStatus]:
    """Every trust item of brand/statutory.yml with each of its documents, in item order."""
    assert repo.statutory is not None
    listed = repo.trust_documents.documents if repo.trust_documents else []
    employees = repo.trust_documents.employees if repo.trust_documents else None
    result = []
    for item in repo.statutory.trust:
        mine = [(i, d) for i, d in enumerate(listed) if d.item == item.id]
        applies = item.applies_to(employees)
        if not mine:
            state, reason = (
                ("missing", f"not listed in {DOCUMENTS_FILE}")
                if applies
                else ("not-applicable", f"required only from {item.min_employees} employees")
            )
            status = ItemStatus(item.id, item.title, state, None, None, reason)  # type: ignore[arg-type]
            result.append(TrustDocumentStatus(item, None, None, status))
        for index, document in mine:
            state, reason = item_status(item, document.link, document.reviewed, today)
            status = ItemStatus(
                item.id, document.title, state, document.reviewed, document.link, reason
            )
            result.append(TrustDocumentStatus(item, index, document, status))
    return result


def published_document(repo: Repo, document: TrustDocument) -> Document | None:
    """The PDF in brand/documents/ that ``document`` names, if it can be published."""
    if document.file is None:
        return None
    folder, _, name = document.file.rpartition("/")
    if folder != DOCUMENTS_DIR:
        return None
    return next((d for d in repo.documents if d.name == name), None)


def describe(repo: Repo, document: TrustDocument, sizes: dict[str, int]) -> tuple[str, str, str]:
    """(kind, path, what people see beside the link) of a trust document: kind "document"
    with a site path, "web" with a URL, or "none" when the file cannot be published."""
    date = f", published {document.published.strftime('%-d %B %Y')}" if document.published else ""
    if document.url is not None:
        host = (urlsplit(document.url).hostname or document.url).removeprefix("www.")
        return "web", document.url, f"{host}{date}"
    found = published_document(repo, document)
    if found is None:
        return "none", "", ""
    size = format_size(sizes.get(found.site_path, found.size))
    date = date or (f", published {found.date.strftime('%-d %B %Y')}" if found.date else "")
    return "document", found.site_path, f"PDF, {size}{date}"


def check_trust_documents(repo: Repo, report: Report, today: dt.date) -> None:
    """Each trust document names a trust item and a PDF that exists; each item has a
    document (where it applies) and each document is up to date."""
    assert repo.statutory is not None
    items = repo.statutory.trust_by_id()
    marks = repo.marks.get(DOCUMENTS_FILE)
    listed = repo.trust_documents.documents if repo.trust_documents else []
    if marks is not None:
        for index, document in enumerate(listed):
            if document.item not in items:
                hint = did_you_mean(document.item, items) if items else ""
                report.add(
                    DOCUMENTS_FILE,
                    marks.value(("documents", index, "item")),
                    f'unknown trust item "{document.item}"',
                    f"{hint}; see trust: in {STATUTORY_FILE}"
                    if hint
                    else f"add it under trust: in {STATUTORY_FILE}",
                )
            _check_file(repo, report, marks, index, document)
    for entry in trust_document_status(repo, today):
        label = f'trust document "{entry.item.id}" ({entry.status.title})'
        if entry.status.state == "missing":
            hint = f"list it in {DOCUMENTS_FILE} with a file in brand/{DOCUMENTS_DIR}/ or a url"
            if marks is None:
                where = repo.marks[STATUTORY_FILE].key(
                    ("trust", repo.statutory.trust.index(entry.item))
                )
                report.warn(STATUTORY_FILE, where, f"{label} is missing", hint)
            else:
                report.warn(DOCUMENTS_FILE, marks.key(("documents",)), f"{label} is missing", hint)
        elif marks is not None and entry.index is not None:
            report_item(
                report,
                DOCUMENTS_FILE,
                marks,
                ("documents", entry.index),
                label,
                entry.status,
                today,
            )


def _check_file(
    repo: Repo, report: Report, marks: Marks, index: int, document: TrustDocument
) -> None:
    if document.file is None:
        return
    where = marks.value(("documents", index, "file"))
    folder, _, name = document.file.rpartition("/")
    if folder != DOCUMENTS_DIR or not name.lower().endswith(".pdf"):
        report.add(
            DOCUMENTS_FILE,
            where,
            f'"{document.file}" is not a PDF in brand/{DOCUMENTS_DIR}/',
            f"put the PDF in brand/{DOCUMENTS_DIR}/ and write file: {DOCUMENTS_DIR}/<its name>.pdf",
        )
        return
    if (repo.brand_dir / DOCUMENTS_DIR / name).is_file():
        return  # published, or refused at its own path when it was loaded
    present = [f"{DOCUMENTS_DIR}/{d.name}" for d in repo.documents]
    report.add(
        DOCUMENTS_FILE,
        where,
        f'document "{document.file}" not found in brand/{DOCUMENTS_DIR}/',
        close_match(document.file, present) or "check the file name",
    )
