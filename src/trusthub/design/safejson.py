"""JSON for published files: safe even if a page or a careless script puts it into HTML.

``<``, ``>``, ``&`` and ``'`` inside strings are written as ``\\u`` escapes (as Jinja's
``tojson`` does), so a value can never close a ``<script>`` element or open a tag;
JSON parsers read the same text back.
"""

from __future__ import annotations

import json
from typing import Any

_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def dumps(data: Any, indent: int | None = None) -> str:
    """``data`` as JSON text with HTML-significant characters escaped."""
    return json.dumps(data, indent=indent, ensure_ascii=False).translate(_HTML_SAFE)
