"""Credentials for sign-up and admin creation."""

from __future__ import annotations

from marshmallow import fields, validate

from matcher.schemas.common import StrictSchema


class CredentialsSchema(StrictSchema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    # 10 characters at least; 256 at most so hashing cannot be used to burn CPU.
    password = fields.String(required=True, validate=validate.Length(min=10, max=256), load_only=True)
