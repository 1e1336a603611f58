"""The faiss side of the index: exact search, or an HNSW graph plus an exact tail for recent changes.

Exact (the collection is at most `ann_threshold`): one IndexIDMap2 over IndexFlatIP holds every vector.
Approximate (past it): IndexIDMap2 over IndexHNSWFlat (inner product) built from a snapshot. HNSW cannot
delete, and rebuilding it takes a while (5 s for 10k vectors, 70 s for 100k on 2 busy cores), so a
provider updated or removed after the build is marked dead in the graph (filtered out by an IDSelector at
search time) and its new vector goes to the exact tail. Search merges both. Once the tail plus the dead
grow past TAIL_FRACTION of the collection, `maintain` rebuilds the graph from the live vectors.
Vectors are unit length, so inner product is cosine similarity.
"""

from __future__ import annotations

import faiss
import numpy as np

# HNSW parameters, tuned with bench/index_bench.py (embeddings of generated profiles, brief queries, one
# query at a time, 2 cores under load), recall@10 against exact search and median latency:
#   100k vectors: efSearch 32: 0.926, 0.16 ms | 64: 0.975, 0.26 ms | 96: 0.986, 0.37 ms  (exact 21 ms)
#    10k vectors: efSearch 32: 0.980, 0.08 ms | 64: 0.993, 0.13 ms | 96: 0.998, 0.18 ms  (exact 0.35 ms)
# efSearch 96 keeps recall@10 near 0.99 with margin for growth; M=32 builds 100k in about 70 s.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 96
# Rebuild the graph once this many rows (at least TAIL_MIN) are served by the tail or dead in the graph.
TAIL_FRACTION = 0.1
TAIL_MIN = 1000


def _as_ids(ids) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(ids, dtype=np.int64).reshape(-1))


def build_hnsw(ids: np.ndarray, vectors: np.ndarray, m: int = HNSW_M,
               ef_construction: int = HNSW_EF_CONSTRUCTION) -> faiss.Index:
    hnsw = faiss.IndexHNSWFlat(vectors.shape[1], m, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = ef_construction
    index = faiss.IndexIDMap2(hnsw)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), _as_ids(ids))
    return index


class Searcher:
    def __init__(self, dimension: int):
        self.dimension = dimension
        self.flat = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        self.flat_ids: set[int] = set()
        self.ann: faiss.Index | None = None
        self.ann_versions: dict[int, int] = {}  # id -> content version the graph holds
        self.dead: set[int] = set()
        self.ef_search = HNSW_EF_SEARCH
        self._selector = None  # (IDSelectorBatch, IDSelectorNot) kept together: faiss does not own them

    @property
    def kind(self) -> str:
        return "approximate" if self.ann is not None else "exact"

    # -- changes ---------------------------------------------------------------------------------
    def upsert(self, ids, vectors: np.ndarray) -> None:
        ids = _as_ids(ids)
        self._drop(ids)
        self.flat.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
        self.flat_ids.update(ids.tolist())

    def remove(self, ids) -> None:
        self._drop(_as_ids(ids))

    def _drop(self, ids: np.ndarray) -> None:
        in_flat = [i for i in ids.tolist() if i in self.flat_ids]
        if in_flat:
            self.flat.remove_ids(faiss.IDSelectorBatch(_as_ids(in_flat)))
            self.flat_ids.difference_update(in_flat)
        newly_dead = [i for i in ids.tolist() if i in self.ann_versions and i not in self.dead]
        if newly_dead:
            self.dead.update(newly_dead)
            self._selector = None

    # -- search ----------------------------------------------------------------------------------
    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        # One query gains nothing from OpenMP threads, and on a busy machine their spin-waiting costs
        # two orders of magnitude (10k vectors, 2 cores under load: 60 ms with 2 threads, 0.33 ms with 1).
        # The thread count is per calling thread in OpenMP, so this leaves graph building parallel.
        previous = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            return self._search(query, k)
        finally:
            faiss.omp_set_num_threads(previous)

    def _search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        hits: list[tuple[int, float]] = []
        if self.flat.ntotal:
            scores, ids = self.flat.search(q, min(k, self.flat.ntotal))
            hits += [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        if self.ann is not None and self.ann.ntotal > len(self.dead):
            params = faiss.SearchParametersHNSW()
            params.efSearch = max(self.ef_search, k)
            if self.dead:
                params.sel = self._dead_filter()
            scores, ids = self.ann.search(q, k, params=params)
            hits += [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        hits.sort(key=lambda h: -h[1])
        return hits[:k]

    def _dead_filter(self):
        if self._selector is None:
            batch = faiss.IDSelectorBatch(_as_ids(sorted(self.dead)))
            self._selector = (batch, faiss.IDSelectorNot(batch))
        return self._selector[1]

    # -- graph upkeep ----------------------------------------------------------------------------
    def maintain(self, ids: np.ndarray, versions: np.ndarray, vectors: np.ndarray, threshold: int) -> bool:
        """Switch between exact and approximate, or rebuild a graph whose tail grew; True on any change."""
        n = len(ids)
        if n <= threshold:
            if self.ann is None:
                return False
            self._reset_flat(ids, vectors)
            return True
        if self.ann is not None and len(self.flat_ids) + len(self.dead) <= max(TAIL_MIN, TAIL_FRACTION * n):
            return False
        self.ann = build_hnsw(ids, vectors)
        self.ann_versions = dict(zip(ids.tolist(), versions.tolist(), strict=True))
        self.dead, self._selector = set(), None
        self.flat = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
        self.flat_ids = set()
        return True

    def _reset_flat(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        self.ann, self.ann_versions, self.dead, self._selector = None, {}, set(), None
        self.flat = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
        self.flat_ids = set()
        if len(ids):
            self.upsert(ids, vectors)

    # -- persistence -----------------------------------------------------------------------------
    def ann_arrays(self) -> dict[str, np.ndarray]:
        if self.ann is None:
            return {}
        ann_ids = _as_ids(list(self.ann_versions))
        return {
            "ann": faiss.serialize_index(self.ann),
            "ann_ids": ann_ids,
            "ann_versions": _as_ids([self.ann_versions[i] for i in ann_ids.tolist()]),
            "ann_dead": _as_ids(sorted(self.dead)),
        }

    @classmethod
    def from_arrays(cls, dimension: int, ids: np.ndarray, versions: np.ndarray, vectors: np.ndarray,
                    arrays: dict[str, np.ndarray]) -> Searcher:
        """Restore from a base file: the graph as saved, the rest of the live rows in the exact tail."""
        searcher = cls(dimension)
        if "ann" not in arrays:
            searcher._reset_flat(ids, vectors)
            return searcher
        searcher.ann = faiss.deserialize_index(arrays["ann"])
        if searcher.ann.d != dimension:
            raise ValueError(f"graph has dimension {searcher.ann.d}, expected {dimension}")
        searcher.ann_versions = dict(zip(arrays["ann_ids"].tolist(), arrays["ann_versions"].tolist(),
                                         strict=True))
        live = dict(zip(ids.tolist(), versions.tolist(), strict=True))
        # Dead: marked so when saved, or whose live version is not the one in the graph.
        searcher.dead = set(arrays["ann_dead"].tolist()) | {
            i for i, v in searcher.ann_versions.items() if live.get(i) != v
        }
        served = searcher.ann_versions.keys() - searcher.dead
        tail = np.array([i not in served for i in ids.tolist()], dtype=bool)
        if tail.any():
            searcher.upsert(ids[tail], vectors[tail])
        return searcher
