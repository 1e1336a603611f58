"""The Alembic chain has one head and produces exactly the models' schema on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from matcher.db import make_engine
from matcher.migrate import alembic_config, current_revision, upgrade
from matcher.models import Base
from tests.conftest import pg_schema


def test_one_head():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def _assert_no_drift(url: str) -> None:
    upgrade(url)
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    assert current_revision(url) == head
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
    finally:
        engine.dispose()
    assert diff == []
    upgrade(url)  # running it again is harmless


def test_migrations_match_models_sqlite(tmp_path):
    _assert_no_drift(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.postgres
def test_migrations_match_models_postgres():
    with pg_schema() as url:
        _assert_no_drift(url)
