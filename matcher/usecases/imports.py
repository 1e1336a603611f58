"""Importing a provider file end to end: validate all, store in one transaction, then vet and index."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from matcher.models import Provider
from matcher.runtime import Runtime
from matcher.usecases.providers import ImportReport, import_providers

# Past this many changed providers in one inline import, one rebuild (batched embedding) beats
# indexing them one by one.
BATCH_REINDEX_AT = 20

ProgressFactory = Callable[[int, str], AbstractContextManager]


@contextmanager
def no_progress(_total: int = 0, _label: str = "") -> Iterator[Callable[[int], None]]:
    """A ProgressFactory that reports nothing (scripts, tests, non-terminal runs)."""
    yield lambda _n=1: None


def import_file(
    rt: Runtime, lines: list[str], progress: ProgressFactory, inline: bool = False
) -> ImportReport:
    with rt.db.session() as session:
        report = import_providers(session, lines)
        if not report.ok:
            session.rollback()
            return report
    process_changed(rt, report.changed_ids, progress, inline=inline)
    return report


def process_changed(
    rt: Runtime, provider_ids: list[int], progress: ProgressFactory, inline: bool = False
) -> None:
    """Vet and index changed providers: queued for workers with Redis, else (or when asked) here and now."""
    from matcher import index
    from matcher.jobs import enqueue_provider_work, tasks

    if not provider_ids:
        return
    if rt.settings.uses_redis and not inline:
        with rt.db.session() as session:
            versions = {
                p.id: p.content_version for p in session.query(Provider).filter(Provider.id.in_(provider_ids))
            }
        for pid in provider_ids:
            enqueue_provider_work(pid, versions.get(pid, 0))
        return
    with progress(len(provider_ids), "vetting") as advance:
        for pid in provider_ids:
            tasks.vet_provider(pid)
            advance(1)
    if len(provider_ids) >= BATCH_REINDEX_AT:
        with progress(len(provider_ids), "indexing") as advance:
            index.rebuild(progress=advance)
    else:
        for pid in provider_ids:
            index.sync_provider(pid)
