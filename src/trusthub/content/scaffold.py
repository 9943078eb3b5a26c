"""`trusthub new-school`: a valid school folder to start from."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import yaml

from trusthub.content.repo import SLUG_RE, Repo

LOGO = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="{name}">
  <circle cx="32" cy="32" r="30" fill="{primary}"/>
  <path d="M32 14 46 40H18Z" fill="{accent}"/>
</svg>
"""

ABOUT = """---
{front}---

# About {name}

Tell families about your school here: who you are, what a day looks like and
what makes {name} special.
"""

CALENDAR = """\
# yaml-language-server: $schema=../../schemas/school-calendar.schema.json
# The school's own INSET days and events; term dates come from brand/calendar.yml.
# For example:
#   inset:
#     - {date: 2027-01-04, title: "INSET day (school closed to pupils)"}
#   events:
#     - title: "Christmas fair"
#       start: 2026-12-11
#       description: "In the hall from 3.30pm."
inset: []
events: []
"""

GOVERNORS = """\
# yaml-language-server: $schema=../../schemas/governors.schema.json
# The local governing body, published on the school's Governance page. For example:
#   governors:
#   - name: Mrs Jane Example
#     role: Chair
#     appointed_by: Appointed by the trust board
#     term: {start: 2026-09-01, end: 2030-08-31}
#     attendance: {2025-26: "5 of 6"}
#     interests: none
governors: []
"""

NOTICES = """\
# yaml-language-server: $schema=../../schemas/notices.schema.json
# Urgent notices for every page of the school's section. Add one with:
#   trusthub notice add {slug} "…" --until YYYY-MM-DD
notices: []
"""


class ScaffoldError(Exception):
    pass


def new_school(repo: Repo, slug: str, name: str) -> Path:
    """Create ``schools/<slug>/`` with school.yml, a logo, an about page, and the
    calendar, governors and notices files to fill in."""
    if not SLUG_RE.match(slug):
        raise ScaffoldError(
            f'"{slug}" cannot be used in web addresses: use lower-case letters, digits and '
            "hyphens, like st-aidans"
        )
    folder = repo.root / "schools" / slug
    if folder.exists():
        raise ScaffoldError(f"schools/{slug}/ already exists: choose another name")
    primary, accent = "#1f4e79", "#f2c14e"
    values = {
        v.id: f"Write how {name} lives {v.name.lower()}."
        for v in (repo.values.values if repo.values else [])
    }
    data = {
        "name": name,
        "short_name": name.split(" ")[0],
        "urn": "100000",
        "phase": "primary",
        "joined": dt.date.today().isoformat(),
        "headteacher": "To be confirmed",
        "senco": "To be confirmed",
        "address": "Address to be confirmed",
        "phone": "01632 960000",
        "email": f"office@{slug}.example.org",
        "colours": {"primary": primary, "accent": accent},
        "logo": "logo.svg",
        "motto": "Your motto here",
        "ethos": f"Describe the ethos of {name} in a paragraph or two.",
        "values": values,
        "owners": [],
    }
    folder.mkdir(parents=True)
    schema_comment = "# yaml-language-server: $schema=../../schemas/school.schema.json\n"
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    (folder / "school.yml").write_text(schema_comment + body, encoding="utf-8")
    (folder / "logo.svg").write_text(
        LOGO.format(name=escape(name), primary=primary, accent=accent), encoding="utf-8"
    )
    front = yaml.safe_dump({"title": f"About {name}"}, allow_unicode=True, width=1000)
    (folder / "about.md").write_text(ABOUT.format(front=front, name=name), encoding="utf-8")
    (folder / "calendar.yml").write_text(CALENDAR, encoding="utf-8")
    (folder / "governors.yml").write_text(GOVERNORS, encoding="utf-8")
    (folder / "notices.yml").write_text(NOTICES.format(slug=slug), encoding="utf-8")
    return folder
