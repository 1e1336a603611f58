"""Brief input and output schemas."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from matcher.schemas.common import (
    BoundedList,
    LongText,
    OptionalText,
    StrictSchema,
    bounded_int,
    check_range,
    code_list,
    industry_field,
    money,
)

CURRENCIES = ("USD", "EUR", "GBP")


class BriefRevisionSchema(StrictSchema):
    """What the engine understood of a brief, as the buyer corrects it on the brief's page (and the same
    fields of a new brief)."""

    industry = industry_field()
    budget_min_usd = money(description="Must not be above budget_max_usd.")
    budget_max_usd = money()
    services = code_list("services")
    countries = code_list("countries", max_items=250)
    languages = code_list("languages", max_items=190)
    remote_ok = fields.Boolean(
        load_default=False,
        metadata={"description": "true: the countries are a preference, not a requirement (remote is fine)."},
    )

    @validates_schema
    def _budget_order(self, data, **_kwargs):
        check_range(data, "budget_min_usd", "budget_max_usd")


class BriefInputSchema(BriefRevisionSchema):
    """One brief in the format of DESIGN.md. Only scope is required."""

    external_id = OptionalText(max_length=64)
    company = OptionalText(max_length=200)
    contact_email = fields.Email(
        allow_none=True,
        load_default=None,
        pre_load=lambda v: (v.strip() or None) if isinstance(v, str) else v,
        validate=validate.Length(max=254),
    )
    scope = LongText(required=True, required_words=True)
    timeline_weeks = bounded_int(1, 520)
    currency = fields.String(
        load_default=None,
        allow_none=True,
        pre_load=lambda v: (v.strip().upper() or None) if isinstance(v, str) else v,
        validate=validate.OneOf(CURRENCIES, error="Must be one of USD, EUR or GBP."),
        metadata={"description": "the currency of budget_min_usd and budget_max_usd (default USD)"},
    )


class MatchReasonSchema(Schema):
    summary = fields.List(fields.String())
    factors = fields.Dict(keys=fields.String(), values=fields.Raw())


class MatchOutSchema(Schema):
    provider_id = fields.String(allow_none=True, metadata={"description": "the provider's external_id"})
    id = fields.Integer(metadata={"description": "the provider's internal id"})
    name = fields.String()
    score = fields.Float()
    rank = fields.Integer()
    status = fields.String()
    reasons = fields.Dict()


class NoticeSchema(Schema):
    code = fields.String(
        metadata={"description": "off_scope, partly_off_scope, thin_brief, risky_terms or no_match"}
    )
    message = fields.String()


class UnderstoodSchema(Schema):
    """What the engine read from the brief, its fields and its scope together."""

    services = fields.List(fields.String())
    industry = fields.String(allow_none=True)
    countries = fields.List(fields.String())
    languages = fields.List(fields.String())
    budget_min_usd = fields.Integer(allow_none=True)
    budget_max_usd = fields.Integer(allow_none=True)
    budget_total_usd = fields.Integer(
        allow_none=True, metadata={"description": "a total for the whole work read from the scope, where it "
                                   "gives no monthly budget; the monthly range above is what it implies"}
    )
    budget_months = fields.Integer(allow_none=True, metadata={"description": "the months that total covers"})
    remote_ok = fields.Boolean()
    from_scope = fields.List(fields.String(), metadata={"description": "fields read from the scope text"})
    disagreements = fields.List(
        fields.String(), metadata={"description": "where the scope and the form differ"}
    )


class BriefOutSchema(Schema):
    id = fields.Integer()
    token = fields.String()
    external_id = fields.String(allow_none=True)
    status = fields.String()
    error = fields.String(allow_none=True)
    empty_reason = fields.String(allow_none=True)
    created_at = fields.DateTime()
    matched_at = fields.DateTime(allow_none=True)
    understood = fields.Nested(UnderstoodSchema, allow_none=True)
    notices = fields.List(fields.Nested(NoticeSchema), allow_none=True)


class ProposalRequestSchema(StrictSchema):
    """A buyer's request for proposals: shortlisted providers (at most 5), a short message, and whether
    they may see the buyer's contact details."""

    provider_ids = BoundedList(
        fields.Integer(strict=False, validate=validate.Range(min=1)), max_items=5, required=True,
        validate=validate.Length(min=1, error="Choose at least one provider."),
        error="Choose at most 5 providers.")
    message = fields.String(load_default="", validate=validate.Length(max=2000))
    share_contact = fields.Boolean(load_default=False)


class ProposalAnswerSchema(StrictSchema):
    message = fields.String(load_default="", validate=validate.Length(max=4000))


def _provider_ref(value) -> None:
    number = isinstance(value, int) and not isinstance(value, bool) and value >= 1
    text = isinstance(value, str) and 0 < len(value) <= 64
    if not (number or text):
        raise ValidationError("Name a provider by a match's provider_id (text) or id (a positive integer).")


class ProposalApiRequestSchema(StrictSchema):
    """The API's request for proposals: providers named as its matches name them."""

    provider_ids = BoundedList(
        fields.Raw(validate=_provider_ref), max_items=5, required=True,
        validate=validate.Length(min=1, error="Choose at least one provider."),
        error="Choose at most 5 providers.")
    message = fields.String(load_default="", validate=validate.Length(max=2000))
    share_contact = fields.Boolean(load_default=False)



def _rate(name: str) -> fields.Float:
    return fields.Float(required=True, validate=validate.Range(
        min=0.01, max=100, error=f"Enter how many US dollars one {name} is worth, between 0.01 and 100, "
                                 "for example 1.08."))


class RatesSchema(Schema):
    """The admin's exchange-rate form: US dollars per unit of each currency a budget may be in."""

    EUR = _rate("euro")
    GBP = _rate("pound")
