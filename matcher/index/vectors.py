"""ProviderIndex: provider vectors keyed by provider id, in memory, optionally bound to files on disk.

Besides the faiss structures (searcher.py) it keeps the vectors as one float32 matrix with an id array,
because ranking asks for the similarity of a brief to an arbitrary set of candidates: a row lookup and
one matrix product, with no search at all.

Bound to an IndexStore, an instance reloads whenever the manifest on disk changes (one stat per search),
applying only the new segments when its base is unchanged; writes go through `writer()`, which holds the
store's file lock, loads the newest generation first and persists the changes made inside it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from matcher.embeddings import DIMENSION, MODEL_NAME
from matcher.index.persist import load_into, persist
from matcher.index.searcher import Searcher
from matcher.index.store import IndexStore, IndexUnavailable, Manifest

log = logging.getLogger(__name__)


class ProviderIndex:
    def __init__(self, dimension: int = DIMENSION, *, store: IndexStore | None = None,
                 ann_threshold: int = 50_000, model: str = MODEL_NAME):
        self.dimension = dimension
        self.store = store
        self.ann_threshold = ann_threshold
        self.model = model
        self._lock = threading.RLock()
        self.manifest: Manifest | None = None  # the generation this instance reflects
        self._stamp: tuple | None = None
        self._touched: set[int] | None = None  # ids changed inside writer(), persisted on exit
        self.clear()

    @classmethod
    def open(cls, directory, **kwargs) -> ProviderIndex:
        """An instance bound to `directory`, loaded now (raises IndexUnavailable)."""
        index = cls(store=IndexStore(directory), **kwargs)
        index.refresh(force=True)
        return index

    def clear(self) -> None:
        with self._lock:
            self._ids = np.zeros(0, dtype=np.int64)
            self._versions = np.zeros(0, dtype=np.int64)
            self._vecs = np.zeros((0, self.dimension), dtype=np.float32)
            self._n = 0
            self._row: dict[int, int] = {}
            self.searcher = Searcher(self.dimension)

    # -- reading ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._n

    @property
    def ids(self) -> np.ndarray:
        with self._lock:
            return self._ids[: self._n].copy()

    @property
    def kind(self) -> str:
        return self.searcher.kind

    @property
    def generation(self) -> int | None:
        return self.manifest.generation if self.manifest else None

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Views of (ids, versions, vectors) of the live rows; take the lock to keep them steady."""
        return self._ids[: self._n], self._versions[: self._n], self._vecs[: self._n]

    def version_of(self, provider_id: int) -> int | None:
        row = self._row.get(int(provider_id))
        return None if row is None else int(self._versions[row])

    def vector_of(self, provider_id: int) -> np.ndarray | None:
        with self._lock:
            row = self._row.get(int(provider_id))
            return None if row is None else self._vecs[row].copy()

    def rows_of(self, provider_ids) -> np.ndarray:
        """Row of each id in arrays(), -1 for an id not held."""
        wanted = np.asarray(provider_ids, dtype=np.int64).reshape(-1).tolist()
        return np.fromiter((self._row.get(i, -1) for i in wanted), dtype=np.int64, count=len(wanted))

    def search(self, query_vec: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest providers as (provider id, cosine similarity), best first."""
        self._refresh_quietly()
        if k <= 0:
            return []
        with self._lock:
            return self.searcher.search(self._check_query(query_vec), k)

    def similarities(self, query_vec: np.ndarray, provider_ids) -> np.ndarray:
        """Cosine similarity of the query to each provider id; 0.0 for an id not in the index."""
        self._refresh_quietly()
        q = self._check_query(query_vec)
        wanted = np.asarray(provider_ids, dtype=np.int64).reshape(-1)
        out = np.zeros(len(wanted), dtype=np.float32)
        with self._lock:
            rows = self.rows_of(wanted)
            found = rows >= 0
            if found.any():
                out[found] = self._vecs[rows[found]] @ q
        return out

    def _check_query(self, query_vec: np.ndarray) -> np.ndarray:
        q = np.asarray(query_vec, dtype=np.float32).reshape(-1)
        if q.shape[0] != self.dimension:
            raise ValueError(f"query has dimension {q.shape[0]}, the index {self.dimension}")
        return q

    # -- changing (in memory; inside writer() they are also persisted) ---------------------------
    def upsert(self, ids, versions, vectors: np.ndarray) -> None:
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        versions = np.asarray(versions, dtype=np.int64).reshape(-1)
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dimension)
        with self._lock:
            for pid, version, vec in zip(ids.tolist(), versions.tolist(), vectors, strict=True):
                row = self._row.get(pid)
                if row is None:
                    row = self._append_row(pid)
                self._versions[row] = version
                self._vecs[row] = vec
            self.searcher.upsert(ids, vectors)
            if self._touched is not None:
                self._touched.update(ids.tolist())

    def remove(self, ids) -> None:
        with self._lock:
            gone = [int(i) for i in np.asarray(ids, dtype=np.int64).reshape(-1) if int(i) in self._row]
            for pid in gone:
                # Move the last row into the hole: O(1), and the matrix stays dense.
                row, last = self._row.pop(pid), self._n - 1
                if row != last:
                    moved = int(self._ids[last])
                    self._ids[row], self._versions[row], self._vecs[row] = (
                        moved, self._versions[last], self._vecs[last])
                    self._row[moved] = row
                self._n -= 1
            if gone:
                self.searcher.remove(gone)
                if self._touched is not None:
                    self._touched.update(gone)

    def _append_row(self, pid: int) -> int:
        if self._n == len(self._ids):  # grow by doubling: n appends cost O(n) copying in all
            cap = max(64, 2 * len(self._ids))
            self._ids = np.resize(self._ids, cap)
            self._versions = np.resize(self._versions, cap)
            vecs = np.zeros((cap, self.dimension), dtype=np.float32)
            vecs[: self._n] = self._vecs[: self._n]
            self._vecs = vecs
        row = self._n
        self._ids[row] = pid
        self._row[pid] = row
        self._n += 1
        return row

    def set_rows(self, ids: np.ndarray, versions: np.ndarray, vectors: np.ndarray,
                 searcher: Searcher) -> None:
        """Replace the whole contents with freshly loaded arrays, which this instance then owns."""
        with self._lock:
            self._ids = np.array(ids, dtype=np.int64)
            self._versions = np.array(versions, dtype=np.int64)
            self._vecs = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dimension)
            self._n = len(self._ids)
            self._row = {pid: row for row, pid in enumerate(self._ids.tolist())}
            if len(self._row) != self._n:
                raise ValueError("repeated provider ids")
            self.searcher = searcher
            if self._touched is not None:
                self._touched.update(self._row)

    # -- disk ------------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> bool:
        """Load the newest generation on disk if it is not the one held; True when something was loaded.

        Raises IndexMissing / IndexCorrupt; the caller (index.service) rebuilds from the database.
        """
        if self.store is None:
            return False
        stamp = self.store.stamp()
        if not force and stamp is not None and stamp == self._stamp:
            return False
        with self._lock:
            loaded = load_into(self, self.store)
            self._stamp = stamp
            return loaded

    def _refresh_quietly(self) -> None:
        # A search keeps answering from memory when the files are bad; get_index() does the recovery.
        try:
            self.refresh()
        except IndexUnavailable as exc:
            log.warning("index on disk unusable, serving the copy in memory: %s", exc)

    @contextmanager
    def writer(self, *, replace: bool = False) -> Iterator[ProviderIndex]:
        """Hold the file lock, load the newest generation, yield, persist what changed.

        With replace=True nothing is loaded (the caller sets the whole contents, e.g. a rebuild) and a
        fresh base is written. If the body raises, nothing is written and the next refresh reloads.
        """
        if self.store is None:
            raise RuntimeError("this index is not bound to a directory")
        with self.store.locked(), self._lock:
            if replace:
                try:
                    self.manifest = self.store.read_manifest()
                except IndexUnavailable:
                    self.manifest = None
            else:
                self.refresh(force=True)
            self._touched = set()
            try:
                yield self
                persist(self, self.store, self._touched, full=replace)
                self._stamp = self.store.stamp()
            except BaseException:
                self._stamp = None
                self.manifest = None  # memory may be half-changed: force a full reload next time
                raise
            finally:
                self._touched = None
