"""/api/v1/briefs: submit a brief for matching in the background, then read its status and shortlist."""

from __future__ import annotations

from flask import url_for
from flask_smorest import Blueprint
from sqlalchemy.orm import object_session

from matcher.models import Brief, Proposal
from matcher.models.brief_status import BriefStatus
from matcher.ranking.shortlist import Match
from matcher.schemas import BriefInputSchema
from matcher.schemas.briefs import ProposalApiRequestSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import notifications, proposals
from matcher.usecases.briefs import retry_brief, submit_brief
from web.api import access
from web.api.core import OPTIONAL_BEARER, errors
from web.api.limits import limit
from web.api.openapi import json_strict
from web.api.schemas import (
    BriefAcceptedSchema,
    BriefStatusSchema,
    BriefTokenHeaderSchema,
    BriefTokenQuerySchema,
)
from web.db import get_session, runtime
from web.pages.helpers import mail_link

blp = Blueprint(
    "briefs", __name__, url_prefix="/api/v1/briefs", description="Buyers' briefs, matched in the background."
)


def _status_url(brief_id: int) -> str:
    return url_for("briefs.status", brief_id=brief_id)


def _match_rows(brief) -> list[dict]:
    return [Match.from_stored(m).as_dict() for m in brief.matches]


@blp.route("", methods=["POST"])
@limit("API_RATELIMIT_BRIEFS")
@blp.arguments(json_strict(BriefInputSchema()))
@blp.response(202, BriefAcceptedSchema)
@errors(blp, 400, 413, 415, 429, 503)
def submit(data):
    """Store a brief and queue its matching; answers 202 with its id, token and status URL."""
    brief = submit_brief(UnitOfWork(runtime()), data)
    link = mail_link("buyers.show_brief", token=brief.token)
    notifications.send_brief_link(UnitOfWork(runtime()), brief.id, link)
    url = _status_url(brief.id)
    body = {"id": brief.id, "token": brief.token, "status": brief.status, "status_url": url}
    return body, 202, {"Location": url}


@blp.route("/<int:brief_id>", methods=["GET"])
@blp.arguments(BriefTokenHeaderSchema, location="headers", as_kwargs=True)
@blp.arguments(BriefTokenQuerySchema, location="query", as_kwargs=True)
@blp.response(200, BriefStatusSchema)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 401, 404, 429, 503)
def status(brief_id, header_token=None, token=None):
    """A brief's status (queued, matching, done, failed), its error, and its matches when done."""
    session = get_session()
    brief = access.readable_brief(session, brief_id, header_token or token, access.optional_user(session))
    return _status_body(brief)


@blp.route("/<int:brief_id>/retry", methods=["POST"])
@limit("API_RATELIMIT_BRIEFS")
@blp.arguments(BriefTokenHeaderSchema, location="headers", as_kwargs=True)
@blp.arguments(BriefTokenQuerySchema, location="query", as_kwargs=True)
@blp.response(202, BriefStatusSchema)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 401, 404, 409, 429, 503)
def retry(brief_id, header_token=None, token=None):
    """Send a failed (or stuck) brief back to matching; 409 when it is already matched."""
    session = get_session()
    access.readable_brief(session, brief_id, header_token or token, access.optional_user(session))
    session.close()  # ends the read; the retry writes in its own unit of work
    retry_brief(UnitOfWork(runtime()), brief_id)
    return _status_body(session.get(Brief, brief_id)), 202, {"Location": _status_url(brief_id)}


def _status_body(brief) -> dict:
    body = {
        c: getattr(brief, c)
        for c in ("id", "token", "external_id", "status", "error", "empty_reason", "created_at", "matched_at",
                  "understood", "notices")
    }
    body["status_url"] = _status_url(brief.id)
    if brief.status == BriefStatus.DONE:
        body["matches"] = _match_rows(brief)
    session = object_session(brief)
    body["proposals"] = [proposals.as_dict(session, p) for p in proposals.brief_proposals(session, brief.id)]
    return body


@blp.route("/<int:brief_id>/proposals", methods=["POST"])
@limit("API_RATELIMIT_BRIEFS")
@blp.arguments(BriefTokenHeaderSchema, location="headers", as_kwargs=True)
@blp.arguments(BriefTokenQuerySchema, location="query", as_kwargs=True)
@blp.arguments(json_strict(ProposalApiRequestSchema()))
@blp.response(201)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 400, 401, 404, 409, 413, 415, 422, 429)
def ask_for_proposals(data, brief_id, header_token=None, token=None):
    """Ask shortlisted providers (`provider_ids`: a match's `provider_id`, or its `id`) for a proposal, at
    most five per brief in all; `share_contact` lets them see the brief's company and contact email."""
    session = get_session()
    access.readable_brief(session, brief_id, header_token or token, access.optional_user(session))
    data = {**data, "provider_ids": proposals.shortlisted_ids(session, brief_id, data["provider_ids"])}
    session.close()
    inbox = mail_link("provider_area.proposals")
    made = proposals.request_proposals(UnitOfWork(runtime()), brief_id, data, inbox)
    session = get_session()
    return {"proposals": [proposals.as_dict(session, session.get(Proposal, p.id)) for p in made]}, 201

