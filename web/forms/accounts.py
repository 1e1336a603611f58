"""The sign-up and log-in forms."""

from __future__ import annotations

from marshmallow import fields, validate

from matcher.schemas.accounts import NewCredentialsSchema
from matcher.schemas.common import ShortText, StrictSchema


class SignupSchema(NewCredentialsSchema):
    """A provider's account and the name its draft profile starts with."""

    name = ShortText(max_length=200, min_length=1, required=True)


class LoginSchema(StrictSchema):
    # No length rules here: log-in only checks the pair, so it tells nothing about valid passwords.
    email = fields.String(
        required=True,
        validate=validate.Length(min=1, max=254),
        pre_load=lambda v: v.strip() if isinstance(v, str) else v,
    )
    password = fields.String(required=True, validate=validate.Length(min=1, max=256), load_only=True)
