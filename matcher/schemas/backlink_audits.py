"""Input of the backlink audit: the upload's options and a disavow file's choice of domains and URLs."""

from __future__ import annotations

from marshmallow import ValidationError, fields, post_load, pre_load, validates_schema

from matcher.backlinks import DisavowError, InvalidDomain, validate_domain
from matcher.backlinks.disavow import MAX_LINES, validate_url
from matcher.schemas.common import BoundedList, OptionalText, ShortText, StrictSchema


def _domain(value: str) -> None:
    try:
        validate_domain(value)
    except InvalidDomain as exc:
        raise ValidationError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None


def _url(value: str) -> None:
    try:
        validate_url(value)
    except DisavowError as exc:
        raise ValidationError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None


class AuditOptionsSchema(StrictSchema):
    """What the audit cannot read from the export: the site's brand and the terms it wants to rank for
    (`money`: a list, or terms separated by commas or lines, as a form sends them)."""

    brand = OptionalText(max_length=200)
    money = BoundedList(ShortText(max_length=100, min_length=1), max_items=50, load_default=list,
                        error="Too many money terms; give at most 50.")

    @pre_load
    def _split_terms(self, data, **_kwargs):
        if not hasattr(data, "get") or data.get("money") is None:
            return data
        raw = data.get("money")
        if hasattr(data, "getlist"):  # a form or multipart body: the part may repeat
            raw = data.getlist("money")
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list | tuple) or not all(isinstance(v, str) for v in items):
            return data
        terms = [t.strip() for v in items for t in v.replace("\n", ",").split(",") if t.strip()]
        return {**{k: data.get(k) for k in data.keys()}, "money": terms}


class DisavowChoiceSchema(StrictSchema):
    """The domains and URLs the site owner chose to disavow: nothing is added to them."""

    domains = BoundedList(fields.String(validate=_domain), max_items=MAX_LINES, load_default=list)
    urls = BoundedList(fields.String(validate=_url), max_items=MAX_LINES, load_default=list)

    @validates_schema
    def _something_chosen(self, data, **_kwargs):
        if not data.get("domains") and not data.get("urls"):
            raise ValidationError("Choose at least one domain or URL to disavow.", "domains")


class EvidenceInputSchema(StrictSchema):
    """A provider's export for one past client: the client's site, the case study it backs, and the
    provider's statement that the client agreed to its links being shown."""

    client_domain = fields.String(required=True, validate=_domain)
    case_title = OptionalText(max_length=300)
    consent = fields.Boolean(required=True)

    @validates_schema
    def _consented(self, data, **_kwargs):
        if not data.get("consent"):
            raise ValidationError("Confirm that the client agreed to its links being shown to buyers.",
                                  "consent")

    @post_load
    def _normalise(self, data, **_kwargs):
        return {**data, "client_domain": validate_domain(data["client_domain"]).removeprefix("www.")}
