"""Buyers: the brief form and the private results page behind the brief's unguessable link."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict

from matcher import taxonomy
from matcher.models.brief_status import is_pending
from matcher.ranking.shortlist import Match
from matcher.schemas import BriefInputSchema, BriefRevisionSchema
from matcher.schemas.accounts import LostLinksSchema
from matcher.schemas.briefs import ProposalRequestSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import notifications, proposals
from matcher.usecases.briefs import get_brief_by_token, retry_brief, revise_brief, submit_brief
from matcher.usecases.errors import Conflict, UseCaseError
from matcher.usecases.verification import verifying_decisions
from web.db import get_session, runtime
from web.extensions import limiter
from web.pages.helpers import errors_sentence, form_errors, mail_link, public_url_for, split_codes

bp = Blueprint("buyers", __name__)
TEXT_FIELDS = (
    "company",
    "contact_email",
    "industry",
    "budget_min_usd",
    "budget_max_usd",
    "currency",
    "scope",
    "timeline_weeks",
)
# The currencies a buyer may state a budget in (USD is the form's blank choice).
CURRENCY_NAMES = {"EUR": "Euros (EUR)", "GBP": "Pounds sterling (GBP)"}
# While matching runs the page reloads itself this often (seconds).
REFRESH_SECONDS = 3


def brief_input(form: MultiDict, text_fields=TEXT_FIELDS) -> dict:
    """The form's fields in the brief format; codes typed with commas become lists."""
    data = {name: form.get(name, "") for name in text_fields}
    data["services"] = form.getlist("services")
    data["countries"] = split_codes(form.get("countries"), "countries")
    data["languages"] = split_codes(form.get("languages"), "languages")
    data["remote_ok"] = bool(form.get("remote_ok"))
    return data


def revision_input(form: MultiDict) -> dict:
    """The correction form's fields: what the engine understood, as the buyer wants it read."""
    return brief_input(form, ("industry", "budget_min_usd", "budget_max_usd"))


@bp.route("/briefs/new", methods=["GET", "POST"])
@limiter.limit("20/hour", methods=["POST"])
def new_brief():
    """The brief form; a valid brief is stored, matched, and the buyer sent to its private link."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            data = BriefInputSchema().load(brief_input(request.form))
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            brief = submit_brief(UnitOfWork(runtime()), data)
            notifications.send_brief_link(UnitOfWork(runtime()), brief.id,
                                          mail_link(".show_brief", token=brief.token))
            flash(
                "Your brief is in. Keep this page's link: it is the only way back to your shortlist, "
                "and anyone holding it can see the results.",
                "success",
            )
            return redirect(url_for(".show_brief", token=brief.token))
    return (
        render_template(
            "briefs/new.html",
            # A link may fill the form in (a backlink audit's report starts a clean-up brief).
            values=request.form if request.method == "POST" else request.args,
            errors=errors,
            services=taxonomy.SERVICES,
            industries=taxonomy.INDUSTRIES,
            currencies=CURRENCY_NAMES,
        ),
        422 if errors else 200,
    )


def _understood_values(brief) -> MultiDict:
    """The correction form filled with what the engine understood (the brief's own fields before that)."""
    seen = brief.understood or brief.as_input()
    values = MultiDict([("services", code) for code in seen.get("services") or []])
    values["industry"] = seen.get("industry") or ""
    # What was understood is in US dollars; the form is in the brief's currency, at the brief's rate.
    rate = (brief.usd_rate or 1.0) if brief.understood else 1.0
    for name in ("budget_min_usd", "budget_max_usd"):
        values[name] = "" if seen.get(name) is None else str(round(seen[name] / rate))
    values["countries"] = ", ".join(seen.get("countries") or [])
    values["languages"] = ", ".join(seen.get("languages") or [])
    if seen.get("remote_ok"):
        values["remote_ok"] = "1"
    return values


@bp.get("/briefs/<token>")
def show_brief(token: str, values: MultiDict | None = None, errors: dict | None = None):
    """A brief's status while it is matched, then what the engine understood of it, what it tells the buyer
    about the brief, and the shortlist with the reasons for each match."""
    session = get_session()
    brief = get_brief_by_token(session, token)
    pending = is_pending(brief)
    asked = proposals.brief_proposals(session, brief.id)
    return render_template(
        "briefs/show.html",
        brief=brief,
        proposals=[(p, proposals.provider_contact(session, p)) for p in asked],
        asked={p.provider_id for p in asked},
        max_proposals=proposals.MAX_PER_BRIEF,
        pending=pending,
        shortlist=[(Match.from_stored(m), m.provider) for m in brief.matches],
        decisions=verifying_decisions(session, [m.provider_id for m in brief.matches]),
        refresh=REFRESH_SECONDS,
        link=public_url_for(".show_brief", token=token),
        values=values if values is not None else _understood_values(brief),
        errors=errors or {},
        services=taxonomy.SERVICES,
        industries=taxonomy.INDUSTRIES,
    )


@bp.post("/briefs/<token>/revise")
@limiter.limit("20/hour")
def revise(token: str):
    """The buyer corrects what the engine understood (services, industry, markets, budget): the brief is
    matched again with the corrections; invalid input changes nothing and shows the form's errors."""
    session = get_session()
    brief_id = get_brief_by_token(session, token).id
    try:
        data = BriefRevisionSchema().load(revision_input(request.form))
    except ValidationError as exc:
        return show_brief(token, values=request.form, errors=form_errors(exc)), 422
    session.close()  # ends the read; the revision writes in its own unit of work
    try:
        brief = revise_brief(UnitOfWork(runtime()), brief_id, data)
    except Conflict as exc:
        flash(str(exc), "info")
    else:
        done = "Matched again with your corrections."
        later = "Matching again with your corrections. This page shows the shortlist when it is ready."
        flash(done if not is_pending(brief) else later, "success")
    return redirect(url_for(".show_brief", token=token))


@bp.post("/briefs/<token>/retry")
@limiter.limit("20/hour")
def retry(token: str):
    """Send a brief whose matching failed back to the queue, and return to its page."""
    session = get_session()
    brief_id = get_brief_by_token(session, token).id
    session.close()  # ends the read; the retry writes in its own unit of work
    try:
        brief = retry_brief(UnitOfWork(runtime()), brief_id)
    except Conflict:
        flash("This brief is already matched.", "info")
    else:
        # Without a worker the matching has already run; with one, the page refreshes until it is done.
        flash("Matched again." if not is_pending(brief) else
              "Matching again. This page shows the shortlist when it is ready.", "success")
    return redirect(url_for(".show_brief", token=token))


@bp.route("/briefs/lost", methods=["GET", "POST"])
@limiter.limit("10/hour", methods=["POST"])
def lost_links():
    """Mail the links of every brief with this contact address; the page says the same whatever the
    address, so it tells no one which addresses have briefs."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            data = LostLinksSchema().load({"email": request.form.get("email", "")})
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            notifications.send_lost_brief_links(
                UnitOfWork(runtime()), data["email"], lambda token: mail_link(".show_brief", token=token))
            flash("If we hold briefs with that address, their links are on their way to it.", "success")
            return redirect(url_for(".lost_links"))
    return render_template("briefs/lost.html", values=request.form, errors=errors), 422 if errors else 200


@bp.post("/briefs/<token>/proposals")
@limiter.limit("20/hour")
def request_proposals(token: str):
    """Ask the ticked shortlisted providers for a proposal, with the buyer's message."""
    session = get_session()
    brief_id = get_brief_by_token(session, token).id
    session.close()
    form = {"provider_ids": request.form.getlist("provider_ids"), "message": request.form.get("message", ""),
            "share_contact": bool(request.form.get("share_contact"))}
    try:
        data = ProposalRequestSchema().load(form)
        made = proposals.request_proposals(UnitOfWork(runtime()), brief_id, data,
                                           mail_link("provider_area.proposals"))
    except ValidationError as exc:
        flash(errors_sentence(exc), "error")
    except UseCaseError as exc:
        flash(" ".join([exc.message, *(m for ms in exc.fields.values() for m in ms)]), "error")
    else:
        asked = f"{len(made)} provider{'s' if len(made) != 1 else ''}"
        flash(f"Asked {asked} for a proposal. Their answers appear here, and by mail if you gave a contact "
              "email.", "success")
    return redirect(url_for(".show_brief", token=token) + "#proposals")

