"""Shared fixtures, flaskr-style: settings, runtime (database + index dir), app, client.

The schema is created once per session per database; each test gets a clean database by deleting rows
(fast on SQLite and PostgreSQL alike). PostgreSQL and Redis tests use the real servers and skip with a
reason when they are unreachable, except under CI=true where they must run.
"""

from __future__ import annotations

import os
import socket
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from matcher import runtime as runtime_mod
from matcher.config import load_settings
from matcher.models import Base

os.environ.setdefault("HF_HUB_OFFLINE", "1")
IN_CI = os.environ.get("CI", "").lower() == "true"
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    if _reachable(host, port):
        return
    if IN_CI:
        pytest.fail(f"{name} at {host}:{port} is unreachable, and CI requires it")
    pytest.skip(f"{name} at {host}:{port} is unreachable (start it to run this test)")


def make_settings(tmp_path, database_url: str | None = None, **overrides):
    env = {
        "MATCHER_INSTANCE_DIR": str(tmp_path),
        "DATABASE_URL": database_url or f"sqlite:///{tmp_path / 'test.db'}",
        "INDEX_DIR": str(tmp_path / "index"),
        "SECRET_KEY": "test-secret",
    }
    settings = load_settings(env)
    return settings.with_overrides(testing=True, **overrides)


def _wipe(db) -> None:
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@contextmanager
def pg_schema():
    """A PostgreSQL URL whose connections use a private, throwaway schema (parallel runs do not collide)."""
    require_service("PostgreSQL", "127.0.0.1", 5432)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def _pg_runtime(tmp_path_factory):
    with pg_schema() as url:
        rt = runtime_mod.build(make_settings(tmp_path_factory.mktemp("pg"), url))
        Base.metadata.create_all(rt.db.engine)
        yield rt
        rt.db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_runtime(request, tmp_path):
    """A runtime on SQLite and, as a second run, on the real PostgreSQL (data-layer tests)."""
    if request.param == "sqlite":
        rt = runtime_mod.build(make_settings(tmp_path))
        Base.metadata.create_all(rt.db.engine)
    else:
        rt = request.getfixturevalue("_pg_runtime")
        rt = runtime_mod.Runtime(settings=rt.settings.with_overrides(index_dir=tmp_path / "index"), db=rt.db)
        _wipe(rt.db)
    runtime_mod.install(rt)
    yield rt
    runtime_mod._current = None
    if request.param == "sqlite":
        rt.db.dispose()


@pytest.fixture
def rt(tmp_path):
    """A runtime on a fresh SQLite database in a temp folder, installed for this process."""
    runtime = runtime_mod.build(make_settings(tmp_path))
    Base.metadata.create_all(runtime.db.engine)
    runtime_mod.install(runtime)
    yield runtime
    runtime_mod._current = None
    runtime.db.dispose()


@pytest.fixture
def session(rt):
    with rt.db.session() as s:
        yield s


@pytest.fixture
def redis_url():
    require_service("Redis", "127.0.0.1", 6379)
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    conn.flushdb()
    yield REDIS_URL
    conn.flushdb()
