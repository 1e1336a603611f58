"""Vetting and indexing providers that were created or changed: queued for workers with Redis, else here."""

from __future__ import annotations

import logging

from sqlalchemy import select

from matcher.jobs import bulk
from matcher.jobs.queue import enqueue_provider_work
from matcher.models import Provider
from matcher.progress import ProgressFactory, no_progress
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

# From this many changed providers on, the work goes in chunks (bulk.py) rather than one job pair each.
BULK_AT = 20


def process_providers(
    rt: Runtime, provider_ids: list[int], progress: ProgressFactory | None = None, inline: bool = False,
    wait: bool = False,
) -> None:
    """Vet, then index, committed providers. A few (an edit): one job pair each with Redis, deduplicated
    per version. Many (an import): chunks (bulk.py), rq jobs with Redis (`wait` shows their progress),
    else, or when `inline`, here and now."""
    if not provider_ids:
        return
    if rt.settings.uses_redis and not inline and len(provider_ids) < BULK_AT:
        with rt.db.session() as session:
            stmt = select(Provider.id, Provider.content_version).where(Provider.id.in_(provider_ids))
            versions = dict(session.execute(stmt).all())
        for pid in provider_ids:
            enqueue_provider_work(rt, pid, versions.get(pid, 0))
        return
    try:
        bulk.vet_and_index(rt, provider_ids, progress or no_progress, wait=wait, inline=inline)
    except Exception:  # noqa: BLE001 - as a worker would: what the user stored is committed, and the
        # index repair (reconcile) and a re-run of the command catch up
        log.exception("vetting and indexing %d provider(s) failed; they are stored", len(provider_ids))
