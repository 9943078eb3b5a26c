"""Jinja environments for generated Markdown pages and HTML blocks.

HTML templates autoescape everything; Markdown templates escape text with the
``md`` filter, so nothing written in YAML can inject markup into the site.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import cache, lru_cache, partial
from typing import Any

import jinja2
import markdown
import nh3
from markupsafe import Markup

from trusthub.design.colour import cmyk, contrast, rgb
from trusthub.site.pagemeta import front_matter
from trusthub.site.urls import tel_url

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!])")


def md_escape(text: object) -> str:
    """Plain text made safe to place in Markdown: no markup, no HTML."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


@cache
def _markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=["sane_lists", "smarty"], output_format="html")


@lru_cache(maxsize=512)
def markdown_html(text: str) -> str:
    """Short Markdown from YAML (an ethos, a policy) as sanitised HTML."""
    md = _markdown()
    md.reset()
    return nh3.clean(md.convert(text), link_rel=None)


_CONTACT = re.compile(
    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?P<phone>(?:\+44\s?|0)\d(?:[\s-]?\d){8,9})"
)


def contact_links(text: object, escape: Callable[[str], str] = html.escape) -> Markup:
    """Plain text (a contact: "Ms Lee, 01632 960545, send@oak.sch.uk") escaped with
    ``escape`` (for HTML, or for Markdown), with its phone numbers as tap-to-call links
    and its email addresses as mailto: links."""
    out, done = [], 0
    value = str(text)
    for match in _CONTACT.finditer(value):
        out.append(escape(value[done : match.start()]))
        found = html.escape(match.group(0))
        href = f"mailto:{found}" if match["email"] else tel_url(match.group(0))
        out.append(f'<a href="{href}">{found}</a>')
        done = match.end()
    out.append(escape(value[done:]))
    return Markup("".join(out))


def _markdown_text(value: Any) -> Any:
    """Every ``{{ … }}`` in a page template: Markup as it is, anything else escaped."""
    if isinstance(value, Markup) or value is None:
        return value
    return md_escape(value)


def _env(kind: str, autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("trusthub", f"templates/{kind}"),
        autoescape=autoescape,
        finalize=None if autoescape else _markdown_text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.do"],
    )
    env.filters.update(
        markdown=lambda text: Markup(markdown_html(text)),
        contact_links=partial(contact_links, escape=html.escape if autoescape else md_escape),
        rgb=lambda c: ", ".join(str(x) for x in rgb(c)),
        cmyk=lambda c: ", ".join(str(x) for x in cmyk(c)),
        contrast=contrast,
    )
    return env


@cache
def html_env() -> jinja2.Environment:
    return _env("blocks", autoescape=True)


@cache
def markdown_env() -> jinja2.Environment:
    return _env("pages", autoescape=False)


def render_html(template: str, **context: Any) -> str:
    return html_env().get_template(template).render(**context)


def render_markdown(template: str, **context: Any) -> str:
    """A generated page: its front matter (see :mod:`.pagemeta`) and its Markdown body.

    Every value the template writes is escaped for Markdown unless it is Markup.
    """
    body = markdown_env().get_template(template).render(**context)
    return front_matter(template, context) + body
