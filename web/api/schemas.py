"""API-only schemas: query arguments and response envelopes. Resource fields come from matcher.schemas."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from matcher.schemas import BriefOutSchema, MatchOutSchema, ProviderOutSchema
from matcher.schemas.briefs import NoticeSchema, UnderstoodSchema
from matcher.schemas.common import code_list, money


class ProviderSchema(ProviderOutSchema):
    pass


_no_nul = validate.Regexp(r"^[^\x00]*$", error="Must not contain NUL characters.")


def _described(field: fields.Field, description: str) -> fields.Field:
    """A shared field (a fresh instance), with the description the OpenAPI document shows for it here."""
    field.metadata["description"] = description
    return field


class ProviderListArgsSchema(Schema):
    service = code_list("services")
    industry = code_list("industries")
    country = code_list("countries", max_items=250)
    language = code_list("languages", max_items=190)
    budget = _described(money(), "the buyer's monthly budget in USD: providers whose minimum fits it")
    q = fields.String(
        validate=[validate.Length(min=1, max=500), _no_nul],
        metadata={"description": "semantic search: providers ranked by similarity to these words"},
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10_000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class ProviderItemSchema(ProviderSchema):
    score = fields.Float(allow_none=True, metadata={"description": "similarity to `q` (null without q)"})


class ProviderPageSchema(Schema):
    items = fields.List(fields.Nested(ProviderItemSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)


class VetFindingSchema(Schema):
    category = fields.String(required=True)
    severity = fields.String(required=True, validate=validate.OneOf(["high", "medium", "low"]))
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    evidence = fields.String(required=True)
    reason = fields.String(required=True)
    field = fields.String(required=True)
    stance = fields.String(required=True, metadata={"description": "How the engine read the sentence"})


class VetResultSchema(Schema):
    findings = fields.List(fields.Nested(VetFindingSchema), required=True)


class BriefAcceptedSchema(Schema):
    id = fields.Integer(required=True)
    token = fields.String(required=True, metadata={"description": "the only key to the results; keep it"})
    status = fields.String(required=True, validate=validate.OneOf(["queued", "matching", "done", "failed"]))
    status_url = fields.String(
        required=True, metadata={"description": "GET it with the X-Brief-Token header"}
    )


class BriefStatusSchema(BriefOutSchema):
    status_url = fields.String()
    matches = fields.List(
        fields.Nested(MatchOutSchema), metadata={"description": "present when status is done"}
    )
    proposals = fields.List(fields.Dict(), metadata={
        "description": "requests for proposals: provider_id, provider (its id), name, state (sent, viewed, "
                       "accepted, declined), message, reply, and the provider's contact once accepted"})


class BriefTokenHeaderSchema(Schema):
    header_token = fields.String(
        data_key="X-Brief-Token",
        validate=validate.Length(max=200),
        metadata={"description": "the brief's token (or use ?token=)"},
    )


class BriefTokenQuerySchema(Schema):
    token = fields.String(validate=validate.Length(max=200))


class MatchArgsSchema(Schema):
    top = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100))


class MatchNowSchema(Schema):
    brief_id = fields.String(allow_none=True, metadata={"description": "the brief's external_id"})
    matches = fields.List(fields.Nested(MatchOutSchema), required=True)
    empty_reason = fields.String(allow_none=True)
    understood = fields.Nested(UnderstoodSchema)
    notices = fields.List(fields.Nested(NoticeSchema))


class TokenOutSchema(Schema):
    token = fields.String(
        required=True, metadata={"description": "shown once; send as Authorization: Bearer"}
    )
    user_id = fields.Integer(required=True)
    email = fields.String(required=True)
    role = fields.String(required=True)
