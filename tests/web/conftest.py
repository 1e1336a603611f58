"""Fixtures for the web tests: the app on the test runtime and its clients, inline jobs; the data builders
are in kit.py."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from matcher.models import Brief, Provider
from matcher.ranking.shortlist import RankResult, factor
from matcher.usecases.briefs import store_matches
from web import create_app


@pytest.fixture
def app(rt):
    """The app on the test runtime; CSRF off so tests post forms directly (one test turns it back on)."""
    app = create_app(runtime=rt)
    app.config["WTF_CSRF_ENABLED"] = False
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def csrf_app(rt):
    """The app exactly as configured for production: CSRF protection on."""
    return create_app(runtime=rt)


@pytest.fixture
def fast_jobs(monkeypatch):
    """Stand-ins for the slow engines: vetting/indexing is recorded, matching stores a fixed shortlist.

    Returns the record of provider ids sent for re-vetting.
    """
    from matcher import jobs
    from matcher.jobs import tasks
    from matcher.jobs.entry import job

    revetted: list[int] = []
    monkeypatch.setattr(jobs, "process_providers", lambda _rt, ids, *_a, **_k: revetted.extend(ids))

    @job  # a job like the real one: dispatch runs it on the submitter's runtime
    def fake_match(rt, brief_id: int) -> str:
        with rt.db.session() as session:
            brief = session.get(Brief, brief_id)
            providers = (
                session.query(Provider).filter(Provider.status == "verified").order_by(Provider.id).all()
            )
            matches = [
                SimpleNamespace(
                    provider_id=p.id,
                    score=0.8 - i / 10,
                    reasons={
                        "summary": [f"{p.name} offers the services you asked for."],
                        # the engine's own factor shape
                        "factors": {"semantic": factor(0.7, 0.5), "services": factor(1.0, 0.2)},
                    },
                )
                for i, p in enumerate(providers)
            ]
            empty = None if matches else "No verified provider offers these services yet."
            store_matches(session, brief, RankResult(matches=matches, empty_reason=empty))
        return "done"

    monkeypatch.setattr(tasks, "match_brief", fake_match)
    return revetted
