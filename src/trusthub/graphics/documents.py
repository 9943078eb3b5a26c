"""Publish PDF documents safely: no metadata, no scripts, nothing attached.

A policy exported from a word processor records who wrote it, on which computer,
with which program, and often its earlier titles; photos placed in it carry their
own metadata. Every document a school or the trust publishes goes through
:func:`publish_document`, which keeps the pages and removes:

- the document information dictionary (author, title, creator, producer, dates);
- every XMP metadata stream, the document's and each page's, picture's or font's;
- private application data (``/PieceInfo``), JavaScript, attachments and
  multimedia (pikepdf's own sanitising helpers).

The file is checked first (:func:`trusthub.content.documents.check_pdf`: a PDF by its
first bytes, no larger than the limit, no password), as ``trusthub check`` did.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import sanitize

from trusthub.content.documents import DocumentError, check_pdf

__all__ = ["DocumentError", "publish_document"]


def publish_document(data: bytes, limit_mb: int) -> bytes:
    """The PDF in ``data`` without its metadata, ready to publish (same input, same bytes)."""
    check_pdf(data, limit_mb)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for remove in (
            sanitize.remove_javascript,
            sanitize.remove_attachments,
            sanitize.remove_multimedia,
            sanitize.remove_private_app_data,
        ):
            remove(pdf)
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        for obj in [pdf.Root, *pdf.objects]:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream) and "/Metadata" in obj:
                del obj["/Metadata"]
        pdf.remove_unreferenced_resources()
        pdf.save(out, fix_metadata_version=False, deterministic_id=True, encryption=False)
    return out.getvalue()
