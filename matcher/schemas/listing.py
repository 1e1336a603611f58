"""Query parameters of the directory and the admin lists, and the admin's review action form."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate

from matcher import taxonomy
from matcher.models import SEVERITIES
from matcher.schemas.common import OptionalText, industry_field, money

# The red-flag categories of DESIGN.md (a contract: only ever added to).
FINDING_CATEGORIES = (
    "guaranteed_rankings",
    "guaranteed_link_count",
    "paid_links",
    "pbn",
    "automated_links",
    "anchor_manipulation",
    "undisclosed_methods",
    "unrealistic_timeline",
    "deceptive_tactics",
)
QUEUE_STATUSES = ("submitted", "flagged")
REVIEW_ACTIONS = ("verify", "dismiss_finding", "request_changes", "suspend", "reject", "reinstate")


def _blank_to_none(value):
    return None if isinstance(value, str) and not value.strip() else value


def _check_country(value: str) -> None:
    if value not in taxonomy.country_codes():
        raise ValidationError(f"Unknown country code {value!r}; use ISO 3166-1 alpha-2 such as 'US'.")


def _check_language(value: str) -> None:
    if value not in taxonomy.language_codes():
        raise ValidationError(f"Unknown language code {value!r}; use ISO 639-1 such as 'en'.")


def _choice(values, what: str) -> fields.String:
    return fields.String(
        load_default=None,
        allow_none=True,
        pre_load=_blank_to_none,
        validate=validate.OneOf(sorted(values), error=f"Unknown {what} {{input!r}}."),
    )


def page_field() -> fields.Integer:
    return fields.Integer(
        load_default=1,
        pre_load=_blank_to_none,
        allow_none=False,
        strict=False,
        validate=validate.Range(min=1, max=100_000),
    )


class ListQuerySchema(Schema):
    """Query strings carry whatever a link adds (utm tags and the like): unknown keys are ignored."""

    class Meta:
        unknown = EXCLUDE

    page = page_field()


class DirectoryQuerySchema(ListQuerySchema):
    q = OptionalText(max_length=300)
    service = _choice(taxonomy.SERVICES, "service")
    industry = industry_field()
    budget = money()
    country = fields.String(
        load_default=None,
        allow_none=True,
        validate=_check_country,
        pre_load=lambda v: _blank_to_none(v.strip().upper() if isinstance(v, str) else v),
    )
    language = fields.String(
        load_default=None,
        allow_none=True,
        validate=_check_language,
        pre_load=lambda v: _blank_to_none(v.strip().lower() if isinstance(v, str) else v),
    )


class QueueQuerySchema(ListQuerySchema):
    status = _choice(QUEUE_STATUSES, "status")
    category = _choice(FINDING_CATEGORIES, "category")
    severity = _choice(SEVERITIES, "severity")


class ReviewActionSchema(Schema):
    action = fields.String(required=True, validate=validate.OneOf(REVIEW_ACTIONS, error="Unknown action."))
    reason = OptionalText(max_length=4000)
    finding_id = fields.Integer(load_default=None, allow_none=True, pre_load=_blank_to_none, strict=False)
