"""End to end in real headless Chromium against the app served on localhost (CSRF on, real engines).

The three flows share one server and database, in order: a buyer reaches a shortlist; a provider signs
up and submits a questionnaire with a guarantee, then sees the finding; an admin reviews and suspends
that provider, who then drops out of a buyer's shortlist. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from matcher import runtime as runtime_mod
from matcher.models import Base, Provider, User
from matcher.unit_of_work import UnitOfWork
from matcher.usecases.accounts import create_admin
from matcher.usecases.imports import import_file
from matcher.usecases.reviews import decide
from tests.conftest import make_settings
from tests.web.kit import mailed_link

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "providers.jsonl"
ADMIN = ("admin@example.com", "admin password 123")
PROVIDER = ("fjord@example.com", "provider password 123", "Fjord Link Partners")
CLAIM = "We guarantee 50 backlinks every month, or the next month is free."
TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("/usr/bin/chromium is missing, and CI requires the browser tests")
        pytest.skip("/usr/bin/chromium is missing (apt-get install -y chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a fresh database with a few seed providers, served by werkzeug on a free port."""
    from werkzeug.serving import make_server

    from web import create_app

    rt = runtime_mod.build(make_settings(tmp_path_factory.mktemp("browser")))
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    lines = SEEDS.read_text(encoding="utf-8").splitlines()[:8]
    report = import_file(UnitOfWork(rt), lines)
    assert report.ok, report.summary()
    with rt.db.session() as session:
        admin, _ = create_admin(session, *ADMIN)
        # A few verified providers so the directory has something to list.
        for pid in report.created[:4]:
            if session.get(Provider, pid).status == "submitted":
                decide(session, pid, "verify", admin)
    app = create_app(runtime=rt)
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    runtime_mod._current = None
    rt.db.dispose()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


def submit_brief(page, base: str, scope: str, countries: str = "", languages: str = "", services=()) -> None:
    page.goto(f"{base}/briefs/new")
    page.fill("#f-scope", scope)
    for code in services:
        page.check(f"input[name=services][value={code}]")
    page.fill("#f-countries", countries)
    page.fill("#f-languages", languages)
    page.click("button:has-text('Find matching providers')")
    page.wait_for_url(f"{base}/briefs/**")
    page.wait_for_selector("ol.shortlist, .status-box:not([role=status]), .notice-off-scope")


def test_buyer_reaches_a_shortlist(page, server):
    page.goto(server)
    shot(page, "home")
    page.click("a:has-text('Describe your project')")
    page.wait_for_url(f"{server}/briefs/new")
    page.fill("#f-company", "Acme <Dental>")
    page.fill("#f-countries", "US, XX")
    page.click("button:has-text('Find matching providers')")
    assert page.locator(".error-summary").is_visible()
    assert page.input_value("#f-countries") == "US, XX"  # what was typed is kept
    shot(page, "brief_errors")
    page.fill(
        "#f-scope",
        "Digital PR and link building for our B2B SaaS product; we want coverage in "
        "trade press and data-led campaigns.",
    )
    # Markets are picked by typing a few letters of a name (or an alias) and choosing from the list.
    page.fill("#f-countries", "")
    page.type("#f-countries", "uk")
    page.wait_for_selector("#f-countries-suggestions li")
    assert page.inner_text("#f-countries-suggestions li >> nth=0") == "United Kingdom (GB)"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # picks the name, does not send the form
    assert page.input_value("#f-countries") == "United Kingdom, "
    page.type("#f-countries", "irel")
    shot(page, "market_suggestions", full_page=False)
    page.click("#f-countries-suggestions li:has-text('Ireland (IE)')")
    assert page.input_value("#f-countries") == "United Kingdom, Ireland, "
    assert page.get_attribute("#f-countries", "aria-expanded") == "false"
    page.fill("#f-countries", "US")
    page.check("input[name=services][value=digital_pr]")
    page.select_option("#f-industry", "saas")
    page.select_option("#f-currency", "EUR")  # a budget in the buyer's own currency
    page.fill("#f-budget_max_usd", "20000")
    # The button says work is under way from the moment the form is sent, and cannot send it twice.
    busy = page.evaluate("""() => {
        const button = [...document.querySelectorAll('button')]
            .find(b => b.textContent.includes('Find matching'));
        button.form.requestSubmit(button);
        return [button.disabled, button.textContent, button.form.getAttribute('aria-busy')];
    }""")
    assert busy == [True, "Matching your brief…", "true"]
    page.wait_for_url(f"{server}/briefs/**")
    page.wait_for_selector("ol.shortlist")
    assert "Keep this page" in page.inner_text(".flashes")
    assert page.locator("ol.shortlist > li").count() >= 1
    assert page.locator(".reasons li").first.inner_text().strip()
    assert "Acme <Dental>" in page.inner_text("h1")
    # Only what came from the description is marked so: digital PR was ticked, link building was not.
    assert "digital PR, link building (from your description)" in page.inner_text(".understood")
    assert "up to €20,000/month" in page.inner_text(".understood")  # told back in euros
    shot(page, "shortlist")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "shortlist_mobile")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/providers")
    assert page.locator(".provider-list > li").count() >= 1
    shot(page, "directory")
    # A profile says what "verified" means for it: who decided and when, and the trust score's parts.
    page.locator(".provider-list > li a").first.click()
    page.wait_for_url(f"{server}/providers/*")
    assert "Verified by one of our reviewers on" in page.inner_text("#verification")
    assert page.locator(".trust-parts tbody tr").count() == 5
    shot(page, "profile_verification")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "profile_verification_mobile")


def test_provider_signs_up_submits_and_sees_the_finding(page, server):
    email, password, name = PROVIDER
    page.goto(f"{server}/signup")
    page.fill("#f-name", name)
    page.fill("#f-email", email)
    page.fill("#f-password", password)
    page.click("button:has-text('Create account')")
    assert "Check your email" in page.inner_text("h1")
    shot(page, "signup_sent")
    # The link mailed to the address (the outbox of the embedded default) finishes it.
    page.goto(server + mailed_link(runtime_mod.current(), "signup_confirm", to=email))
    shot(page, "signup_confirm")
    page.click("button:has-text('Confirm and create my account')")
    page.wait_for_url(f"{server}/account/profile")
    page.fill(
        "#f-description",
        "Fjord Link Partners earns links for Icelandic tourism and outdoor brands "
        "through local press outreach and partnerships with regional organisations.",
    )
    page.fill("#f-methodology", "We pitch stories to Icelandic travel and outdoor publications by hand.")
    page.check("input[name=services][value=link_building]")
    page.fill("#f-countries", "IS")
    page.fill("#f-languages", "is, en")
    page.fill("#f-min_budget_usd", "1000")
    page.click("button:has-text('Save profile')")
    assert "Profile saved" in page.inner_text(".flashes")
    shot(page, "profile")

    page.click("nav.tabs >> text=Questionnaire")
    fill_questionnaire(page)
    page.focus("#q-guarantees_explanation")
    shot(page, "questionnaire", full_page=False)
    page.click("button:has-text('Submit for review')")
    page.wait_for_url(f"{server}/account/findings")
    marks = page.locator(".evidence mark")
    assert marks.count() >= 1
    assert any("guarantee 50 backlinks" in m.lower() for m in marks.all_inner_texts())
    assert "What to change or explain" in page.inner_text("main")
    shot(page, "findings")

    # Evidence, not promises: a client's backlink export, shown on the profile as its shape.
    export = Path(__file__).resolve().parents[2] / "seeds" / "backlinks" / "clean_semrush_backlinks.csv"
    page.click("nav.tabs >> text=Backlink evidence")
    page.fill("#f-client_domain", "acme-dental.co.uk")
    page.set_input_files("#f-file", str(export))
    page.click("button:has-text('Attach the export')")
    assert "Confirm that the client agreed" in page.inner_text(".error-summary")
    page.set_input_files("#f-file", str(export))
    page.check("#f-consent input")
    page.click("button:has-text('Attach the export')")
    assert "is attached" in page.inner_text(".flashes")
    assert page.locator("article.client-evidence svg rect").count() > 2
    shot(page, "evidence")
    page.click("text=Preview profile")
    assert "Links it built for clients" in page.inner_text("main")
    shot(page, "profile_evidence")


HONEST_ANSWERS = {
    "link_sources": "Mostly regional news sites and travel magazines covering our clients' tours, plus "
    "tourism boards and local associations.",
    "content_assets": "Seasonal travel guides and visitor surveys, written by our two editors.",
    "paid_placements_explanation": "We decline publishers who ask for a fee; we pitch on merit only.",
    "site_networks_explanation": "",
    "anchor_text_policy": "Editors choose the anchor; most links use the brand name or the page title.",
    "guarantees_explanation": CLAIM,
    "typical_timeline": "First coverage usually appears within 6 to 10 weeks; rankings move over months.",
    "tools_used": "Ahrefs, Pitchbox, Google Sheets",
    "automation": "Prospect lists come from Ahrefs; every email is written and sent by a person.",
    "penalty_cleanup": "We review the link profile by hand and ask for removals before any disavow.",
    "team_structure": "Two strategists and three outreach specialists in Reykjavik, four clients each.",
    "client_references": "Nordic Trails ehf., Anna Jonsdottir, marketing lead, anna@example.is",
}


def fill_questionnaire(page) -> None:
    from matcher.questionnaire import load_questionnaire

    for q in load_questionnaire().questions:
        key = q["key"]
        if q["type"] in ("choice", "multichoice"):
            page.check(f"input[name=q_{key}][value={q['choices'][0]['value']}]")
        elif q["type"] == "url_list":
            page.fill(f"#q-{key}", "https://example.is/travel-story\nhttps://example.is/outdoor-feature")
        else:
            page.fill(f"#q-{key}", HONEST_ANSWERS.get(key, "We explain this to every client in writing."))


def test_admin_reviews_and_suspends_then_buyer_no_longer_sees_it(page, server, browser):
    name = PROVIDER[2]
    page.goto(f"{server}/admin/review")
    page.wait_for_url(f"{server}/login**")
    page.fill("#f-email", ADMIN[0])
    page.fill("#f-password", ADMIN[1])
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{server}/admin/review")
    shot(page, "review_queue")
    page.click(f"table >> text={name}")
    page.wait_for_url(f"{server}/admin/providers/**")
    evidence = " ".join(page.locator(".evidence mark").all_inner_texts()).lower()
    assert "guarantee 50 backlinks" in evidence
    shot(page, "admin_provider")

    # Dismiss what was found (the reviewer accepts the explanation) so the provider becomes matchable...
    while page.locator("form.inline-action").count():
        form = page.locator("form.inline-action").first
        form.locator("input[name=reason]").fill("Checked the contract: a make-good offer, reviewed by phone.")
        form.locator("button").click()
        page.wait_for_load_state()
    buyer = browser.new_context()
    buyer_page = buyer.new_page()
    icelandic = "Link building for an Icelandic tour operator; local press and partnerships."
    submit_brief(buyer_page, server, icelandic, countries="IS", languages="is", services=["link_building"])
    assert name in buyer_page.inner_text("main")

    # ...then suspend it: it must drop out of the next shortlist.
    page.fill("#reason-suspend", "Buyers reported guaranteed-link packages sold off-platform.")
    page.click("button:has-text('Suspend')")
    assert "Suspended" in page.inner_text(".flashes")
    assert "Buyers reported guaranteed-link packages" in page.inner_text("ol.log")
    shot(page, "admin_after_suspend")
    submit_brief(buyer_page, server, icelandic, countries="IS", languages="is", services=["link_building"])
    assert name not in buyer_page.inner_text("main")
    shot(buyer_page, "shortlist_after_suspend")
    buyer.close()
    page.goto(f"{server}/admin/audit")
    assert "suspended" in page.inner_text("table")
    shot(page, "audit")
    page.goto(f"{server}/admin/rates")
    page.fill("#f-EUR", "1.12")
    page.click("button:has-text('Save the rates')")
    assert "Rates saved (EUR)" in page.inner_text(".flashes")
    assert "by admin@example.com" in page.inner_text("table")
    shot(page, "admin_rates")
    with runtime_mod.current().db.session() as session:
        provider = session.query(Provider).filter_by(name=name).one()
        assert provider.status == "suspended" and session.get(User, provider.owner_id).email == PROVIDER[0]


def test_buyer_retries_a_failed_brief_and_reads_the_score_tooltip(page, server):
    from matcher.models import Brief
    from matcher.models import brief_status as lifecycle
    from matcher.unit_of_work import UnitOfWork
    from matcher.usecases.briefs import submit_brief

    rt = runtime_mod.current()
    brief = submit_brief(UnitOfWork(rt), {"scope": "Digital PR and link building for a B2B SaaS launch.",
                                          "services": ["digital_pr"], "countries": ["US"]})
    with rt.db.session() as session:
        lifecycle.fail(session.get(Brief, brief.id), lifecycle.failure_message(RuntimeError("boom")))
    page.goto(f"{server}/briefs/{brief.token}")
    assert "Matching failed" in page.inner_text("main")
    shot(page, "brief_failed")
    page.click("button:has-text('Retry matching')")
    page.wait_for_selector("ol.shortlist")
    assert "Matched again" in page.inner_text(".flashes")
    chip = page.locator(".factors .chip").first
    assert chip.get_attribute("title").startswith("value ")  # the engine's factor value, not blank
    shot(page, "brief_retried")


def test_buyer_reads_what_was_understood_and_corrects_it(page, server):
    submit_brief(page, server, "Link building and digital PR for our SaaS product, plus a website redesign. "
                               "Our customers are in the United States.")
    understood = page.inner_text(".understood")
    assert "You asked for:" in understood and "United States (from your description)" in understood
    assert "web design" in page.inner_text(".notice-partly-off-scope")
    # Each reason says plainly whether it counts for or against the provider.
    signs = page.locator("ol.shortlist .reasons .sign").all_inner_texts()
    assert signs and set(signs) <= {"+", "−"}
    shot(page, "brief_understood")
    page.click(".revise summary")
    page.fill(".revise #f-countries", "US, XX")
    page.click("button:has-text('Match again')")
    assert page.locator(".error-summary").is_visible()  # nothing changed; the form says why
    assert page.input_value(".revise #f-countries") == "US, XX"
    page.fill(".revise #f-countries", "GB")
    page.click("button:has-text('Match again')")
    page.wait_for_selector(".flashes")
    assert "Matched again with your corrections" in page.inner_text(".flashes")
    # The correction is the whole answer: the market the description named is not added back.
    assert "United Kingdom" in page.inner_text(".understood")
    assert "United States" not in page.inner_text(".understood")
    shot(page, "brief_corrected")


def test_a_buyer_who_gives_a_total_reads_it_as_a_total(page, server):
    submit_brief(page, server, "Link building for our SaaS product in the United States. We have $12,000 "
                               "for a 6-month project.")
    understood = page.inner_text(".understood")
    assert "$12,000 in total over 6 months, about $2,000/month (from your description)" in understood
    shot(page, "brief_total_budget")


def test_off_scope_brief_is_told_so_instead_of_a_list(page, server):
    submit_brief(page, server, "We need an agency to manage our Google Ads and Facebook ads campaigns "
                               "for the spring sale.")
    assert page.locator("ol.shortlist").count() == 0
    notice = page.inner_text(".notice-off-scope")
    assert "paid search" in notice and "We match providers of SEO and link building" in notice
    shot(page, "brief_off_scope")


def test_buyer_audits_a_backlink_export_and_builds_a_disavow_file(page, server):
    export = Path(__file__).resolve().parents[2] / "seeds" / "backlinks" / "semrush_backlinks.csv"
    page.goto(server)
    page.click("nav a:has-text('Audit backlinks')")
    page.wait_for_url(f"{server}/audits/new")
    page.click("button:has-text('Audit the export')")
    assert "Choose the export file" in page.inner_text(".error-summary")
    page.set_input_files("#f-file", str(export))
    page.fill("#f-brand", "Acme Dental")
    page.fill("#f-money", "dental implants, emergency dentist")
    page.click("button:has-text('Audit the export')")
    page.wait_for_url(f"{server}/audits/**")
    assert "Semrush" in page.inner_text(".lead")
    # The charts are drawn: bars for the anchor mix, the attributes, the domains and the months.
    for chart in ("anchors", "follow", "domains", "timeline"):
        assert page.locator(f"figure[aria-labelledby='{chart}-title'] svg rect").count() > 1, chart
    assert page.locator(".signal").count() >= 3
    assert "toxic" not in page.inner_text("main").lower()
    shot(page, "backlink_audit")
    shot(page, "backlink_audit_top", full_page=False)
    page.locator("#charts-title").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('charts-title').scrollIntoView()")
    shot(page, "backlink_audit_charts", full_page=False)
    # Nothing is ticked for the owner; the file holds exactly what was chosen.
    boxes = page.locator("input[name=domains]")
    assert boxes.count() >= 1 and page.locator("input[name=domains]:checked").count() == 0
    chosen = boxes.first.get_attribute("value")
    boxes.first.check()
    page.fill("#f-more", "https://spam.example/page-1")
    with page.expect_download() as download:
        page.click("button:has-text('Download the disavow file')")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines == [f"domain:{chosen}", "https://spam.example/page-1"]
    # From the report to a brief for the clean-up, filled in with what the audit found.
    page.click("a:has-text('Start a brief for a backlink audit')")
    page.wait_for_url(f"{server}/briefs/new**")
    assert page.is_checked("input[name=services][value=backlink_audit]")
    assert "Backlink audit and clean-up" in page.input_value("#f-scope")


def _log_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#f-email", email)
    page.fill("#f-password", password)
    page.click("button:has-text('Log in')")
    page.wait_for_load_state()


def test_buyer_asks_two_providers_for_proposals_and_reads_their_answers(page, server):
    """The marketplace loop: a shortlist to a conversation, with the mail of each step in the outbox."""
    from matcher import jobs
    from matcher import runtime as runtime_mod
    from matcher.usecases.accounts import create_user
    from matcher.usecases.providers import create_provider

    rt = runtime_mod.current()
    agencies = [("Tern PR Partners", "tern@example.com"), ("Gannet Outreach", "gannet@example.com")]
    ids = []
    with rt.db.session() as session:
        for name, email in agencies:
            owner = create_user(session, email, "provider password 123")
            provider = create_provider(session, {
                "name": name, "website": f"https://{email.split('@')[0]}.example",
                "description": f"{name} runs digital PR and link building for dental clinics and healthcare "
                               "brands: data-led stories placed with health journalists and local press.",
                "services": ["digital_pr", "link_building"], "industries": ["healthcare"],
                "countries": ["GB"], "languages": ["en"]}, status="verified", owner_id=owner.id)
            ids.append(provider.id)
    jobs.process_providers(rt, ids)  # vetted and indexed, as after an import

    page.goto(f"{server}/briefs/new")
    page.fill("#f-scope", "Digital PR and link building for a UK dental clinic group: health journalists, "
                          "local press, data-led stories. No paid links.")
    page.fill("#f-countries", "United Kingdom")
    page.fill("#f-contact_email", "ann@smiles.example")
    page.click("button:has-text('Find matching providers')")
    page.wait_for_selector("ol.shortlist")
    for name, _email in agencies:
        page.check(f"label:has-text('Ask {name} for a proposal') input")
    page.fill("#f-message", "Could you start in March? Budget about £3,000 a month.")
    page.click("button:has-text('Ask the ticked providers')")
    page.wait_for_selector("#proposals")
    assert page.locator("#proposals li").count() == 2
    brief_url = page.url.split("#")[0]
    shot(page, "proposals_asked", full_page=False)

    answers = {"tern@example.com": ("Accept", "Yes: we can start on 3 March."),
               "gannet@example.com": ("Decline", "Fully booked until the summer.")}
    for email, (button, text) in answers.items():
        _log_in(page, server, email, "provider password 123")
        page.goto(f"{server}/account/proposals")
        assert "Could you start in March?" in page.inner_text("main")
        assert "ann@smiles.example" not in page.inner_text("main")  # the buyer did not share it
        page.fill("article.proposal textarea", text)
        if email.startswith("tern"):
            shot(page, "proposal_inbox")
            page.set_viewport_size({"width": 390, "height": 844})
            shot(page, "proposal_inbox_mobile")
            page.set_viewport_size({"width": 1280, "height": 900})
        page.click(f"article.proposal button:has-text('{button}')")
        page.wait_for_selector(".flashes")
        page.click("button:has-text('Log out')") if page.locator("button:has-text('Log out')").count() else \
            page.goto(f"{server}/logout")
    page.context.clear_cookies()
    page.goto(brief_url)
    section = page.inner_text("#proposals")
    assert "Yes: we can start on 3 March." in section and "Fully booked until the summer." in section
    assert "tern@example.com" in section and "gannet@example.com" not in section
    shot(page, "proposals_answered")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "proposals_answered_mobile")
    # Each step's mail, with working links, is in the outbox.
    outbox = sorted(rt.settings.outbox.glob("*.eml"))
    bodies = [p.read_text(encoding="utf-8", errors="replace") for p in outbox]
    assert sum("A buyer asks you for a proposal" in b for b in bodies) >= 2
    assert any("accepted your proposal request" in b and brief_url.rsplit("/", 1)[-1] in b for b in bodies)


def test_a_rejected_provider_reads_why_answers_the_finding_and_the_reviewer_sees_it(page, server):
    """The provider's side of a review: the reason reaches its findings page (and its inbox), it explains
    a finding and submits again, and the reviewer reads the explanation beside the finding."""
    from matcher import jobs
    from matcher.usecases.accounts import create_user
    from matcher.usecases.providers import create_provider

    rt = runtime_mod.current()
    with rt.db.session() as session:
        owner = create_user(session, "kite@example.com", "provider password 123")
        kite = create_provider(session, {
            "name": "Kite Links", "services": ["link_building"], "countries": ["GB"],
            "description": "Kite Links runs outreach for outdoor brands. "
                           "We guarantee 40 backlinks every month."},
            status="submitted", owner_id=owner.id).id
    jobs.process_providers(rt, [kite])
    _log_in(page, server, *ADMIN)
    page.goto(f"{server}/admin/providers/{kite}")
    page.fill("#reason-reject", "Your profile promises a number of links each month.")
    page.click("button:has-text('Reject')")
    page.wait_for_selector(".flashes")
    page.context.clear_cookies()

    _log_in(page, server, "kite@example.com", "provider password 123")
    page.goto(f"{server}/account/findings")
    assert "Your profile promises a number of links each month." in page.inner_text("main")
    page.locator("textarea[name=note]").first.fill("The 40 links were one client's result last year, not a "
                                                   "promise; the sentence is now removed.")
    page.locator("button:has-text('Send my explanation')").first.click()
    page.wait_for_selector(".flashes")
    shot(page, "findings_explained")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "findings_explained_mobile")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/account/questionnaire")
    fill_questionnaire(page)
    page.click("button:has-text('Submit for review')")
    page.wait_for_selector(".flashes")
    assert "now rejected" not in page.inner_text(".flashes")
    page.context.clear_cookies()

    _log_in(page, server, *ADMIN)
    page.goto(f"{server}/admin/providers/{kite}")
    assert "one client's result last year" in page.inner_text("main")
    shot(page, "admin_reads_the_providers_side")
    bodies = [p.read_text(encoding="utf-8", errors="replace") for p in rt.settings.outbox.glob("*.eml")]
    assert any("kite@example.com" in b and "/account/findings" in b for b in bodies)


def test_a_spanish_link_seller_reaches_the_reviewer_with_its_evidence(page, server):
    """A Spanish profile is read for its plain claims before a person reads it: the reviewer sees the
    paid-links evidence highlighted beside the note that the text still needs reading in full."""
    from matcher import jobs
    from matcher.usecases.providers import create_provider

    rt = runtime_mod.current()
    text = ("Somos una agencia de enlaces en Madrid. Vendemos enlaces dofollow en más de 400 periódicos "
            "digitales de España, desde 60 euros por artículo publicado con tu enlace.")
    with rt.db.session() as session:
        seller = create_provider(session, {"name": "Enlaces Prensa Madrid", "countries": ["ES"],
                                           "languages": ["es"], "description": text}, status="submitted").id
    jobs.process_providers(rt, [seller])
    page.context.clear_cookies()
    _log_in(page, server, *ADMIN)
    page.goto(f"{server}/admin/review")
    assert "Enlaces Prensa Madrid" in page.inner_text("main")
    page.goto(f"{server}/admin/providers/{seller}")
    evidence = " ".join(page.locator(".evidence mark").all_inner_texts())
    assert "Vendemos enlaces" in evidence
    assert "reviewer reads it in full" in page.inner_text("main")
    shot(page, "admin_spanish_seller")
