"""Admin pages: the review queue, one provider's review with evidence and actions, the audit log."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from marshmallow import ValidationError

from matcher.jobs import bulk
from matcher.models import ACTIONS, MAIL_STATES, SEVERITIES
from matcher.questionnaire import load_questionnaire
from matcher.redflags import registry
from matcher.schemas.briefs import RatesSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import link_evidence, mailing, notifications, sessions
from matcher.usecases.errors import UseCaseError
from matcher.usecases.rates import rate_rows, update_rates
from matcher.usecases.review_queue import (
    QUEUE_STATUSES,
    AuditFilters,
    QueueFilters,
    audit_csv,
    audit_page,
    queue_page,
    review_file,
)
from matcher.usecases.reviews import decide
from matcher.usecases.vetting import provider_texts
from web.auth import role_required
from web.db import get_session, runtime
from web.forms.listing import (
    FINDING_CATEGORIES,
    AuditQuerySchema,
    QueueQuerySchema,
    ReviewActionSchema,
)
from web.pages.filters import STATUS_WORDS
from web.pages.helpers import Pager, csv_download, form_errors, mail_link
from web.pages.highlight import marked_findings, marked_texts

bp = Blueprint("admin", __name__, url_prefix="/admin")
PER_PAGE = 25
AUDIT_PER_PAGE = 50
DONE = {
    "verify": "Verified: the provider is now listed in the directory and can be matched.",
    "dismiss_finding": "Finding dismissed; the reason is in the audit log.",
    "request_changes": "Changes requested: the provider sees your message on its account pages.",
    "suspend": "Suspended: the provider is no longer listed or matched.",
    "reject": "Rejected.",
    "reinstate": "Reinstated: the provider is back in the queue.",
}


@bp.before_request
@role_required("admin")
def _admins_only():
    """Every admin page needs the admin role: anonymous users log in, other roles get 403."""
    return None


@bp.get("/")
def home():
    """The admin area starts at the review queue."""
    return redirect(url_for(".review_queue"))


@bp.get("/review")
def review_queue():
    """Flagged and submitted providers, most severe open finding first, then the longest waiting."""
    errors: dict[str, list[str]] = {}
    try:
        query = QueueQuerySchema().load(request.args)
    except ValidationError as exc:
        errors = form_errors(exc)
        query = {"page": 1, **{k: v for k, v in (exc.valid_data or {}).items() if k not in errors}}
    filters = QueueFilters(query.get("status"), query.get("category"), query.get("severity"))
    page = query.get("page") or 1
    items, total = queue_page(get_session(), filters, page=page, per_page=PER_PAGE)
    return render_template(
        "admin/review.html",
        backlog=bulk.backlog(runtime()),
        items=items,
        pager=Pager(page, PER_PAGE, total),
        values=request.args,
        errors=errors,
        statuses={s: STATUS_WORDS[s] for s in QUEUE_STATUSES},
        categories={c: registry.label(c) for c in FINDING_CATEGORIES},
        severities={s: s for s in SEVERITIES},
    )


@bp.get("/providers/<int:provider_id>")
def provider(provider_id: int):
    """One provider's review: its texts with every open finding marked, the actions and its audit log."""
    review = review_file(get_session(), provider_id)
    texts = provider_texts(review.provider)
    prints, shared = link_evidence.provider_footprint(get_session(), provider_id)
    return render_template(
        "admin/provider.html",
        review=review,
        p=review.provider,
        questionnaire=load_questionnaire(),
        items=marked_findings(texts, review.findings),
        texts=marked_texts(texts, review.findings),
        evidence=link_evidence.provider_evidence(get_session(), provider_id),
        prints=prints,
        shared=shared,
    )


@bp.get("/evidence/<int:evidence_id>/rows.csv")
def evidence_rows(evidence_id: int):
    """Every row of a provider's backlink export (admins and the provider only)."""
    item = link_evidence.get_evidence(get_session(), evidence_id)
    return csv_download(link_evidence.evidence_rows_csv(runtime(), item), f"links-{item.client_domain}.csv")


@bp.post("/providers/<int:provider_id>/decide")
def decide_view(provider_id: int):
    """Apply one review action; it is logged; a refused action comes back as a message."""
    session = get_session()
    try:
        raw = {k: request.form.get(k, "") for k in ("action", "reason", "finding_id")}
        data = ReviewActionSchema().load(raw)
        decide(
            session,
            provider_id,
            data["action"],
            current_user.load(),
            reason=data["reason"],
            finding_id=data["finding_id"],
        )
    except ValidationError as exc:
        session.rollback()
        messages = "; ".join(f"{k}: {' '.join(v)}" for k, v in form_errors(exc).items())
        flash(f"The action was not applied: {messages}", "error")
    except UseCaseError as exc:
        session.rollback()
        flash(exc.message, "error")
    else:
        session.commit()
        notifications.send_decision(UnitOfWork(runtime()), provider_id, data["action"], data["reason"],
                                    mail_link("provider_area.findings"))
        flash(DONE.get(data["action"], "Done."), "success")
    return redirect(url_for(".provider", provider_id=provider_id))


@bp.post("/providers/<int:provider_id>/sign-out")
def sign_out_owner(provider_id: int):
    """End every session of the account that owns this provider ("sign out everywhere")."""
    session = get_session()
    owner = review_file(session, provider_id).owner
    if owner is None:
        flash("This profile has no account to sign out.", "error")
    else:
        ended = sessions.end_all(session, owner.id, "signed_out_by_admin")
        session.commit()
        flash(f"{owner.email} is signed out everywhere ({ended} session{'s' if ended != 1 else ''} ended).",
              "success")
    return redirect(url_for(".provider", provider_id=provider_id))


def _audit_query() -> tuple[AuditFilters, int, dict[str, list[str]]]:
    """The audit log's filters from the query string; what does not parse is named and left out."""
    args = {k: v for k, v in request.args.items() if v.strip()}
    try:
        data = AuditQuerySchema().load(args)
    except ValidationError as exc:
        errors = form_errors(exc)
        data = AuditQuerySchema().load({k: v for k, v in args.items() if k not in errors})
    else:
        errors = {}
    names = ("provider", "actor", "action", "date_from", "date_to")
    filters = AuditFilters(**{k: data.get(k) for k in names})
    return filters, data["page"], errors


@bp.get("/audit")
def audit():
    """The audit log, newest first, filtered by provider, actor, action and dates."""
    filters, page, errors = _audit_query()
    entries, total = audit_page(get_session(), page=page, per_page=AUDIT_PER_PAGE, filters=filters)
    return render_template("admin/audit.html", entries=entries, pager=Pager(page, AUDIT_PER_PAGE, total),
                           values=request.args, errors=errors, actions=ACTIONS), 422 if errors else 200


@bp.get("/audit.csv")
def audit_export():
    """The filtered audit log as CSV."""
    filters, _page, _errors = _audit_query()
    return csv_download(audit_csv(get_session(), filters), "audit-log.csv")


@bp.get("/mail")
def mail():
    """Every e-mail sent, newest first: to whom, what, when, and whether it went out (failures with why)."""
    state = request.args.get("state") if request.args.get("state") in MAIL_STATES else None
    return render_template("admin/mail.html", items=mailing.recent_mail(get_session(), state), state=state,
                           states=MAIL_STATES)


@bp.route("/rates", methods=["GET", "POST"])
def rates():
    """The exchange rates a buyer's budget in euros or pounds is converted at (new briefs only)."""
    session = get_session()
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            data = RatesSchema().load({code: request.form.get(code, "") for code in RatesSchema().fields})
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            changed = update_rates(session, data, current_user.email)
            session.commit()
            flash(f"Rates saved ({', '.join(changed)}): new briefs use them; briefs already sent keep "
                  "theirs." if changed else "No rate changed.", "success")
            return redirect(url_for(".rates"))
    return render_template("admin/rates.html", rows=rate_rows(session), errors=errors,
                           values=request.form), 422 if errors else 200


@bp.post("/mail/<int:mail_id>/resend")
def resend_mail(mail_id: int):
    try:
        mailing.resend(UnitOfWork(runtime()), mail_id)
    except UseCaseError as exc:
        flash(exc.message, "error")
    else:
        flash("The message is sent again; its state below says how it went.", "success")
    return redirect(url_for(".mail"))

