"""A bound on the costly API requests one web process runs at once (load shedding).

Every API write parses a body and usually vets a text or embeds a brief: up to a second per 10,000
characters. Without a bound, a handful of such requests at once hold every thread and the site stops
answering, /healthz included. So at most `API_BUSY_SLOTS` of them run per process; another waits up to
WAIT_S for a slot and otherwise gets 503 `busy` with Retry-After at once, leaving its thread free.
"""

from __future__ import annotations

import threading

from flask import current_app, g, request

from web.api.core import ApiError

WAIT_S = 0.5  # a normal write takes well under this; a queue of costly ones is told to come back
RETRY_AFTER_S = 2
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def init_app(app) -> None:
    app.extensions["matcher_busy_slots"] = threading.BoundedSemaphore(
        app.extensions["matcher_settings"].busy_slots)
    app.teardown_request(_release)


def acquire() -> None:
    """Take a slot for this request or refuse it with 503 busy; released at the end of the request."""
    if request.method not in WRITE_METHODS:
        return
    slots = current_app.extensions["matcher_busy_slots"]
    if not slots.acquire(timeout=WAIT_S):
        _discard_body()
        raise ApiError(503, "busy", "The service is busy with other requests; please retry shortly.",
                       headers={"Retry-After": str(RETRY_AFTER_S)})
    g.matcher_busy_slot = slots


def _discard_body() -> None:
    """Read and drop the body (Werkzeug bounds it by MAX_CONTENT_LENGTH): a client that sends its whole
    body before reading the reply then gets the 503, not a connection reset by a server that stopped
    listening. Reading is cheap; parsing is what the slot guards."""
    try:
        while request.stream.read(64 * 1024):
            pass
    except Exception:  # noqa: BLE001 - too large or cut off: the 503 is still the answer
        pass


def _release(_exc=None) -> None:
    slots = g.pop("matcher_busy_slot", None)
    if slots is not None:
        slots.release()
