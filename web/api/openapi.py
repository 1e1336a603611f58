"""Keep the OpenAPI document exactly what the shared schemas accept from JSON.

Two differences from the apispec defaults, both found by schemathesis:
- numbers are read strictly from JSON (12.5 or "12" for a whole-dollar field is an error, never truncated);
- an empty (or blank) string means "none" for an optional field (DESIGN: a field "may be missing, empty
  or null"), so the document says so with anyOf [the field, a blank string].
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from marshmallow import Schema, fields

MARK = "x-blank-is-null"
BLANK = {"type": "string", "pattern": r"^\s*$", "description": "blank: the same as null"}
# Keys that describe the property as a whole and stay outside the anyOf.
_OUTER = ("description", "default", "readOnly", "writeOnly", "example")


def _fields(schema: Schema) -> Iterator[fields.Field]:
    for field in schema.fields.values():
        yield field
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested) and isinstance(inner.schema, Schema):
            yield from _fields(inner.schema)


def json_strict(schema: Schema) -> Schema:
    """This schema instance, with JSON numbers read strictly (the class, shared with forms, is unchanged)."""
    for field in _fields(schema):
        if isinstance(field, fields.Integer):
            field.strict = True
    return schema


def _blank_is_null(field: fields.Field) -> bool:
    for func in field.pre_load:
        try:
            if func("") is None and func("   ") is None:
                return True
        except Exception:  # noqa: BLE001 - a processor that refuses a string says nothing here
            continue
    return False


def mark_blank_fields(converter, field, **_kwargs) -> dict:
    """apispec attribute function: mark the properties whose field turns a blank string into null."""
    return {MARK: True} if _blank_is_null(field) else {}


def _rewrite(prop: dict) -> dict:
    prop.pop(MARK)
    constrained = any(k in prop for k in ("enum", "format", "pattern", "minLength"))
    if prop.get("type") == "string" and not constrained:
        return prop  # a blank string already fits
    outer = {k: prop.pop(k) for k in _OUTER if k in prop}
    nullable = prop.pop("nullable", False)
    inner = copy.deepcopy(prop)
    if "enum" in inner:
        inner["enum"] = [v for v in inner["enum"] if v is not None]
    return {**outer, "anyOf": [inner, BLANK], **({"nullable": True} if nullable else {})}


def rewrite_blank(doc):
    """Turn every marked property of the document into anyOf [property, blank string]."""
    if isinstance(doc, dict):
        doc = {k: rewrite_blank(v) for k, v in doc.items()}
        return _rewrite(doc) if MARK in doc else doc
    if isinstance(doc, list):
        return [rewrite_blank(v) for v in doc]
    return doc
