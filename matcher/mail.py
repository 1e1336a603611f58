"""Delivering one e-mail: by SMTP where SMTP_URL is set, else as an .eml file in the outbox folder (the
embedded default: a new user opens the file, nothing is lost and no server is needed)."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from matcher.config import Settings
from matcher.models.base import utcnow

log = logging.getLogger(__name__)
TIMEOUT_S = 20


def message(settings: Settings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="seo-matcher")
    msg.set_content(body)
    return msg


def deliver(settings: Settings, msg: EmailMessage, name: str) -> str:
    """Send the message; returns where it went ("smtp" or the outbox file). Raises OSError or
    smtplib.SMTPException when the server refuses it or cannot be reached."""
    if settings.smtp_url:
        _smtp(settings.smtp_url, msg)
        return "smtp"
    folder = Path(settings.outbox)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.eml"
    path.write_bytes(bytes(msg))
    log.warning("mail to %s written to %s (no SMTP_URL set)", msg["To"], path)
    return str(path)


def _smtp(url: str, msg: EmailMessage) -> None:
    parts = urlsplit(url)
    options = {k: v[-1].lower() for k, v in parse_qs(parts.query).items()}
    secure = parts.scheme == "smtps"
    port = parts.port or (465 if secure else 25)
    if secure:
        client: smtplib.SMTP = smtplib.SMTP_SSL(parts.hostname, port, timeout=TIMEOUT_S,
                                                context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(parts.hostname, port, timeout=TIMEOUT_S)
    with client:
        if not secure and options.get("starttls") in ("1", "true", "yes"):
            client.starttls(context=ssl.create_default_context())
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(msg)
