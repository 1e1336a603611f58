"""The provider's own area: profile, questionnaire and findings. Only ever the logged-in account's own."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict

from matcher import taxonomy
from matcher.questionnaire import load_questionnaire
from matcher.schemas import EvidenceInputSchema, ProviderUpdateSchema
from matcher.schemas.briefs import ProposalAnswerSchema
from matcher.schemas.questionnaire import answers_schema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import link_evidence, provider_account
from matcher.usecases import proposals as proposal_requests
from matcher.usecases.errors import NotFound, UseCaseError
from matcher.usecases.provider_account import (
    advice_for,
    change_requests,
    owned_provider,
    provider_findings,
    save_profile,
)
from matcher.usecases.providers import SCALAR_FIELDS
from matcher.usecases.questionnaire import current_answers, save_draft, submit_answers
from matcher.usecases.vetting import provider_texts
from web.auth import role_required
from web.db import get_session, runtime
from web.pages.helpers import csv_download, errors_sentence, form_errors, mail_link, split_codes
from web.pages.highlight import marked_findings

bp = Blueprint("provider_area", __name__, url_prefix="/account")
SCALARS = tuple(f for f in SCALAR_FIELDS if f != "external_id")  # providers do not set their own
MAX_CASES = 10
# What a submission did, in each status it can leave the profile in.
SUBMITTED = {
    "submitted": "Submitted for review: a reviewer will read your profile and answers soon.",
    "flagged": "Submitted. Some of your texts raised red flags: see them below, then revise or explain.",
    "verified": "Your answers are updated; your profile stays verified.",
    "rejected": "Your answers are saved. Your profile stays not accepted until a reviewer reads them and "
                "reinstates it; explain your side on each finding below.",
    "suspended": "Your answers are saved. Your listing stays suspended until a reviewer reads them and "
                 "reinstates it; explain your side on each finding below.",
}


def _mine():
    return owned_provider(get_session(), current_user.user_id)


def profile_values(provider) -> MultiDict:
    """The stored profile as the form's field values."""
    values = MultiDict(
        {k: "" if getattr(provider, k) is None else str(getattr(provider, k)) for k in SCALARS}
    )
    for kind in ("services", "industries"):
        for code in provider.tag_values(kind):
            values.add(kind, code)
    values["countries"] = ", ".join(provider.countries)
    values["languages"] = ", ".join(provider.languages)
    for i, case in enumerate(provider.case_studies):
        values[f"case_title_{i}"], values[f"case_summary_{i}"] = case.title or "", case.summary or ""
        values[f"case_industry_{i}"] = case.industry or ""
    return values


def profile_input(form: MultiDict) -> dict:
    """The form in the provider import format; case-study rows left blank are dropped."""
    data = {name: form.get(name, "") for name in SCALARS}
    data["services"], data["industries"] = form.getlist("services"), form.getlist("industries")
    data["countries"] = split_codes(form.get("countries"), "countries")
    data["languages"] = split_codes(form.get("languages"), "languages")
    cases = []
    for i in range(MAX_CASES):
        row = {k: form.get(f"case_{k}_{i}", "").strip() for k in ("title", "industry", "summary")}
        if any(row.values()):
            cases.append(row)
    data["case_studies"] = cases
    return data


@bp.get("")
def home():
    """The account's landing page is its profile."""
    return redirect(url_for(".profile"))


@bp.route("/profile", methods=["GET", "POST"])
@role_required("provider")
def profile():
    """Edit the provider's own profile; saving a change re-vets it."""
    provider = _mine()
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            data = ProviderUpdateSchema().load(profile_input(request.form))
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            changed = save_profile(UnitOfWork(runtime()), provider.id, data)
            flash("Profile saved and checked again." if changed else "Nothing had changed.", "success")
            return redirect(url_for(".profile"))
    values = request.form if request.method == "POST" else profile_values(provider)
    rows = max(len(provider.case_studies) + 1, 2)
    return render_template(
        "account/profile.html",
        provider=provider,
        values=values,
        errors=errors,
        case_rows=min(rows, MAX_CASES),
        services=taxonomy.SERVICES,
        industries=taxonomy.INDUSTRIES,
        requests=change_requests(get_session(), provider.id),
        open_count=len(provider_findings(get_session(), provider.id)["open"]),
    ), 422 if errors else 200


def questionnaire_input(form: MultiDict) -> dict:
    """One entry per question: lists for multiple choice, text for the rest (URL lists are split later)."""
    out = {}
    for question in load_questionnaire().questions:
        name = "q_" + question["key"]
        out[question["key"]] = form.getlist(name) if question["type"] == "multichoice" else form.get(name, "")
    return out


@bp.route("/questionnaire", methods=["GET", "POST"])
@role_required("provider")
def questionnaire():
    """The verification questionnaire, one fieldset per step; save a draft or submit it for review."""
    provider = _mine()
    spec = load_questionnaire()
    errors: dict[str, list[str]] = {}
    answers = current_answers(provider)
    if request.method == "POST":
        answers = questionnaire_input(request.form)
        submitting = request.form.get("action") == "submit"
        try:
            data = answers_schema(spec, draft=not submitting).load(answers)
            if submitting:
                done = submit_answers(UnitOfWork(runtime()), provider.id, current_user.user_id, data)
                flash(SUBMITTED.get(done.status, SUBMITTED["submitted"]), "success")
                return redirect(url_for(".findings"))
            save_draft(get_session(), provider, data)
            get_session().commit()
            flash("Draft saved. Submit it when every required answer is in.", "success")
            return redirect(url_for(".questionnaire"))
        except ValidationError as exc:
            errors = form_errors(exc)
        except UseCaseError as exc:
            flash(exc.message, "error")
            errors = {k: v for k, v in exc.fields.items()}
    return render_template(
        "account/questionnaire.html",
        spec=spec,
        provider=provider,
        answers=answers,
        errors=errors,
        submitted=provider.latest_submitted_response,
        draft=provider.draft_response,
        requests=change_requests(get_session(), provider.id),
    ), 422 if errors else 200


@bp.get("/findings")
@role_required("provider")
def findings():
    """The provider's findings on its own texts, with the evidence marked and what to change."""
    provider = _mine()
    session = get_session()
    grouped = provider_findings(session, provider.id)
    texts = provider_texts(provider)
    return render_template(
        "account/findings.html",
        provider=provider,
        advice_for=advice_for,
        open_items=marked_findings(texts, grouped["open"]),
        dismissed=marked_findings(texts, grouped["dismissed"]),
        closed=grouped["closed"],
        requests=change_requests(session, provider.id),
    )


@bp.route("/evidence", methods=["GET", "POST"])
@role_required("provider")
def evidence():
    """The provider's backlink exports, one per past client: what buyers see of them, and an upload."""
    provider = _mine()
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        request.max_content_length = runtime().settings.max_upload_bytes  # before the form is read
        upload = request.files.get("file")
        form = {k: request.form.get(k, "") for k in ("client_domain", "case_title")}
        try:
            data = EvidenceInputSchema().load({**form, "consent": bool(request.form.get("consent"))})
        except ValidationError as exc:
            errors = form_errors(exc)
        if not upload or not upload.filename:
            errors.setdefault("file", []).append("Choose the client's backlink export.")
        if not errors:
            try:
                link_evidence.attach_evidence(UnitOfWork(runtime()), provider.id, upload.read(),
                                              upload.filename, data)
            except UseCaseError as exc:
                errors = exc.fields or {"file": [exc.message]}
            else:
                flash(f"The export for {data['client_domain']} is attached; we checked it against what you "
                      "say about your work.", "success")
                return redirect(url_for(".evidence"))
    session = get_session()
    page = render_template(
        "account/evidence.html", provider=provider,
        items=link_evidence.provider_evidence(session, provider.id),
        values=request.form, errors=errors, cases=[c.title for c in provider.case_studies if c.title],
        consent=link_evidence.CONSENT, requests=change_requests(session, provider.id),
    )
    return page, 422 if errors else 200


@bp.post("/evidence/<int:evidence_id>/delete")
@role_required("provider")
def remove_evidence(evidence_id: int):
    provider = _mine()
    link_evidence.remove_evidence(UnitOfWork(runtime()), provider.id, evidence_id)
    flash("The export is removed.", "success")
    return redirect(url_for(".evidence"))


@bp.get("/evidence/<int:evidence_id>/rows.csv")
@role_required("provider")
def evidence_rows(evidence_id: int):
    """Every row of one of the provider's own exports (only it and admins may read them)."""
    item = link_evidence.get_evidence(get_session(), evidence_id, provider_id=_mine().id)
    return csv_download(link_evidence.evidence_rows_csv(runtime(), item), f"links-{item.client_domain}.csv")


@bp.get("/proposals")
@role_required("provider")
def proposals():
    """Buyers' proposal requests, newest first (opening them tells the buyer they were seen)."""
    provider = _mine()
    session = get_session()
    return render_template("account/proposals.html", provider=provider,
                           items=proposal_requests.provider_proposals(session, provider.id),
                           requests=change_requests(session, provider.id))


@bp.post("/proposals/<int:proposal_id>/answer")
@role_required("provider")
def answer_proposal(proposal_id: int):
    provider = _mine()
    accept = request.form.get("action") == "accept"
    try:
        data = ProposalAnswerSchema().load({"message": request.form.get("message", "")})
        proposal_requests.answer(UnitOfWork(runtime()), provider.id, proposal_id, accept, data["message"],
                                 lambda token: mail_link("buyers.show_brief", token=token))
    except ValidationError as exc:
        flash(errors_sentence(exc), "error")
    except NotFound:
        raise  # another provider's request: a 404, like any address that is not yours
    except UseCaseError as exc:
        flash(exc.message, "error")
    else:
        flash("Accepted: the buyer now sees your reply and your contact details." if accept
              else "Declined: the buyer sees your reason.", "success")
    return redirect(url_for(".proposals"))


@bp.post("/findings/<int:finding_id>/note")
@role_required("provider")
def explain_finding(finding_id: int):
    """The provider's side of a finding, kept beside it for the reviewer."""
    provider = _mine()
    session = get_session()
    try:
        provider_account.explain_finding(session, provider.id, current_user.load(), finding_id,
                                         request.form.get("note", ""))
    except NotFound:
        raise
    except UseCaseError as exc:
        session.rollback()
        flash(exc.message, "error")
    else:
        session.commit()
        flash("Your explanation is with the reviewer, beside the finding.", "success")
    return redirect(url_for(".findings") + f"#finding-{finding_id}")

