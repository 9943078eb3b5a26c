"""Decap CMS fields from the content models: one widget per field, chosen by its type.

A field's widget follows from its annotation and the markers on it
(:class:`~trusthub.content.models.base.Widget`, :class:`~trusthub.content.models.base.IdsFrom`);
``required`` from whether the model has a default; ``pattern`` from the type's pattern;
the help text (``hint``) from the field's description. Nothing here names a field of a
particular model, so a field added to a model appears in the editor.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic.networks import EmailStr

from trusthub.content.models.base import IdsFrom, Widget

T = TypeVar("T")
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


@dataclass(frozen=True)
class Choice:
    """One id the editor offers: its value, what people read, and help text."""

    value: str
    label: str
    hint: str = ""


@dataclass
class Scope:
    """What the trust's data offers the fields of one section (the trust or a school)."""

    ids: dict[str, list[Choice]]
    """Ids by :class:`IdsFrom` source: "values", "areas", "statutory", …"""
    media_folder: str
    """Where uploaded photos go, from the repository's root: ``/schools/brookfield/images``."""
    public_folder: str = "images"
    """How a photo is written in the file: ``images/<name>``, relative to the section's folder."""
    skipped: list[str] = field(default_factory=list)
    """Fields the editor cannot show (mappings with free keys), as ``Model.field``."""


def model_fields(model: type[BaseModel], scope: Scope) -> list[dict[str, Any]]:
    """The Decap fields of every field of ``model``, in the model's order."""
    fields = []
    for name, info in model.model_fields.items():
        made = model_field(info.alias or name, info, scope)
        if made is None:
            scope.skipped.append(f"{model.__name__}.{name}")
        else:
            fields.append(made)
    return fields


def model_field(name: str, info: FieldInfo, scope: Scope) -> dict[str, Any] | None:
    """One Decap field for a model's field, or None if no widget can edit it."""
    widget = _widget(info.annotation, [*info.metadata, info], scope)
    if widget is None:
        return None
    made: dict[str, Any] = {"name": name, "label": info.title or label(name), **widget}
    if "label_singular" in made:  # "Add notice", "Add trustee": one of the list's items
        made["label_singular"] = _one(made["label"], made["label_singular"])
    made["required"] = info.is_required()
    if not made["required"]:
        made = optional_object(made)
    if info.description:
        made["hint"] = info.description
    return made


def label(name: str) -> str:
    """What people read for a key: ``short_name`` → "Short name"."""
    words = name.replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:]


def _words(name: str) -> str:
    """A model's name as words: ``SchoolEvent`` → "school event"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


GENERIC = {"titled text"}
"""Models too general to name an item by ("Add titled text"): the list's label says it."""


def _one(plural: str, model: str) -> str:
    """One item of a list called ``plural`` holding ``model``s: "Trustees" → "trustee",
    "Priorities" → "priority"; else the model's name ("Inset" holds an "inset day")."""
    words = plural.lower()
    if words.endswith("ies"):
        return words[:-3] + "y"
    if words.endswith("s"):
        return words[:-1]
    return words if model in GENERIC else model


def _widget(annotation: Any, metadata: list[Any], scope: Scope) -> dict[str, Any] | None:
    annotation, metadata = unwrap(annotation, metadata)
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return _widget(options[0], metadata, scope)
        kinds = [unwrap(o, [])[0] for o in options]
        if all(k in (dt.date, dt.datetime) for k in kinds):
            return _widget(dt.date, metadata, scope)  # a notice's day, as people write it
        if all(k in (str, int) for k in kinds):
            return _text(metadata)  # a URN written as a number or as text
        return None  # "none" or a list of interests: no one widget holds both
    marker = _first(metadata, Widget)
    ids = _first(metadata, IdsFrom)
    if origin is list:
        return _list(get_args(annotation)[0], metadata, ids, scope)
    if origin is dict:
        return _mapping(*get_args(annotation), ids, scope)
    if ids is not None:
        return _select(scope.ids.get(ids.source, []))
    if marker is not None:
        return _marked(marker, metadata, scope)
    if origin is Literal:
        return _select([Choice(str(v), str(v)) for v in get_args(annotation)])
    if isinstance(annotation, type):
        return _typed(annotation, metadata, scope)
    return _text(metadata)


def _typed(annotation: type, metadata: list[Any], scope: Scope) -> dict[str, Any] | None:
    if issubclass(annotation, BaseModel):
        return {"widget": "object", "collapsed": False, "fields": model_fields(annotation, scope)}
    if issubclass(annotation, enum.Enum):
        return _select(_members(annotation))
    if issubclass(annotation, bool):
        return {"widget": "boolean"}
    if issubclass(annotation, int | float):
        number: dict[str, Any] = {
            "widget": "number",
            "value_type": "int" if issubclass(annotation, int) else "float",
        }
        for item in metadata:
            for attr, key in (("ge", "min"), ("le", "max")):
                if getattr(item, attr, None) is not None:
                    number[key] = getattr(item, attr)
        return number
    if issubclass(annotation, dt.datetime):
        return {"widget": "datetime", "format": "YYYY-MM-DD HH:mm", "picker_utc": True}
    if issubclass(annotation, dt.date):
        return {
            "widget": "datetime",
            "format": "YYYY-MM-DD",
            "date_format": "YYYY-MM-DD",
            "time_format": False,
            "picker_utc": True,
        }
    if annotation is EmailStr or getattr(annotation, "__name__", "") == "EmailStr":
        return {"widget": "string", "pattern": [EMAIL_PATTERN, "Write an email address."]}
    return _text(metadata)


def _marked(marker: Widget, metadata: list[Any], scope: Scope) -> dict[str, Any]:
    if marker.name == "image":
        return {
            "widget": "image",
            "choose_url": False,
            "media_folder": scope.media_folder,
            "public_folder": scope.public_folder,
        }
    made = {"widget": marker.name}
    if marker.name == "color":
        made["allowInput"] = True
        made.update(_pattern(metadata))
    return made


def _list(
    item: Any, metadata: list[Any], ids: IdsFrom | None, scope: Scope
) -> dict[str, Any] | None:
    made: dict[str, Any] = {"widget": "list"}
    inner, inner_metadata = unwrap(item, [])
    for piece in metadata:
        if getattr(piece, "min_length", None) is not None:
            made["min"] = piece.min_length
        if getattr(piece, "max_length", None) is not None:
            made["max"] = piece.max_length
    ids = ids or _first(inner_metadata, IdsFrom)
    if ids is not None or get_origin(inner) is Literal or _is_enum(inner):
        select = _widget(item, [ids] if ids else [], scope)
        bounds = {k: made[k] for k in ("min", "max") if k in made}
        return {**(select or {}), "multiple": True, **bounds}
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        made["fields"] = model_fields(inner, scope)
        made["collapsed"] = True
        made["label_singular"] = _words(inner.__name__)  # "Add notice", not "Add notices"
        return made
    widget = _widget(item, [], scope)
    if widget is None:
        return None
    made["field"] = {"name": "item", "label": "Item", **widget}
    return made


def _mapping(key: Any, value: Any, ids: IdsFrom | None, scope: Scope) -> dict[str, Any] | None:
    """A mapping whose keys the data knows becomes an object with one optional field per
    key (a trust value id, a statutory item, a phase); free keys cannot be edited."""
    if ids is not None:
        choices = scope.ids.get(ids.source, [])
    elif _is_enum(unwrap(key, [])[0]):
        choices = _members(unwrap(key, [])[0])
    else:
        return None
    fields = []
    for choice in choices:
        widget = _widget(value, [], scope)
        if widget is None:
            return None
        entry = optional_object(
            {"name": choice.value, "label": choice.label, **widget, "required": False}
        )
        if choice.hint:
            entry["hint"] = choice.hint
        fields.append(entry)
    return {"widget": "object", "collapsed": True, "fields": fields}


def optional_object(made: dict[str, Any]) -> dict[str, Any]:
    """An optional object whose own fields are not required: Decap CMS checks an empty
    object's required fields and would refuse to save without it. The hint says what is
    needed once the object is used (``trusthub check`` still requires it)."""
    if made.get("widget") != "object":
        return made
    relaxed = []
    for child in made["fields"]:
        if child.get("required"):
            needed = f"Needed if you fill in {made['label']}."
            hint = f"{child['hint']} {needed}" if child.get("hint") else needed
            child = {**child, "required": False, "hint": hint}
        relaxed.append(child)
    return {**made, "fields": relaxed}


def _select(choices: Iterable[Choice]) -> dict[str, Any]:
    return {"widget": "select", "options": [{"label": c.label, "value": c.value} for c in choices]}


def _text(metadata: list[Any]) -> dict[str, Any]:
    return {"widget": "string", **_pattern(metadata)}


def _pattern(metadata: list[Any]) -> dict[str, Any]:
    """Decap's ``pattern`` (a regular expression and what to tell people) from the type's."""
    for item in metadata:
        pattern = getattr(item, "pattern", None)
        extra = getattr(item, "json_schema_extra", None)
        if pattern is None and isinstance(extra, dict):
            pattern = extra.get("pattern")
        if isinstance(pattern, str):
            examples = getattr(item, "examples", None) or []
            shown = f", like {examples[0]}" if examples else ""
            return {"pattern": [pattern, f"This is not in the form it needs{shown}."]}
    return {}


def unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    """The type inside ``Annotated[...]``, and every marker and constraint on the way."""
    metadata = list(metadata)
    while get_origin(annotation) is Annotated:
        annotation, *extra = get_args(annotation)
        for item in extra:
            metadata.append(item)
            if isinstance(item, FieldInfo):
                metadata.extend(item.metadata)
    return annotation, metadata


def _first(metadata: list[Any], kind: type[T]) -> T | None:
    return next((item for item in metadata if isinstance(item, kind)), None)


def _members(kind: type[enum.Enum]) -> list[Choice]:
    """An enum's values, each with its ``label`` where it has one ("Sixth form")."""
    return [Choice(str(m.value), str(getattr(m, "label", m.value))) for m in kind]


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, enum.Enum)


def in_file_order(fields: list[dict[str, Any]], data: Any) -> list[dict[str, Any]]:
    """``fields`` in the order ``data`` (the file as written) has its keys, those it does
    not have after them in the model's order, and the same inside objects and lists.
    Decap CMS writes keys in its fields' order, so a save keeps the file's order."""
    if not isinstance(data, dict):
        return fields
    keys = list(data)
    position = {key: n for n, key in enumerate(keys)}
    ordered = sorted(fields, key=lambda f: position.get(f["name"], len(keys)))
    result = []
    for made in ordered:
        value = data.get(made["name"])
        if isinstance(value, list):
            value = next((item for item in value if isinstance(item, dict)), None)
        if "fields" in made:
            made = {**made, "fields": in_file_order(made["fields"], value)}
        result.append(made)
    return result
