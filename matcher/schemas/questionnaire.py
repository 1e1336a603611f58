"""A marshmallow schema built from the questionnaire spec: required answers, max lengths, choices."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from matcher.questionnaire import Questionnaire
from matcher.schemas.common import BoundedList

# Limits for question types whose spec gives none; generous, but a form cannot carry a novel.
DEFAULT_MAX_LENGTH = {"text": 500, "textarea": 4000}
MAX_URLS = 20
REQUIRED = "Please answer this question."


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _blank_to_none(value):
    return None if isinstance(value, str) and not value.strip() else value


def _lines(value):
    """A textarea of URLs (one a line, commas tolerated) becomes a list; a list passes through."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for line in value.splitlines() for part in line.split(",") if part.strip()]
    return value


def _listify(value):
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _no_nul(value: str) -> None:
    if "\x00" in value:
        raise ValidationError("Must not contain NUL characters.")


def _presence(required: bool, default) -> dict:
    """A required answer must be present (a default would skip its validators); others default to empty."""
    return {"required": True} if required else {"load_default": default}


def _text(question: dict, required: bool) -> fields.Field:
    limit = int(question.get("max_length") or DEFAULT_MAX_LENGTH.get(question.get("type"), 4000))
    validators = [validate.Length(max=limit, error=f"Please keep this under {limit:,} characters."), _no_nul]
    if required:
        validators.append(validate.Length(min=1, error=REQUIRED))
    return fields.String(
        validate=validators, pre_load=_strip, error_messages={"required": REQUIRED}, **_presence(required, "")
    )


def _choice(question: dict, required: bool) -> fields.Field:
    values = [c["value"] for c in question.get("choices", [])]
    message = "Please choose one of the options."

    def check(value):
        # A draft may leave a choice empty (None); a submission may not; no one may invent an option.
        if value in ("", None) and not required:
            return
        if value not in values:
            raise ValidationError(message)

    return fields.String(
        allow_none=True,
        validate=check,
        post_load=_blank_to_none,
        pre_load=lambda v: "" if v is None else v,
        error_messages={"required": message},
        **_presence(required, None),
    )


def _multichoice(question: dict, required: bool) -> fields.Field:
    values = [c["value"] for c in question.get("choices", [])]
    validators = []
    if required:
        validators.append(validate.Length(min=1, error="Please choose at least one option."))
    return BoundedList(
        fields.String(validate=validate.OneOf(values, error="Unknown option {input!r}.")),
        max_items=len(values),
        error_messages={"required": "Please choose at least one option."},
        **_presence(required, list),
        pre_load=_listify,
        post_load=lambda chosen: list(dict.fromkeys(chosen)),
        validate=validators,
    )


def _url_list(_question: dict, required: bool) -> fields.Field:
    validators = []
    if required:
        validators.append(validate.Length(min=1, error="Please give at least one URL."))
    return BoundedList(
        max_items=MAX_URLS,
        error=f"Please give at most {MAX_URLS} URLs.",
        inner=fields.Url(
            schemes={"http", "https"},
            validate=validate.Length(max=500),
            error_messages={"invalid": "Not a valid http(s) URL."},
        ),
        error_messages={"required": "Please give at least one URL."},
        **_presence(required, list),
        pre_load=_lines,
        validate=validators,
    )


BUILDERS = {
    "text": _text,
    "textarea": _text,
    "choice": _choice,
    "multichoice": _multichoice,
    "url_list": _url_list,
}


def answers_schema(questionnaire: Questionnaire, *, draft: bool = False) -> Schema:
    """A schema for one set of answers; a draft checks limits and choices but not required answers."""
    field_map = {}
    for question in questionnaire.questions:
        builder = BUILDERS.get(question.get("type", "text"), _text)
        field_map[question["key"]] = builder(question, bool(question.get("required")) and not draft)
    name = f"QuestionnaireV{questionnaire.version}{'Draft' if draft else ''}Schema"
    return Schema.from_dict(field_map, name=name)()
