"""Input of the vetting endpoints and command."""

from __future__ import annotations

from marshmallow import fields

from matcher.schemas.common import LongText, OptionalText, StrictSchema


class VetTextSchema(StrictSchema):
    text = LongText(required=True)


class VetLineSchema(StrictSchema):
    """One line of `matcher vet`: {"id", "text"}."""

    id = fields.Raw(required=True)
    text = LongText(required=True)
    field = OptionalText(max_length=80)
