"""PDF documents of the schools and the trust, published without their metadata.

Each is cleaned here, in this process and at once (qpdf takes milliseconds), rather
than beside the drawing: the page that lists a document shows the size of the file
it links to, so that file must exist before pages are rendered. A cleaned document
is kept in the cache under the hash of the original, so it is cleaned once.
"""

from __future__ import annotations

from pathlib import Path

from trusthub.build.generate.work import Work
from trusthub.graphics.documents import publish_document
from trusthub.site import outputs


def plan_documents(work: Work, documents: dict[str, Path]) -> None:
    """Publish each document (site path → source file) without metadata."""
    limit = work.repo.max_document_mb
    for site_path, source in documents.items():
        key = work.cache.key("document", source, limit)
        cleaned = work.cache.path(key, ".pdf")
        if work.todo(cleaned):
            work.cache.store(cleaned, publish_document(source.read_bytes(), limit))
        work.outputs.add(outputs.document(site_path), site_path, cleaned)
        work.outputs.sizes[site_path] = cleaned.stat().st_size
