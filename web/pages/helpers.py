"""Small helpers the page views share: form parsing, error maps, pagination, safe redirects."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Response, current_app, request, url_for
from flask_login import current_user
from marshmallow import ValidationError

from matcher.ranking.markets import country_code, language_code
from matcher.schemas import flatten_messages

_SPLIT = re.compile(r"[,;\n]+")


def split_codes(raw: str | None, kind: str | None = None) -> list[str]:
    """'US, gb;de' -> ['US', 'gb', 'de']; with `kind` ("countries", "languages") names become codes too
    ('United Kingdom, UK' -> ['GB', 'GB'], 'English' -> ['en']). Codes typed with spaces ('US GB') still
    split. The schema normalises case and checks each code; a name it cannot read reaches it as typed."""
    resolve = {"countries": country_code, "languages": language_code}.get(kind or "", lambda x: x)
    out: list[str] = []
    for part in (p.strip() for p in _SPLIT.split(raw or "")):
        words = part.split()
        if len(words) > 1 and all(len(w) == 2 for w in words):
            out += words
        elif part:
            out.append(resolve(part))
    return out


def form_errors(exc: ValidationError) -> dict[str, list[str]]:
    """Marshmallow messages keyed by form field: 'countries.0' joins 'countries'; case-study rows keep
    their own keys ('case_studies.0.title') because each row has its own inputs."""
    out: dict[str, list[str]] = {}
    for key, messages in flatten_messages(exc.messages).items():
        parts = key.split(".")
        name = key if parts[0] == "case_studies" and len(parts) >= 3 else parts[0]
        out.setdefault(name, []).extend(messages)
    return out


@dataclass
class Pager:
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def first_item(self) -> int:
        return 0 if self.total == 0 else (self.page - 1) * self.per_page + 1

    @property
    def last_item(self) -> int:
        return min(self.total, self.page * self.per_page)

    def url(self, page: int) -> str:
        """This page's URL with every other query argument kept."""
        args = request.args.to_dict(flat=False)
        args["page"] = [str(page)]
        return url_for(request.endpoint, **(request.view_args or {}), **args)


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: never another host, so log-in cannot be used as an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def home_for_current_user() -> str:
    if current_user.is_authenticated and current_user.role == "admin":
        return url_for("admin.review_queue")
    if current_user.is_authenticated and current_user.role == "provider":
        return url_for("provider_area.profile")
    return url_for("public.index")


def public_url_for(endpoint: str, **values) -> str:
    """The address of a page for people to keep or share: PUBLIC_URL plus its path. Never built from the
    request's Host header, which any client sets (a forged one made "keep this link" point elsewhere);
    without PUBLIC_URL it is the path alone."""
    path = url_for(endpoint, **values)
    base = current_app.extensions["matcher_settings"].public_url
    return f"{base}{path}" if base else path


# Where the development server answers: the base of links in mail when PUBLIC_URL is not set (a mail needs a
# whole address; the request's Host header is never used, as above).
LOCAL_URL = "http://127.0.0.1:5000"


def mail_link(endpoint: str, **values) -> str:
    """The whole address of a page, for a link in an e-mail: PUBLIC_URL (or LOCAL_URL) plus its path."""
    base = current_app.extensions["matcher_settings"].public_url or LOCAL_URL
    return f"{base}{url_for(endpoint, **values)}"


def errors_sentence(exc: ValidationError) -> str:
    """A refused form's messages as one sentence, for a flash on the page it returns to."""
    return " ".join(m for ms in form_errors(exc).values() for m in ms)


def csv_download(text: str, filename: str) -> Response:
    """A CSV the browser saves (its cells already made safe for spreadsheets by matcher.csv_safety)."""
    safe = "".join(ch for ch in filename if ch.isalnum() or ch in "-._") or "export.csv"
    return Response(text, mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{safe}"'})

