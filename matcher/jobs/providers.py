"""Vetting and indexing providers that were created or changed: queued for workers with Redis, else here."""

from __future__ import annotations

import logging

from sqlalchemy import select

from matcher import index
from matcher.jobs import tasks
from matcher.jobs.queue import enqueue_provider_work
from matcher.models import Provider
from matcher.progress import ProgressFactory, no_progress
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

# Providers vetted in one pass of the model: large batches are what the model is fast at; a chunk's
# findings are committed together.
VET_CHUNK = 200

# Past this many changed providers in one inline batch, one rebuild (batched embedding) beats indexing
# them one by one.
BATCH_REINDEX_AT = 20

def process_providers(
    rt: Runtime, provider_ids: list[int], progress: ProgressFactory | None = None, inline: bool = False
) -> None:
    """Vet, then index, committed providers: one job pair each with Redis (unless `inline`), else now."""
    if not provider_ids:
        return
    progress = progress or no_progress
    if rt.settings.uses_redis and not inline:
        with rt.db.session() as session:
            stmt = select(Provider.id, Provider.content_version).where(Provider.id.in_(provider_ids))
            versions = dict(session.execute(stmt).all())
        for pid in provider_ids:
            enqueue_provider_work(pid, versions.get(pid, 0))
        return
    # As a worker would, a failure is logged and the rest goes on: what the user stored is committed, and
    # the index repair (`reconcile`) and the next change catch up.
    with progress(len(provider_ids), "vetting") as advance:
        for start in range(0, len(provider_ids), VET_CHUNK):
            chunk = provider_ids[start : start + VET_CHUNK]
            _logged(tasks.vet_providers, chunk)
            advance(len(chunk))
    if len(provider_ids) >= BATCH_REINDEX_AT:
        with progress(len(provider_ids), "indexing") as advance:
            _logged(index.rebuild, progress=advance)
    else:
        for pid in provider_ids:
            _logged(index.sync_provider, pid)


def _logged(func, *args, **kwargs) -> None:
    try:
        func(*args, **kwargs)
    except Exception:  # noqa: BLE001 - see process_providers
        log.exception("inline %s%r failed; the provider is stored and will be caught up", func.__name__, args)
