"""Stylesheets generated from the palettes: the trust theme and one per school.

Material has no per-section palette, so each school's section links its own
small stylesheet that sets Material's colour custom properties for light and
dark schemes. Every colour is checked for WCAG 2.2 AA first (see
:func:`trusthub.design.colour.section_palette`).
"""

from __future__ import annotations

from trusthub.content.models import Trust
from trusthub.content.repo import SchoolEntry
from trusthub.design.colour import DARK_BACKGROUND, SectionPalette, mix, section_palette
from trusthub.design.fonts import css_family, font_face, web_font_name


def dark_tint(primary: str) -> str:
    """Background of tinted panels in the dark scheme: the section colour, mostly slate."""
    return mix(primary, DARK_BACKGROUND, 0.7)


def palette_css(selector: str, p: SectionPalette) -> str:
    """Material's colour variables for ``selector``, in light and dark schemes."""
    return f"""{selector} {{
  --md-primary-fg-color: {p.primary};
  --md-primary-fg-color--light: {p.primary_light};
  --md-primary-fg-color--dark: {p.primary_dark};
  --md-primary-bg-color: #ffffff;
  --md-primary-bg-color--light: #ffffffb3;
  --md-accent-fg-color: {p.accent};
  --md-accent-fg-color--transparent: {p.accent}1a;
  --md-typeset-a-color: {p.accent};
  --th-primary: {p.primary};
  --th-accent: {p.accent};
  --th-tint: {p.primary_light};
}}
[data-md-color-scheme="slate"] {{
  --md-primary-fg-color: {p.primary};
  --md-primary-fg-color--dark: {p.primary_dark};
  --md-accent-fg-color: {p.accent_dark};
  --md-accent-fg-color--transparent: {p.accent_dark}1a;
  --md-typeset-a-color: {p.accent_dark};
  --th-accent: {p.accent_dark};
  --th-tint: {dark_tint(p.primary)};
}}
"""


def font_css(trust: Trust) -> str:
    rules = []
    for font in trust.font.files:
        src = f'url("fonts/{web_font_name(font.path)}") format("woff2")'
        rules.append(font_face(trust.font.family, src, font.weight, font.style, display="swap"))
    rules.append(f":root {{ --md-text-font: {css_family(trust.font.family)}; }}")
    return "\n".join(rules) + "\n"


def trust_css(trust: Trust, schools: list[SchoolEntry], base_css: str) -> str:
    """The site-wide stylesheet: fonts, the trust palette, components, school card colours."""
    parts = [font_css(trust), palette_css(":root", trust_palette(trust)), base_css]
    for school in schools:
        p = section_palette(school.model.colours.primary, school.model.colours.accent)
        parts.append(
            f".th-school--{school.slug} {{ --th-school: {p.primary}; "
            f"--th-school-accent: {p.accent}; --th-school-tint: {p.primary_light}; }}\n"
            f'[data-md-color-scheme="slate"] .th-school--{school.slug} '
            f"{{ --th-school-accent: {p.accent_dark}; --th-school-tint: "
            f"{dark_tint(p.primary)}; }}\n"
        )
    return "\n".join(parts)


def trust_palette(trust: Trust) -> SectionPalette:
    return section_palette(trust.palette.primary, trust.palette.secondary)
