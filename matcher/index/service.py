"""The index of this process, kept in step with the database (the source of truth).

- `get_index(rt)` holds one ProviderIndex per runtime (passed in: nothing here reads a global). The
  first call loads the files and compares the (id, content_version) pairs with the database, repairing
  any difference (a stale index); a missing or corrupt index is rebuilt. Later calls cost one stat of
  the manifest, reloading when it changed.
  With Redis configured, a web process leaves a large repair to the worker (its warm-up and its periodic
  repair job): it removes deleted providers at once and embeds at most INLINE_REPAIR_MAX itself.
- Writers embed outside the file lock (the slow part), then, holding it, load the newest generation,
  check the database again and apply: a provider deleted meanwhile is removed, never re-added, and an
  older version never overwrites a newer one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import selectinload

from matcher.db import Database, in_lists
from matcher.embedding_cache import document_cache
from matcher.index.documents import provider_document
from matcher.index.store import IndexStore, IndexUnavailable
from matcher.index.vectors import ProviderIndex
from matcher.models import Provider
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

_KEY = "provider_index"
_create_lock = threading.Lock()
BATCH = 256  # providers loaded and embedded together by rebuild and repair
INLINE_REPAIR_MAX = 32


def _index_for(rt: Runtime) -> ProviderIndex:
    """The runtime's ProviderIndex object, created unloaded if needed."""
    index = rt.extras.get(_KEY)
    if index is None:
        with _create_lock:
            index = rt.extras.get(_KEY)
            if index is None:
                index = ProviderIndex(store=IndexStore(rt.settings.index_dir),
                                      ann_threshold=rt.settings.ann_threshold)
                rt.extras[_KEY] = index
    return index


def get_index(rt: Runtime) -> ProviderIndex:
    """The runtime's index: loaded, reloaded when a newer one is on disk, rebuilt when unusable."""
    index = _index_for(rt)
    first = index.manifest is None
    try:
        try:
            index.refresh()
        except IndexUnavailable as exc:
            log.warning("index unusable (%s); rebuilding it from the database", exc)
            _recover(rt.db, index)
            return index
    except OSError as exc:  # INDEX_DIR is a file, unreadable, on a full disk: not repairable from here
        log.error("the index folder %s cannot be used: %s", rt.settings.index_dir, exc)
        raise IndexUnavailable(f"the index folder cannot be used ({exc.strerror or exc})") from exc
    if first:
        reconcile(rt, index, max_embed=INLINE_REPAIR_MAX if rt.settings.uses_redis else None)
    return index


def _recover(db: Database, index: ProviderIndex) -> None:
    """Make the files usable again. Embedding is the slow part (about 10 profiles a second per core), so
    vectors this process still holds are reused: written out, then only the difference with the database is
    embedded. A process holding nothing re-embeds everything."""
    with index.store.locked():
        try:  # another process may have repaired it while this one waited for the lock
            index.refresh(force=True)
            return
        except IndexUnavailable:
            pass
        if not len(index):
            _rebuild_into(db, index)
            return
        log.warning("rewriting the index from the %d vectors in memory, then repairing it", len(index))
        with index.writer(replace=True):
            # Rows in memory are (id, version, vector) triples that were right when loaded, even after a
            # half-applied segment: the database comparison fixes whatever is missing or outdated.
            _catch_up(db, index, db_pairs(db))


def rebuild(rt: Runtime, progress: Callable[[int], None] | None = None) -> int:
    """Re-embed every provider from the database and replace the index; returns the count.

    `progress(n)` is called as each batch of n providers is embedded.
    """
    return _rebuild_into(rt.db, _index_for(rt), progress)


def _rebuild_into(db: Database, index: ProviderIndex, progress: Callable[[int], None] | None = None) -> int:
    with db.session() as session:
        all_ids = list(session.scalars(select(Provider.id).order_by(Provider.id)))
    fresh = ProviderIndex(index.dimension, ann_threshold=index.ann_threshold)
    for start in range(0, len(all_ids), BATCH):
        ids, versions, vectors = _embed_ids(db, all_ids[start : start + BATCH])
        fresh.upsert(ids, versions, vectors)
        if progress:
            progress(len(all_ids[start : start + BATCH]))
    with index.writer(replace=True):
        ids, versions, vectors = fresh.arrays()
        index.clear()
        index.upsert(ids, versions, vectors)
        # Providers changed or deleted while we embedded: catch up before writing.
        _catch_up(db, index, db_pairs(db))
    _mark_indexed(db, *index.arrays()[:2])
    log.info("index rebuilt: %d providers (%s)", len(index), index.kind)
    return len(index)


def reconcile(rt: Runtime, index: ProviderIndex | None = None, max_embed: int | None = None) -> int:
    """Repair differences between the index and the database; returns how many providers changed.

    Run by get_index(rt) on its first load in a process, by the worker at start and periodically. Past
    `max_embed` providers to embed, only deleted providers are removed (someone else embeds the rest).
    """
    index = index or get_index(rt)
    db = rt.db
    to_embed, to_remove = _diff(index, db_pairs(db))
    if max_embed is not None and len(to_embed) > max_embed:
        log.info("index lacks %d provider(s); leaving them to the worker", len(to_embed))
        if to_remove:
            _write(db, index, lambda: index.remove(to_remove))
        return len(to_remove)
    if not to_embed and not to_remove:
        return 0
    ready = {}
    for start in range(0, len(to_embed), BATCH):
        ids, versions, vectors = _embed_ids(db, to_embed[start : start + BATCH])
        ready.update({pid: (v, vec) for pid, v, vec in zip(ids, versions, vectors, strict=True)})
    changed = _write(db, index, lambda: _catch_up(db, index, db_pairs(db), ready))
    versions = np.array([index.version_of(i) or 0 for i in to_embed])
    _mark_indexed(db, np.array(to_embed, dtype=np.int64), versions)
    log.info("index repaired: %d provider(s) changed", changed)
    return changed


def unindexed(rt: Runtime, provider_ids: list[int] | None = None) -> list[int]:
    """Providers (all, or among `provider_ids`) that the index lacks or holds at an older version."""
    return _diff(get_index(rt), db_pairs(rt.db, provider_ids), only=provider_ids or [])[0]


def sync_provider(rt: Runtime, provider_id: int) -> None:
    """Embed and upsert one provider, or remove it if it no longer exists; records indexed_version."""
    index = get_index(rt)
    db = rt.db
    with db.session() as session:
        version = session.scalar(select(Provider.content_version).where(Provider.id == provider_id))
    if version is None:
        remove_provider(rt, provider_id)
        return
    # Embedded even when the index holds this version already: on SQLite a new provider can reuse the id
    # (and version 1) of a deleted one, so an equal version does not prove equal content.
    ids, versions, vectors = _embed_ids(db, [provider_id])

    def apply() -> None:
        pairs = db_pairs(db, [provider_id])
        if ids and len(pairs[0]) and pairs[1][0] == versions[0]:
            index.upsert(ids, versions, vectors)
        else:  # deleted, or changed again since we read it
            _catch_up(db, index, pairs, only=[provider_id])

    _write(db, index, apply)
    indexed = index.version_of(provider_id)
    if indexed is not None:
        _mark_indexed(db, np.array([provider_id]), np.array([indexed]))


def sync_providers(rt: Runtime, provider_ids: list[int]) -> int:
    """Embed (through the document cache) and upsert many providers in one write; ids deleted since are
    removed. The bulk counterpart of sync_provider; returns how many index rows changed."""
    if not provider_ids:
        return 0
    index, db = get_index(rt), rt.db
    found, versions, vectors = _embed_ids(db, provider_ids)
    ready = {pid: (version, vectors[i]) for i, (pid, version) in enumerate(zip(found, versions, strict=True))}
    changed = _write(
        db, index, lambda: _catch_up(db, index, db_pairs(db, provider_ids), ready, only=provider_ids)
    )
    held = [(pid, index.version_of(pid)) for pid in provider_ids]
    held = [(pid, v) for pid, v in held if v is not None]
    if held:
        _mark_indexed(db, np.array([h[0] for h in held]), np.array([h[1] for h in held]))
    return changed


def remove_provider(rt: Runtime, provider_id: int) -> None:
    index = get_index(rt)
    if index.version_of(provider_id) is None:
        return
    _write(rt.db, index, lambda: index.remove([provider_id]))


def db_pairs(db: Database, ids: Iterable[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(ids, content_versions) of the providers in the database, all or those among `ids`."""
    with db.session() as session:
        if ids is None:
            rows = session.execute(select(Provider.id, Provider.content_version)).all()
        else:
            wanted, rows = list(ids), []
            for chunk in in_lists(wanted):
                stmt = select(Provider.id, Provider.content_version).where(Provider.id.in_(chunk))
                rows += session.execute(stmt).all()
    ids_out = np.array([r[0] for r in rows], dtype=np.int64)
    return ids_out, np.array([r[1] or 1 for r in rows], dtype=np.int64)


def _diff(index: ProviderIndex, pairs, only: list[int] | None = None) -> tuple[list[int], list[int]]:
    """Ids to (re-)embed and ids to remove so the index matches the database `pairs`."""
    db = dict(zip(pairs[0].tolist(), pairs[1].tolist(), strict=True))
    scope = index.ids.tolist() if only is None else [i for i in only if index.version_of(i) is not None]
    to_remove = [i for i in scope if i not in db]
    to_embed = [i for i, v in db.items() if index.version_of(i) != v]
    return sorted(to_embed), sorted(to_remove)


def _catch_up(
    db: Database, index: ProviderIndex, pairs, ready: dict | None = None, only: list[int] | None = None
) -> int:
    """With the lock held: make the index match `pairs`, using vectors in `ready` whose versions agree."""
    db = dict(zip(pairs[0].tolist(), pairs[1].tolist(), strict=True))
    to_embed, to_remove = _diff(index, pairs, only)
    index.remove(to_remove)
    ready = dict(ready or {})
    # Changed again since it was embedded (or never embedded): embed now, under the lock; rare and few.
    late = [i for i in to_embed if i not in ready or ready[i][0] != db[i]]
    if late:
        ids, versions, vectors = _embed_ids(db, late)
        ready.update(zip(ids, zip(versions, vectors, strict=True), strict=True))
    for pid in to_embed:
        if pid in ready:
            version, vector = ready[pid]
            index.upsert([pid], [version], vector.reshape(1, -1))
    return len(to_embed) + len(to_remove)


def _write(db: Database, index: ProviderIndex, change: Callable[[], object]):
    """Run `change` inside index.writer(); an unusable index on disk is rebuilt first, then retried."""
    try:
        with index.writer():
            return change()
    except IndexUnavailable as exc:
        log.warning("index unusable while writing (%s); rebuilding it from the database", exc)
        _recover(db, index)
        with index.writer():
            return change()


def _embed_ids(db: Database, ids: list[int]) -> tuple[list[int], list[int], np.ndarray]:
    """Load providers by id and embed their documents; ids not found are left out."""
    if not ids:
        return [], [], np.zeros((0, 0), dtype=np.float32)
    with db.session() as session:
        stmt = (select(Provider).where(Provider.id.in_(ids)).order_by(Provider.id)
                .options(selectinload(Provider.tags), selectinload(Provider.case_studies)))
        providers = list(session.scalars(stmt))
        docs = [provider_document(p) for p in providers]
        found = [p.id for p in providers]
        versions = [p.content_version or 1 for p in providers]
    return found, versions, document_cache(db).encode(docs)


def _mark_indexed(db: Database, ids: np.ndarray, versions: np.ndarray) -> None:
    """Record providers.indexed_version without touching updated_at (bookkeeping is not an edit)."""
    if not len(ids):
        return
    table = Provider.__table__
    stmt = (update(table).where(table.c.id == bindparam("pid"))
            .values(indexed_version=bindparam("ver"), updated_at=table.c.updated_at))
    params = [{"pid": int(i), "ver": int(v)} for i, v in zip(ids, versions, strict=True)]
    with db.session() as session:
        for start in range(0, len(params), 1000):
            session.execute(stmt, params[start : start + 1000])
