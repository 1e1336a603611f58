"""/api/v1/proposals: a provider's proposal requests, and its answers (DESIGN.md "Proposals"). The buyer's
side is under /api/v1/briefs/{id}/proposals (briefs.py)."""

from __future__ import annotations

from flask import g
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from matcher.models import Proposal
from matcher.schemas.briefs import ProposalAnswerSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import proposals
from matcher.usecases.provider_account import owned_provider
from web.api import access
from web.api.core import BEARER, errors
from web.api.openapi import json_strict
from web.db import get_session, runtime
from web.pages.helpers import mail_link

blp = Blueprint("proposals_api", __name__, url_prefix="/api/v1/proposals",
                description="A provider's proposal requests from buyers' shortlists, and its answers.")


class ProposalListSchema(Schema):
    proposals = fields.List(fields.Dict(), required=True)


@blp.route("", methods=["GET"])
@access.token_required
@blp.response(200, ProposalListSchema)
@blp.doc(security=BEARER)
@errors(blp, 401, 403, 404, 429)
def mine():
    """The requests to the token's provider, newest first (reading them marks new ones seen)."""
    session = get_session()
    provider = owned_provider(session, g.api_user.id)
    items = proposals.provider_proposals(session, provider.id)
    return {"proposals": [proposals.as_dict(session, p, for_provider=True) for p in items]}


def _answer(proposal_id: int, data: dict, accept: bool) -> dict:
    session = get_session()
    provider = owned_provider(session, g.api_user.id)
    session.close()
    proposals.answer(UnitOfWork(runtime()), provider.id, proposal_id, accept, data.get("message") or "",
                     lambda token: mail_link("buyers.show_brief", token=token))
    session = get_session()
    return proposals.as_dict(session, session.get(Proposal, proposal_id), for_provider=True)


@blp.route("/<int:proposal_id>/accept", methods=["POST"])
@access.token_required
@blp.arguments(json_strict(ProposalAnswerSchema()))
@blp.response(200)
@blp.doc(security=BEARER)
@errors(blp, 400, 401, 403, 404, 409, 413, 415, 422, 429)
def accept(data, proposal_id):
    """Accept with a reply (`message`): the buyer then sees it and the provider's contact details."""
    return _answer(proposal_id, data, True)


@blp.route("/<int:proposal_id>/decline", methods=["POST"])
@access.token_required
@blp.arguments(json_strict(ProposalAnswerSchema()))
@blp.response(200)
@blp.doc(security=BEARER)
@errors(blp, 400, 401, 403, 404, 409, 413, 415, 422, 429)
def decline(data, proposal_id):
    """Decline with a reason (`message`, required)."""
    return _answer(proposal_id, data, False)
