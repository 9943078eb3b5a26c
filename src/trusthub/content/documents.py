"""PDF documents that schools and the trust publish: found, checked and described.

A school's ``documents/`` folder (and the trust's ``brand/documents/``) holds PDFs
that the site publishes, without their metadata, at ``schools/<slug>/documents/<file>``
(and ``documents/<file>``). Each is checked when the content is loaded, so that
``trusthub check`` refuses it at its own path, with a hint, before any build:

- its name must work in a web address (``behaviour-policy.pdf``);
- it must be a real PDF: the file starts ``%PDF-`` and opens as one, without a password;
- it must be no larger than the trust's limit (``max_document_mb`` in trust.yml, 10 MB).

Its title comes from the ``documents:`` entry that names it, else from its file name;
its date from that entry, else from the date the PDF itself records.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from trusthub.content.diagnostics import Report
from trusthub.content.paths import contains
from trusthub.content.sources import relative

DOCUMENTS_DIR = "documents"
"""The folder of a school (and of brand/) whose PDFs are published."""
DEFAULT_MAX_DOCUMENT_MB = 10
"""Largest document accepted unless trust.yml says otherwise (a long policy is under 1 MB)."""
MAX_DOCUMENTS = 200
"""A documents/ folder with more files than this is refused (a large school has ~60)."""
PDF_MAGIC = b"%PDF-"
DOCUMENT_NAME_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*\.pdf$")
"""A document's file name: used as it is in its web address."""
IGNORED = re.compile(r"^(\..*|Thumbs\.db|desktop\.ini)$", re.IGNORECASE)
"""Files an operating system leaves in folders, which are not documents."""


@dataclass(frozen=True)
class Document:
    """A PDF the site publishes: where it comes from, where it goes, what it is called."""

    name: str
    """File name, e.g. ``behaviour-policy.pdf``."""
    path: Path
    site_path: str
    """Where the site publishes it, e.g. ``schools/brookfield/documents/behaviour-policy.pdf``."""
    title: str
    date: dt.date | None
    """From its ``documents:`` entry, else the date the PDF records; None if neither has one."""
    size: int
    """Size of the file as written, in bytes (the published copy is a little smaller)."""


@dataclass(frozen=True)
class DocumentEntry:
    """What a ``documents:`` entry in school.yml says about one file."""

    title: str | None
    date: dt.date | None


class DocumentError(ValueError):
    """A file that cannot be published as a document; the message says why."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def title_from_name(name: str) -> str:
    """``behaviour-policy-2026.pdf`` → ``Behaviour policy 2026``."""
    stem = re.sub(r"[._-]+", " ", name.removesuffix(".pdf")).strip()
    return stem[:1].upper() + stem[1:]


def web_name(name: str) -> str:
    """A file name people wrote (``Behaviour Policy 2026.PDF``) as one that works on the web."""
    stem = re.sub(r"\.pdf$", "", name, flags=re.IGNORECASE).lower()
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "document"
    return f"{stem}.pdf"


def format_size(size: int) -> str:
    """``84 KB``, ``1.2 MB``: as people read a file's size."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def check_pdf(data: bytes, limit_mb: int) -> dt.date | None:
    """The date the PDF ``data`` records (modified, else created), after checking that it
    can be published: a PDF by its first bytes and by its structure, at most ``limit_mb``
    MB, and not locked with a password. Raises :class:`DocumentError` otherwise."""
    if len(data) > limit_mb * 1024 * 1024:
        raise DocumentError(
            f"document is {format_size(len(data))}, over the {limit_mb} MB limit",
            "save it again with smaller pictures (in Word: File > Compress Pictures), "
            "or split it into parts; the trust can raise max_document_mb in brand/trust.yml",
        )
    if not data.startswith(PDF_MAGIC):
        raise DocumentError(
            "not a PDF: the file does not start %PDF-",
            "save or export it as PDF (File > Save As > PDF); renaming a file does not convert it",
        )
    import pikepdf  # only when there are documents: it takes a tenth of a second to load

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            info = pdf.trailer.get("/Info")
            raw = None
            if isinstance(info, pikepdf.Dictionary):
                raw = info.get("/ModDate") or info.get("/CreationDate")
            return _pdf_date(str(raw)) if raw is not None else None
    except pikepdf.PasswordError:
        raise DocumentError(
            "the PDF is locked with a password",
            "publish a copy saved without a password, so that families can open it",
        ) from None
    except pikepdf.PdfError as error:
        raise DocumentError(
            f"the PDF is damaged and cannot be read ({str(error)[:80]})",
            "export it again from the program that made it",
        ) from None


_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


def _pdf_date(text: str) -> dt.date | None:
    """The day of a PDF date string (``D:20260923101500+01'00'``), or None if it is not one."""
    match = _PDF_DATE.match(text.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None


def load_documents(
    folder: Path,
    root: Path,
    report: Report,
    site_prefix: str,
    entries: dict[str, DocumentEntry],
    limit_mb: int,
) -> list[Document]:
    """Every publishable PDF in ``folder`` (a ``documents/`` folder), in name order.

    Each file that cannot be published is reported at its own path; ``entries`` (from a
    ``documents:`` mapping) give titles and dates.
    """
    if not folder.is_dir():
        return []
    shown_folder = relative(folder, root)
    files = sorted(p for p in folder.iterdir() if not IGNORED.match(p.name))
    if len(files) > MAX_DOCUMENTS:
        report.add(
            shown_folder,
            (1, 1),
            f"{shown_folder}/ has {len(files):,} files, more than {MAX_DOCUMENTS}",
            "publish the documents families need; keep archives elsewhere",
        )
        return []
    documents = []
    for path in files:
        shown = relative(path, root)
        if path.is_dir() or not contains(folder, path):
            what = "a folder" if path.is_dir() else "a link to a file outside the folder"
            report.add(
                shown,
                (1, 1),
                f"{shown_folder}/ may hold only PDF files, and this is {what}",
                f"put each PDF directly in {shown_folder}/",
            )
            continue
        if path.suffix.lower() != ".pdf":
            report.add(
                shown,
                (1, 1),
                f'"{path.name}" is not a PDF, and {shown_folder}/ publishes only PDFs',
                "save it as PDF (File > Save As > PDF), then remove the original from this folder",
            )
            continue
        if not DOCUMENT_NAME_RE.match(path.name):
            report.add(
                shown,
                (1, 1),
                f'document name "{path.name}" cannot be used in a web address',
                f'rename it "{web_name(path.name)}": lower-case letters, digits and hyphens',
            )
            continue
        try:
            data = path.read_bytes()
            recorded = check_pdf(data, limit_mb)
        except DocumentError as error:
            report.add(shown, (1, 1), error.message, error.hint)
            continue
        except OSError as error:
            report.add(shown, (1, 1), f"cannot read file: {error.strerror}", "")
            continue
        entry = entries.get(path.name, DocumentEntry(None, None))
        documents.append(
            Document(
                path.name,
                path,
                f"{site_prefix}{path.name}",
                entry.title or title_from_name(path.name),
                entry.date or recorded,
                len(data),
            )
        )
    return documents
