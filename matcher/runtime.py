"""The per-process runtime: settings and database, built once and shared by CLI, web and jobs."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from matcher.config import Settings, load_settings
from matcher.db import Database
from matcher.schemas import set_text_limit


@dataclass
class Runtime:
    settings: Settings
    db: Database
    extras: dict = field(default_factory=dict)


_current: Runtime | None = None
_lock = threading.Lock()


def build(settings: Settings) -> Runtime:
    set_text_limit(settings.max_text_chars)
    return Runtime(settings=settings, db=Database(settings.database_url))


def install(runtime: Runtime) -> Runtime:
    """Make `runtime` the one this process uses (the web app and tests call this)."""
    global _current
    with _lock:
        _current = runtime
    return runtime


def current() -> Runtime:
    """The installed runtime, or one built from the environment (a worker process)."""
    global _current
    with _lock:
        if _current is None:
            _current = build(load_settings())
        return _current


def reset() -> None:
    global _current
    with _lock:
        if _current is not None:
            _current.db.dispose()
        _current = None
