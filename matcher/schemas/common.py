"""Field types shared by the provider, brief and vetting schemas."""

from __future__ import annotations

import unicodedata
from datetime import date

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

from matcher import taxonomy

# The configured limit for one free text; a longer text is refused, never silently cut.
_TEXT_LIMIT = {"chars": 100_000}


def set_text_limit(chars: int) -> None:
    _TEXT_LIMIT["chars"] = int(chars)


def text_limit() -> int:
    return _TEXT_LIMIT["chars"]


def _check_text_length(value: str) -> None:
    limit = text_limit()
    if len(value) > limit:
        raise ValidationError(f"Too long: {len(value):,} characters; the limit is {limit:,}.")


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def empty_to_none(value):
    if isinstance(value, str) and not value.strip():
        return None
    return value


class LongText(fields.String):
    """A free text: stripped, bounded by the configured limit, NUL bytes refused."""

    def __init__(self, *, required_words: bool = False, **kwargs):
        validators = [_check_text_length, _no_nul]
        if required_words:
            validators.append(validate.Length(min=1, error="Must not be empty."))
        kwargs.setdefault("metadata", {"pattern": NO_NUL_PATTERN})
        super().__init__(validate=validators, pre_load=_strip, **kwargs)


def _no_nul(value: str) -> None:
    if "\x00" in value:
        raise ValidationError("Must not contain NUL characters.")


# Characters that hide or reorder what a one-line text (a provider's name) shows: bidi overrides, embeddings
# and isolates (a name that reads "Acme" but sorts and searches as something else), zero-width spaces,
# word joiners and byte-order marks. Zero-width (non-)joiners are allowed between non-ASCII characters,
# where scripts such as Persian or Hindi need them.
_HIDDEN = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
                    "\u2066\u2067\u2068\u2069\ufeff\u00ad")
_JOINERS = frozenset("\u200c\u200d")


def _plain_line(value: str) -> None:
    """Refuse control characters and invisible ones in a one-line text (a name, a title, an id)."""
    for i, ch in enumerate(value):
        bad = ch in _HIDDEN or unicodedata.category(ch) == "Cc"
        if ch in _JOINERS:
            before, after = value[i - 1:i], value[i + 1:i + 2]
            bad = not (before and after and not before.isascii() and not after.isascii())
        if bad:
            raise ValidationError(
                f"Must not contain control or invisible characters (U+{ord(ch):04X} at position {i + 1})."
            )


# The same rules as patterns for the OpenAPI document (JSON Schema regexes).
NO_NUL_PATTERN = "^[^\\u0000]*$"
PLAIN_LINE_PATTERN = ("^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b\\u200e\\u200f\\u202a-\\u202e"
                      "\\u2060-\\u2064\\u2066-\\u2069\\ufeff]*$")


class ShortText(fields.String):
    """A one-line text such as a name: stripped and bounded, without control or invisible characters."""

    def __init__(self, max_length: int = 200, min_length: int = 0, **kwargs):
        kwargs.setdefault("metadata", {"pattern": PLAIN_LINE_PATTERN})
        super().__init__(
            validate=[validate.Length(min=min_length, max=max_length), _no_nul, _plain_line],
            pre_load=_strip,
            **kwargs,
        )


class OptionalText(fields.String):
    """An optional one-line text; empty means none."""

    def __init__(self, max_length: int = 200, **kwargs):
        kwargs.setdefault("allow_none", True)
        kwargs.setdefault("load_default", None)
        kwargs.setdefault("metadata", {"pattern": PLAIN_LINE_PATTERN})
        super().__init__(
            validate=[validate.Length(max=max_length), _no_nul, _plain_line], pre_load=empty_to_none, **kwargs
        )


def _one_of(choices, what: str):
    return validate.OneOf(sorted(choices), error=f"Unknown {what} {{input!r}}.")


def _normalise_country(value):
    return value.strip().upper() if isinstance(value, str) else value


def _normalise_language(value):
    return value.strip().lower() if isinstance(value, str) else value


def check_country(value: str) -> None:
    if value not in taxonomy.country_codes():
        raise ValidationError(f"Unknown country code {value!r}; use ISO 3166-1 alpha-2 such as 'US'.")


def check_language(value: str) -> None:
    if value not in taxonomy.language_codes():
        raise ValidationError(f"Unknown language code {value!r}; use ISO 639-1 such as 'en'.")


class BoundedList(fields.List):
    """A list whose length is checked before its items: a million bad items cost one message, not a
    million (marshmallow's List validates every item first). The limit is also stated as maxItems in
    the OpenAPI document, through its Length validator."""

    def __init__(self, inner, *, max_items: int, error: str | None = None, **kwargs):
        self.max_items = max_items
        self.too_many = error or f"Too many items; the limit is {max_items:,}."
        extra = kwargs.pop("validate", None) or []
        extra = list(extra) if isinstance(extra, list | tuple) else [extra]
        length = validate.Length(max=max_items, error=self.too_many)
        super().__init__(inner, validate=[length, *extra], **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, list | tuple) and len(value) > self.max_items:
            raise ValidationError(f"{self.too_many} ({len(value):,} given)")
        return super()._deserialize(value, attr, data, **kwargs)


def _both_cases(codes) -> list[str]:
    """The OpenAPI enum of a code list: what the server accepts (codes are read case-insensitively)."""
    return sorted({c.upper() for c in codes} | {c.lower() for c in codes})


def _none_to_empty(value):
    return [] if value is None else value


def code_list(kind: str, max_items: int = 60) -> fields.List:
    """A list of taxonomy codes; null and missing both mean an empty list."""
    if kind == "services":
        inner = fields.String(validate=_one_of(taxonomy.SERVICES, "service"))
    elif kind == "industries":
        inner = fields.String(validate=_one_of(taxonomy.INDUSTRIES, "industry"))
    elif kind == "countries":
        inner = fields.String(validate=check_country, pre_load=_normalise_country,
                              metadata={"enum": _both_cases(taxonomy.country_codes())})
    elif kind == "languages":
        inner = fields.String(validate=check_language, pre_load=_normalise_language,
                              metadata={"enum": _both_cases(taxonomy.language_codes())})
    else:  # pragma: no cover - programming error
        raise ValueError(kind)
    return BoundedList(
        inner,
        max_items=max_items,
        load_default=list,
        allow_none=True,
        pre_load=_none_to_empty,
        post_load=lambda values: list(dict.fromkeys(values or [])),
    )


def industry_field(**kwargs) -> fields.String:
    kwargs.setdefault("allow_none", True)
    kwargs.setdefault("load_default", None)
    return fields.String(validate=_one_of(taxonomy.INDUSTRIES, "industry"), pre_load=empty_to_none, **kwargs)


class WholeNumber(fields.Integer):
    """An integer; from a form "1500" is fine, but 12.5 or "12.5" is an error, never truncated to 12.

    `_deserialize` is the hook marshmallow documents for custom fields."""

    def _deserialize(self, value, attr, data, **kwargs) -> int:
        if isinstance(value, float) and not value.is_integer():
            raise self.make_error("invalid")
        if isinstance(value, str) and not value.strip().lstrip("+-").isdigit():
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def money(maximum: int = 10_000_000, description: str | None = None) -> fields.Integer:
    """US dollars, whole, not negative, below an absurd ceiling."""
    return WholeNumber(
        metadata={"description": description} if description else {},
        strict=False,
        allow_none=True,
        load_default=None,
        pre_load=empty_to_none,
        validate=validate.Range(min=0, max=maximum, error=f"Must be between 0 and {maximum:,}."),
    )


def bounded_int(minimum: int, maximum: int) -> fields.Integer:
    return WholeNumber(
        strict=False,
        allow_none=True,
        load_default=None,
        pre_load=empty_to_none,
        validate=validate.Range(min=minimum, max=maximum, error=f"Must be between {minimum} and {maximum}."),
    )


def founded_year() -> fields.Integer:
    return bounded_int(1900, date.today().year)


def check_range(data: dict, low: str, high: str) -> None:
    """Refuse a minimum above its maximum, naming the field."""
    lo, hi = data.get(low), data.get(high)
    if lo is not None and hi is not None and lo > hi:
        raise ValidationError(f"Must not be above {high} ({hi:,}).", field_name=low)


# Unknown keys an object may carry before the whole object is refused with one message: marshmallow
# otherwise reports each of them, and 8 MB of junk keys became a 17 MB error body.
MAX_UNKNOWN_KEYS = 20


class StrictSchema(Schema):
    """Unknown fields are an error (the API); importers pass unknown=EXCLUDE explicitly."""

    class Meta:
        ordered = True

    @pre_load(pass_collection=True)
    def _bounded_keys(self, data, **_kwargs):
        if self.unknown == RAISE and isinstance(data, dict):
            unknown = len(data.keys() - self.load_fields.keys())
            if unknown > MAX_UNKNOWN_KEYS:
                raise ValidationError(
                    f"{unknown:,} unknown fields; this object accepts only: {', '.join(self.load_fields)}."
                )
        return data
