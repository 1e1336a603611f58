"""Credentials for sign-up, admin creation and password changes, with the password rules."""

from __future__ import annotations

import re

from marshmallow import ValidationError, fields, validate, validates_schema
from zxcvbn import zxcvbn

from matcher.schemas.common import StrictSchema

# 10 characters at least; 256 at most so hashing cannot be used to burn CPU.
PASSWORD_LENGTH = validate.Length(min=10, max=256)
# zxcvbn's score (0-4) estimates guesses against its lists of common passwords, names, words, keyboard
# patterns and dates; 3 is "safely unguessable" for an online attack and is what sites such as Dropbox
# (its authors) ask for. Only the first 100 characters are scored: the estimate is slow on long input,
# and a 100-character password is not weak for what follows it.
MIN_SCORE = 3
SCORED_CHARS = 100


def _personal_words(email: str, extra: tuple[str, ...]) -> list[str]:
    """Words a password must not be built from: the email, its parts, and names the user gave."""
    email = (email or "").strip().lower()
    parts = [email, *re.split(r"[@._+-]+", email), *(e.strip().lower() for e in extra if e)]
    return [p for p in dict.fromkeys(parts) if len(p) >= 3]


def check_password_strength(password: str, email: str, *extra: str) -> None:
    """Refuse common passwords and ones derived from the account's email (or its name), in plain words."""
    personal = _personal_words(email, extra)
    low = password.lower()
    if any(low == word or (len(word) >= 4 and word in low and len(low) - len(word) < 6) for word in personal):
        raise ValidationError("Do not build the password from your email address or name.")
    result = zxcvbn(password[:SCORED_CHARS], user_inputs=personal)
    if result["score"] < MIN_SCORE:
        feedback = result["feedback"]
        hint = " ".join(filter(None, [feedback.get("warning"), *feedback.get("suggestions", [])[:1]]))
        raise ValidationError(
            "This password is too easy to guess." + (f" {hint}" if hint else "")
            + " A few unrelated words make a strong one."
        )


class CredentialsSchema(StrictSchema):
    """An email and password pair, as checked at log-in (no strength rules: they would tell an attacker
    which passwords cannot exist)."""

    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(required=True, validate=PASSWORD_LENGTH, load_only=True)


class NewCredentialsSchema(CredentialsSchema):
    """Credentials for a new account or a reset admin: the password rules apply."""

    @validates_schema
    def _strong_password(self, data, **_kwargs):
        if "password" in data and "email" in data:
            try:
                check_password_strength(data["password"], data["email"], data.get("name") or "")
            except ValidationError as exc:
                raise ValidationError(exc.messages, field_name="password") from None


class PasswordChangeSchema(StrictSchema):
    current_password = fields.String(required=True, validate=validate.Length(min=1, max=256), load_only=True)
    new_password = fields.String(required=True, validate=PASSWORD_LENGTH, load_only=True)


class PasswordResetSchema(StrictSchema):
    new_password = fields.String(required=True, validate=PASSWORD_LENGTH, load_only=True)


class LostLinksSchema(StrictSchema):
    email = fields.Email(required=True, validate=validate.Length(max=254),
                         error_messages={"invalid": "Enter an email address like name@example.com."})


class ForgotPasswordSchema(LostLinksSchema):
    """The address of the account whose password is forgotten."""

