"""Provider input (import, API, profile form) and output schemas."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from matcher.schemas.common import (
    BoundedList,
    LongText,
    OptionalText,
    ShortText,
    StrictSchema,
    bounded_int,
    check_range,
    code_list,
    founded_year,
    money,
)


class CaseStudySchema(StrictSchema):
    title = ShortText(max_length=300, load_default="")
    # A taxonomy code or the provider's own words ("Dental & clinics").
    industry = OptionalText(max_length=100)
    summary = LongText(load_default="")


class ProviderInputSchema(StrictSchema):
    """One provider in the import format of DESIGN.md. Only name and description are required."""

    external_id = OptionalText(max_length=64)
    name = ShortText(max_length=200, min_length=1, required=True)
    website = fields.Url(
        allow_none=True,
        load_default=None,
        schemes={"http", "https"},
        pre_load=lambda v: (v.strip() or None) if isinstance(v, str) else v,
        validate=validate.Length(max=500),
        metadata={"format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+"},
    )
    description = LongText(required=True, required_words=True)
    services = code_list("services")
    industries = code_list("industries")
    countries = code_list("countries", max_items=250)
    languages = code_list("languages", max_items=190)
    min_budget_usd = money(description="Must not be above max_budget_usd.")
    max_budget_usd = money()
    hourly_rate_usd = money(maximum=100_000)
    team_size = bounded_int(1, 1_000_000)
    founded_year = founded_year()
    methodology = LongText(allow_none=True, load_default=None)
    case_studies = BoundedList(
        fields.Nested(CaseStudySchema),
        max_items=50,
        load_default=list,
        allow_none=True,
        pre_load=lambda v: [] if v is None else v,
    )

    @validates_schema
    def _budget_order(self, data, **_kwargs):
        check_range(data, "min_budget_usd", "max_budget_usd")


class ProviderUpdateSchema(ProviderInputSchema):
    """A partial update: every field optional, the same rules."""

    class Meta:
        ordered = True

    def __init__(self, **kwargs):
        kwargs.setdefault("partial", True)
        super().__init__(**kwargs)

    @validates_schema
    def _something_to_change(self, data, **_kwargs):
        # A PATCH without a body, or with {}, is a client's mistake: answering 200 hid it.
        if not data:
            raise ValidationError("Send at least one field to change; the body named none.")


class CaseStudyOutSchema(Schema):
    title = fields.String()
    industry = fields.String(allow_none=True)
    summary = fields.String()


class FindingOutSchema(Schema):
    id = fields.Integer()
    category = fields.String()
    severity = fields.String()
    field = fields.String()
    start = fields.Integer(attribute="span_start")
    end = fields.Integer(attribute="span_end")
    evidence = fields.String()
    reason = fields.String()
    stance = fields.String(allow_none=True)
    state = fields.String()


class ProviderOutSchema(Schema):
    id = fields.Integer()
    external_id = fields.String(allow_none=True)
    name = fields.String()
    website = fields.String(allow_none=True)
    description = fields.String()
    services = fields.List(fields.String())
    industries = fields.List(fields.String())
    countries = fields.List(fields.String())
    languages = fields.List(fields.String())
    min_budget_usd = fields.Integer(allow_none=True)
    max_budget_usd = fields.Integer(allow_none=True)
    hourly_rate_usd = fields.Integer(allow_none=True)
    team_size = fields.Integer(allow_none=True)
    founded_year = fields.Integer(allow_none=True)
    methodology = fields.String(allow_none=True)
    case_studies = fields.List(fields.Nested(CaseStudyOutSchema))
    status = fields.String()
    trust_score = fields.Float(allow_none=True)
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
