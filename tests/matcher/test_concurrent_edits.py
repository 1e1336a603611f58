"""Concurrent writers of one provider, for real (threads, one transaction each, on SQLite and PostgreSQL):
no increment of content_version is lost (the index's change detection counts on it), and rewriting tags,
case studies or the questionnaire draft at once never fails on a unique constraint."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from matcher.models import Provider, QuestionnaireResponse
from matcher.usecases.providers import create_provider, update_provider
from matcher.usecases.questionnaire import save_draft

WRITERS = 30
SERVICES = ["link_building", "digital_pr", "technical_seo", "content_marketing", "local_seo"]


def _provider(rt) -> int:
    with rt.db.session() as session:
        return create_provider(session, {"name": "Busy Agency", "description": "We earn links."}).id


def _run_at_once(work) -> list[BaseException]:
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(work, i) for i in range(WRITERS)]
    return [f.exception() for f in futures if f.exception() is not None]


def test_thirty_concurrent_edits_raise_the_version_thirty_times(any_runtime):
    rt = any_runtime
    pid = _provider(rt)

    def edit(i: int) -> None:
        with rt.db.session() as session:
            provider = session.get(Provider, pid)
            changed = update_provider(session, provider, {
                "description": f"We earn links, edit {i}.",
                "services": SERVICES[: 1 + i % len(SERVICES)],
                "countries": ["US", "GB"][: 1 + i % 2],
                "case_studies": [{"title": f"Case {i}", "summary": "Links from trade press."}] * (1 + i % 3),
            })
            assert changed

    assert _run_at_once(edit) == []
    with rt.db.session() as session:
        provider = session.get(Provider, pid)
        assert provider.content_version == 1 + WRITERS
        # The final state is one writer's whole edit, not a mix of two.
        i = int(provider.description.rsplit(" ", 1)[1].rstrip("."))
        assert set(provider.tag_values("services")) == set(SERVICES[: 1 + i % len(SERVICES)])
        assert len(provider.case_studies) == 1 + i % 3


def test_concurrent_draft_saves_keep_one_draft(any_runtime):
    rt = any_runtime
    pid = _provider(rt)

    def save(i: int) -> None:
        with rt.db.session() as session:
            save_draft(session, session.get(Provider, pid), {"link_sources": [f"answer {i}"]})

    assert _run_at_once(save) == []
    with rt.db.session() as session:
        drafts = session.query(QuestionnaireResponse).filter_by(provider_id=pid, submitted_at=None).all()
        assert len(drafts) == 1
