"""Smaller pages: indentation Material's templates leave between tags, and repeated glossary titles.

Collapsing a newline and its indentation to a bare newline never changes how a
page renders (outside ``<pre>``, ``<textarea>`` and scripts, which are kept as
they are), and saves about an eighth of every page. A glossary term keeps its
definition on its first use in a page only, as style guides advise, so screen
readers do not read the same definition again and again; never in a heading or a
link, where a dotted underline and a tooltip get in the way.
"""

from __future__ import annotations

import re

_VERBATIM = re.compile(
    r"(<pre[\s>].*?</pre>|<textarea[\s>].*?</textarea>|<script[\s>].*?</script>)", re.S
)
_INDENT = re.compile(r"\n\s+")
_ABBR = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')
_NO_TOOLTIP = re.compile(r"<(h[1-6]|a|summary|figcaption)\b[^>]*>.*?</\1>", re.S)
"""Where a glossary tooltip does not belong: headings, links, summaries and captions."""


def compact_html(html: str) -> str:
    """``html`` without indentation after line breaks (verbatim elements untouched)."""
    parts = _VERBATIM.split(html)
    return "".join(part if i % 2 else _INDENT.sub("\n", part) for i, part in enumerate(parts))


def first_abbreviations_only(html: str) -> str:
    """Keep each ``<abbr>`` term's definition on its first use in running text; later
    uses, and uses in headings, links, summaries and captions, are plain text."""
    html = _NO_TOOLTIP.sub(lambda m: _ABBR.sub(r"\2", m.group(0)), html)
    seen: set[str] = set()

    def once(match: re.Match[str]) -> str:
        term = match.group(2)
        if term in seen:
            return term
        seen.add(term)
        return match.group(0)

    return _ABBR.sub(once, html)
