"""Loading a ProviderIndex from its files and writing its changes back (file layout: store.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from matcher.index import searcher as searcher_mod
from matcher.index.searcher import Searcher
from matcher.index.store import IndexCorrupt, IndexStore, Manifest, new_uid, pairs_checksum

if TYPE_CHECKING:
    from matcher.index.vectors import ProviderIndex

# Fold the segments into a new base past this many files, or once they hold this share of the rows
# (at least SEGMENT_MIN_ROWS): loading stays a handful of reads, and the base rewrite is amortised.
MAX_SEGMENTS = 64
SEGMENT_FRACTION = 0.25
SEGMENT_MIN_ROWS = 256
_LOAD_ATTEMPTS = 3


def load_into(index: ProviderIndex, store: IndexStore) -> bool:
    """Bring `index` to the generation the manifest names; True when anything was loaded.

    Only new segments are applied when the base is the one already held. A data file that vanished
    meanwhile (a writer replaced the generation) means the manifest is re-read and the load retried.
    """
    for _attempt in range(_LOAD_ATTEMPTS):
        manifest = store.read_manifest()
        held = index.manifest
        if held is not None and (manifest.uid, manifest.generation) == (held.uid, held.generation):
            return False
        if manifest.model != index.model or manifest.dimension != index.dimension:
            raise IndexCorrupt(f"index built with {manifest.model}/{manifest.dimension}, "
                               f"expected {index.model}/{index.dimension}")
        try:
            _load(index, store, manifest, held)
        except FileNotFoundError:
            index.manifest = None
            continue
        except (IndexCorrupt, ValueError, RuntimeError) as exc:  # RuntimeError: faiss refused the graph
            index.manifest = None  # memory may hold part of it: the next load starts from the base
            raise exc if isinstance(exc, IndexCorrupt) else IndexCorrupt(str(exc)) from exc
        if len(index) != manifest.count:
            index.manifest = None
            raise IndexCorrupt(f"manifest says {manifest.count} vectors, the files hold {len(index)}")
        index.manifest = manifest
        return True
    raise IndexCorrupt("the index files keep changing under the reader")


def _load(index: ProviderIndex, store: IndexStore, manifest: Manifest, held: Manifest | None) -> None:
    incremental = (
        held is not None
        and held.uid == manifest.uid
        and held.base == manifest.base
        and manifest.segments[: len(held.segments)] == held.segments
    )
    if incremental:
        todo = manifest.segments[len(held.segments):]
    else:
        base = store.read_arrays(manifest.base)
        ids, versions, vectors = _rows(base, index.dimension)
        searcher = Searcher.from_arrays(index.dimension, ids, versions, vectors, base)
        index.set_rows(ids, versions, vectors, searcher)
        todo = manifest.segments
    for ref in todo:
        segment = store.read_arrays(ref)
        ids, versions, vectors = _rows(segment, index.dimension)
        index.remove(np.asarray(segment["removed"], dtype=np.int64))
        if len(ids):
            index.upsert(ids, versions, vectors)


def _rows(arrays: dict[str, np.ndarray], dimension: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    try:
        ids, versions, vectors = arrays["ids"], arrays["versions"], arrays["vectors"]
    except KeyError as exc:
        raise IndexCorrupt(f"missing array {exc}") from exc
    if ids.ndim != 1 or versions.shape != ids.shape or vectors.shape != (len(ids), dimension):
        raise IndexCorrupt(f"arrays of shapes {ids.shape}, {versions.shape}, {vectors.shape} "
                           f"do not make {dimension}-dimensional rows")
    if not np.isfinite(vectors).all():
        raise IndexCorrupt("vectors hold NaN or infinity")
    # copy=False: at 100k providers each needless copy of the matrix costs about 0.7 s of an open.
    return (ids.astype(np.int64, copy=False), versions.astype(np.int64, copy=False),
            vectors.astype(np.float32, copy=False))


def persist(index: ProviderIndex, store: IndexStore, touched: set[int], full: bool = False) -> None:
    """Write the rows in `touched` as a segment, or the whole index as a new base; then the manifest.

    Called by ProviderIndex.writer() with the file lock held.
    """
    prev = index.manifest
    if not touched and not full and prev is not None:
        return
    ids, versions, vectors = index.arrays()
    graph_changed = index.searcher.maintain(ids, versions, vectors, index.ann_threshold)
    generation = prev.generation + 1 if prev else 1
    pending = sum(s.rows for s in prev.segments) + len(touched) if prev else 0
    fold = (
        full or prev is None or graph_changed or len(prev.segments) >= MAX_SEGMENTS
        or pending > max(SEGMENT_MIN_ROWS, SEGMENT_FRACTION * prev.base.rows)
    )
    if fold:
        arrays = {"ids": ids, "versions": versions, "vectors": vectors, **index.searcher.ann_arrays()}
        base, segments = store.write_arrays("base", generation, arrays), []
    else:
        live = np.array(sorted(i for i in touched if index.version_of(i) is not None), dtype=np.int64)
        rows = index.rows_of(live)
        removed = np.array(sorted(i for i in touched if index.version_of(i) is None), dtype=np.int64)
        arrays = {"ids": live, "versions": versions[rows],
                  "vectors": vectors[rows].reshape(-1, index.dimension), "removed": removed}
        base, segments = prev.base, [*prev.segments, store.write_arrays("seg", generation, arrays)]
    manifest = Manifest(
        uid=prev.uid if prev else new_uid(),
        generation=generation,
        model=index.model,
        dimension=index.dimension,
        count=len(ids),
        kind=index.searcher.kind,
        base=base,
        segments=segments,
        db_state={"count": len(ids), "checksum": pairs_checksum(ids, versions)},
        params={
            "ann_threshold": index.ann_threshold,
            "hnsw_m": searcher_mod.HNSW_M,
            "ef_construction": searcher_mod.HNSW_EF_CONSTRUCTION,
            "ef_search": index.searcher.ef_search,
        },
    )
    store.write_manifest(manifest)
    store.remove_unused(manifest.files() | (prev.files() if prev else set()))
    index.manifest = manifest
