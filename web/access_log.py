"""gunicorn's access log without secrets: a brief's token (in the page address /briefs/<token>, in
`?token=` on the API, and in the Referer of the pages a shortlist links to) is the buyer's only key, and
log files are read by more people than should see every shortlist. Used through gunicorn.conf.py's
`logger_class`."""

from __future__ import annotations

import re

from gunicorn.glogging import Logger

# A page token is long and random; numeric ids (/api/v1/briefs/42) are not secret and stay readable.
_SECRETS = re.compile(r"(/briefs/)(?!\d+(?:[/?#\s]|$))[A-Za-z0-9_\-]{8,}|((?:^|[?&])token=)[^&\s#]*",
                      re.IGNORECASE)


def redact(text: str) -> str:
    return _SECRETS.sub(lambda m: f"{m.group(1) or m.group(2)}[redacted]", text)


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {k: redact(v) if isinstance(v, str) else v for k, v in atoms.items()}
