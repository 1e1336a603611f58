"""Query parameters of the directory and the admin lists, and the admin's review action form."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate

from matcher import taxonomy
from matcher.models import ACTIONS, SEVERITIES
from matcher.redflags.registry import CATEGORIES
from matcher.schemas.common import (
    OptionalText,
    check_country,
    check_language,
    empty_to_none,
    industry_field,
    money,
)
from matcher.usecases.review_queue import QUEUE_STATUSES
from matcher.usecases.reviews import TRANSITIONS

# The red-flag categories of DESIGN.md (a contract: only ever added to).
FINDING_CATEGORIES = CATEGORIES
REVIEW_ACTIONS = tuple(TRANSITIONS)


def _choice(values, what: str) -> fields.String:
    return fields.String(
        load_default=None,
        allow_none=True,
        pre_load=empty_to_none,
        validate=validate.OneOf(sorted(values), error=f"Unknown {what} {{input!r}}."),
    )


def page_field() -> fields.Integer:
    return fields.Integer(
        load_default=1,
        pre_load=empty_to_none,
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
        validate=check_country,
        pre_load=lambda v: empty_to_none(v.strip().upper() if isinstance(v, str) else v),
    )
    language = fields.String(
        load_default=None,
        allow_none=True,
        validate=check_language,
        pre_load=lambda v: empty_to_none(v.strip().lower() if isinstance(v, str) else v),
    )


class QueueQuerySchema(ListQuerySchema):
    status = _choice(QUEUE_STATUSES, "status")
    category = _choice(FINDING_CATEGORIES, "category")
    severity = _choice(SEVERITIES, "severity")


class ReviewActionSchema(Schema):
    action = fields.String(required=True, validate=validate.OneOf(REVIEW_ACTIONS, error="Unknown action."))
    reason = OptionalText(max_length=4000)
    finding_id = fields.Integer(load_default=None, allow_none=True, pre_load=empty_to_none, strict=False)


class AuditQuerySchema(ListQuerySchema):
    """The audit log's filters, from the query string."""

    provider = OptionalText(max_length=200)
    actor = OptionalText(max_length=254)
    action = _choice(ACTIONS, "action")
    date_from = fields.Date(load_default=None, allow_none=True, pre_load=empty_to_none)
    date_to = fields.Date(load_default=None, allow_none=True, pre_load=empty_to_none)

