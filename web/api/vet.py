"""/api/v1/vet: find red flags in a text."""

from __future__ import annotations

from flask_smorest import Blueprint

from matcher import redflags
from matcher.schemas import VetTextSchema
from web.api.core import ApiError, errors
from web.api.limits import limit
from web.api.schemas import VetResultSchema

blp = Blueprint("vet", __name__, url_prefix="/api/v1/vet", description="Red-flag detection on any text.")


@blp.route("", methods=["POST"])
@limit("API_RATELIMIT_VET")
@blp.arguments(VetTextSchema)
@blp.response(200, VetResultSchema)
@errors(blp, 400, 413, 415, 429)
def vet(data):
    """Find red flags (guaranteed rankings, paid links, PBNs, ...) in a text; nothing is stored."""
    try:
        flags = redflags.detect(data["text"], field="text")
    except redflags.TextTooLong as exc:
        raise ApiError(422, "validation_error", "The input is not valid.", {"text": [str(exc)]}) from exc
    return {"findings": [flag.as_dict() for flag in flags]}
