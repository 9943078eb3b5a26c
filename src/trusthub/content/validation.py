"""Validate parsed YAML against a model and turn pydantic errors into diagnostics."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from trusthub.content.diagnostics import Report, did_you_mean
from trusthub.content.plaintext import text_leaves, text_problem
from trusthub.content.yamlmarks import Marks

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, marks: Marks, path: str, report: Report) -> M | None:
    """Validate ``data`` (from ``path``) as ``model``; add every error to ``report``.

    Returns the model instance, or ``None`` when the data is invalid.
    """
    if data is None:
        data = {}
    if not isinstance(data, dict):
        report.add(
            path,
            marks.value(()),
            "expected keys and values at the top of the file",
            f"see the {model.__name__} example in the README",
        )
        return None
    unsafe = False
    for where, text in text_leaves(data):
        problem = text_problem(text)
        if problem is not None:
            report.add(path, marks.value(where), *problem)
            unsafe = True
    if unsafe:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        for error in _without_renamed(model, errors):
            _report(model, error, marks, path, report)
        return None


def _without_renamed(model: type[BaseModel], errors: list[Any]) -> list[Any]:
    """Drop "missing key" errors explained by a misspelt key next to it ("mottoo")."""
    renamed = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = error["loc"]
            close = difflib.get_close_matches(
                str(loc[-1]), _field_names(model, loc[:-1]), n=1, cutoff=0.6
            )
            if close:
                renamed.add((*loc[:-1], close[0]))
    return [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) in renamed)]


def _report(model: type[BaseModel], error: Any, marks: Marks, path: str, report: Report) -> None:
    loc = tuple(part for part in error["loc"] if part != "[key]")
    kind, ctx = error["type"], error.get("ctx") or {}
    field_name = ".".join(str(p) for p in loc) or "file"
    if kind == "trusthub":  # a key's own mistake is shown at the key
        where = marks.key(loc) if "[key]" in error["loc"] else marks.value(loc)
        report.add(path, where, error["msg"], ctx.get("hint", ""))
    elif kind == "extra_forbidden":
        allowed = _field_names(model, loc[:-1])
        report.add(
            path, marks.key(loc), f'unknown key "{loc[-1]}"', did_you_mean(str(loc[-1]), allowed)
        )
    elif kind == "missing":
        report.add(
            path,
            marks.key(loc[:-1]),
            f'missing required key "{field_name}"',
            f'add "{loc[-1]}:" here',
        )
    else:
        report.add(path, marks.value(loc), f"{field_name}: {_plain(error)}", _hint(error))


def _plain(error: Any) -> str:
    """pydantic's message, made into a plain sentence for non-programmers."""
    kind, msg = error["type"], error["msg"]
    value = error.get("input")
    friendly = {
        "string_type": "expected text",
        "list_type": "expected a list (lines starting with '- ')",
        "dict_type": "expected keys and values",
        "model_type": "expected keys and values",
        "bool_type": "expected true or false",
        "int_type": "expected a whole number",
        "int_parsing": "expected a whole number",
        "date_from_datetime_parsing": f'"{value}" is not a date',
        "date_parsing": f'"{value}" is not a date',
        "date_type": f'"{value}" is not a date',
        "enum": f'"{value}" is not allowed',
        "literal_error": f'"{value}" is not allowed',
        "value_error": msg.removeprefix("Value error, "),
    }
    if kind in ("too_short", "too_long"):
        return msg.replace("List", "list").replace("String", "text")
    return friendly.get(kind, msg)


def _hint(error: Any) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in ("enum", "literal_error"):
        return f"use one of {ctx.get('expected', '')}"
    if kind.startswith("date"):
        return 'write dates as YYYY-MM-DD, like "2025-09-01"'
    if kind == "string_too_short":
        return "write some text here, or remove the key"
    return ""


def _field_names(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model at ``loc`` inside ``model`` (for "did you mean")."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
