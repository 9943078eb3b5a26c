"""Writing an urgent notice into brand/notices.yml or schools/<slug>/notices.yml.

``trusthub notice add`` uses :func:`add_notice`: the notice is appended to the file as
YAML written by the YAML library (so any message is quoted correctly), the comments
and notices already there are kept, and the whole file is validated before it is
written: a notice that would not build is refused and the file is left as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from trusthub.content.diagnostics import Report
from trusthub.content.models import Notices
from trusthub.content.validation import validate
from trusthub.content.yamlmarks import YamlSyntaxError, load_yaml

FILE = "notices.yml"
TRUST_SCOPE = "trust"


class NoticeError(ValueError):
    """The notice cannot be added; the message says why."""


def notices_path(root: Path, scope: str) -> tuple[Path, str]:
    """(file, path as people see it) of the notices of ``scope``: "trust" or a school's slug."""
    if scope == TRUST_SCOPE:
        return root / "brand" / FILE, f"brand/{FILE}"
    folder = root / "schools" / scope
    if (
        not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", scope)
        or not (folder / "school.yml").is_file()
    ):
        schools = sorted(p.parent.name for p in (root / "schools").glob("*/school.yml"))
        raise NoticeError(
            f'no school "{scope}": use "{TRUST_SCOPE}" or one of {", ".join(schools) or "none"}'
        )
    return folder / FILE, f"schools/{scope}/{FILE}"


def add_notice(root: Path, scope: str, notice: dict[str, Any]) -> tuple[str, str | None]:
    """Append ``notice`` (keys as in notices.yml) to the notices of ``scope``; return the
    file's path as people see it and its text before (None if it was new). Raises
    :class:`NoticeError` if the result is not valid."""
    path, shown = notices_path(root, scope)
    before = path.read_text(encoding="utf-8") if path.is_file() else None
    schema = "../schemas" if scope == TRUST_SCOPE else "../../schemas"
    text = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else f"# yaml-language-server: $schema={schema}/notices.schema.json\n"
    )
    item = yaml.safe_dump([notice], allow_unicode=True, sort_keys=False, width=88)
    block = "".join(f"  {line}\n" for line in item.splitlines())
    if re.search(r"^notices:[ \t]*(\[\s*\])?[ \t]*(#.*)?$", text, re.MULTILINE) is None:
        text = text.rstrip("\n") + ("\n" if text.strip() else "") + "notices:\n"
    text = re.sub(r"^notices:[ \t]*\[\s*\]", "notices:", text, count=1, flags=re.MULTILINE)
    text = text.rstrip("\n") + "\n" + block
    report = Report()
    try:
        data, marks = load_yaml(text)
    except YamlSyntaxError as exc:
        raise NoticeError(f"{shown} is not valid YAML: {exc.message}") from None
    if validate(Notices, data, marks, shown, report) is None:
        raise NoticeError("\n".join(str(d) for d in report))
    path.write_text(text, encoding="utf-8")
    return shown, before


def notice_fields(
    message: str,
    until: dt.date,
    starts: dt.date,
    severity: str,
    link: str | None,
    link_text: str | None,
) -> dict[str, Any]:
    """A notice as notices.yml holds it, leaving out what is not given."""
    notice: dict[str, Any] = {"message": message}
    if link:
        notice["link"] = link
    if link_text:
        notice["link_text"] = link_text
    notice.update({"from": starts, "until": until, "severity": severity})
    return notice
