"""Mail for real: the outbox folder by default, SMTP where configured (a real SMTP server in-process,
aiosmtpd), every message recorded with its state; the brief's link, lost links and password resets."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from matcher import runtime as runtime_mod
from matcher.models import Base, OutgoingMail, PasswordReset
from tests.conftest import make_settings
from tests.web.kit import PASSWORD, login, make_account

SCOPE = "Link building for our dental clinics in Leeds: digital PR and local press, no paid links."


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def _app(tmp_path, **settings):
    from web import create_app

    rt = runtime_mod.build(make_settings(tmp_path, **settings))
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    app = create_app(runtime=rt)
    app.config["WTF_CSRF_ENABLED"] = False
    return rt, app.test_client()


def _mails(rt) -> list[OutgoingMail]:
    with rt.db.session() as session:
        items = session.query(OutgoingMail).order_by(OutgoingMail.id).all()
        session.expunge_all()
    return items


def _body(msg) -> str:
    return msg.get_content() if hasattr(msg, "get_content") else msg.get_payload(decode=True).decode()


@pytest.mark.usefixtures("fast_jobs")
def test_without_smtp_the_briefs_link_is_written_to_the_outbox(client, rt):
    response = client.post("/briefs/new", data={"scope": SCOPE, "contact_email": "ann@clinic.example"})
    assert response.status_code == 302
    token = response.headers["Location"].rsplit("/", 1)[-1]
    (item,) = _mails(rt)
    assert (item.to_address, item.kind, item.state) == ("ann@clinic.example", "brief_link", "sent")
    eml = (rt.settings.outbox / item.delivered_to.rsplit("/", 1)[-1]).read_bytes()
    msg = message_from_bytes(eml)
    assert msg["To"] == "ann@clinic.example" and msg["Subject"] == "Your shortlist link"
    assert f"http://127.0.0.1:5000/briefs/{token}" in msg.get_payload(decode=True).decode()
    # No contact email, no mail.
    client.post("/briefs/new", data={"scope": SCOPE})
    assert len(_mails(rt)) == 1


def test_with_smtp_the_message_arrives_at_the_server_with_a_working_link(tmp_path, smtp, monkeypatch):
    controller, inbox = smtp
    rt, client = _app(tmp_path, smtp_url=f"smtp://127.0.0.1:{controller.port}",
                      public_url="https://matcher.example")
    from matcher import jobs

    monkeypatch.setattr(jobs, "enqueue_brief_match", lambda *_a, **_k: None)
    response = client.post("/api/v1/briefs", json={"scope": SCOPE, "contact_email": "bo@clinic.example"})
    assert response.status_code == 202
    (msg,) = inbox.messages
    assert msg["To"] == "bo@clinic.example"
    link = re.search(r"https://matcher\.example/briefs/\S+", _body(msg)).group(0)
    assert link.endswith(response.json["token"])
    assert client.get(link.removeprefix("https://matcher.example")).status_code == 200
    assert [m.delivered_to for m in _mails(rt)] == ["smtp"]
    runtime_mod._current = None
    rt.db.dispose()


def test_a_server_that_cannot_be_reached_is_recorded_and_the_message_sent_again(tmp_path, monkeypatch):
    port = _free_port()
    rt, client = _app(tmp_path, smtp_url=f"smtp://127.0.0.1:{port}")
    from matcher import jobs

    monkeypatch.setattr(jobs, "enqueue_brief_match", lambda *_a, **_k: None)
    sent = client.post("/briefs/new", data={"scope": SCOPE, "contact_email": "cy@clinic.example"})
    assert sent.status_code == 302  # the brief is stored whatever happens to its mail
    (failed,) = _mails(rt)
    assert failed.state == "failed" and failed.attempts == 1 and "Connection" in failed.error
    # The mail server comes up; an admin sends the message again.
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with rt.db.session() as session:
            make_account(session, "admin@example.com", role="admin")
        login(client, "admin@example.com", PASSWORD)
        page = client.get("/admin/mail?state=failed").get_data(as_text=True)
        assert "cy@clinic.example" in page and "Send again" in page
        assert client.post(f"/admin/mail/{failed.id}/resend").status_code == 302
    finally:
        controller.stop()
    (again,) = _mails(rt)
    assert again.state == "sent" and again.attempts == 2 and len(inbox.messages) == 1
    runtime_mod._current = None
    rt.db.dispose()


@pytest.mark.usefixtures("fast_jobs")
def test_lost_links_go_to_the_address_on_the_briefs_and_the_page_tells_no_one_else(client, rt):
    for _ in range(2):
        client.post("/briefs/new", data={"scope": SCOPE, "contact_email": "Dee@Clinic.example"})
    before = len(_mails(rt))
    known = client.post("/briefs/lost", data={"email": "dee@clinic.example"}, follow_redirects=True)
    unknown = client.post("/briefs/lost", data={"email": "nobody@clinic.example"}, follow_redirects=True)
    message = "If we hold briefs with that address, their links are on their way to it."
    assert message in known.get_data(as_text=True) and message in unknown.get_data(as_text=True)
    (sent,) = _mails(rt)[before:]
    assert sent.kind == "brief_links" and sent.to_address == "Dee@Clinic.example"
    assert sent.body.count("http://127.0.0.1:5000/briefs/") == 2
    bad = client.post("/briefs/lost", data={"email": "not an address"})
    assert bad.status_code == 422 and "email address" in bad.get_data(as_text=True)


def _reset_link(rt) -> str:
    item = [m for m in _mails(rt) if m.kind == "password_reset"][-1]
    return re.search(r"http://127\.0\.0\.1:5000(/password/reset/\S+)", item.body).group(1)


def test_a_password_reset_works_once_and_says_nothing_of_unknown_addresses(client, rt, session):
    make_account(session, "eve@agency.example")
    session.commit()
    message = "If an account uses that address"
    for email in ("eve@agency.example", "nobody@agency.example"):
        page = client.post("/password/forgot", data={"email": email}, follow_redirects=True)
        assert message in page.get_data(as_text=True)
    assert [m.to_address for m in _mails(rt)] == ["eve@agency.example"]
    link = _reset_link(rt)
    assert client.get(link).status_code == 200
    weak = client.post(link, data={"new_password": "password123"})
    assert weak.status_code == 422 and "too easy to guess" in weak.get_data(as_text=True)
    new = "violet harbour lantern 42"
    assert client.post(link, data={"new_password": new}).status_code == 302
    old = client.post("/login", data={"email": "eve@agency.example", "password": PASSWORD})
    assert old.status_code == 401  # the old password no longer works
    assert client.post("/login", data={"email": "eve@agency.example", "password": new}).status_code == 302
    client.post("/logout")
    spent = client.get(link)
    assert spent.status_code == 410 and "expired or was already used" in spent.get_data(as_text=True)


def test_an_expired_reset_link_is_refused(client, rt, session):
    make_account(session, "fay@agency.example")
    session.commit()
    client.post("/password/forgot", data={"email": "fay@agency.example"})
    link = _reset_link(rt)
    with rt.db.session() as s:
        reset = s.query(PasswordReset).one()
        reset.expires_at = reset.expires_at - timedelta(hours=2)
    assert client.post(link, data={"new_password": "violet harbour lantern 42"}).status_code == 410
