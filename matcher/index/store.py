"""Persisting the index: a base snapshot plus small segment files, named by a JSON manifest.

Layout of `settings.index_dir`:
    manifest.json      the current generation: which files make up the index (with sha256), the model and
                       dimension, the live count, exact/approximate, and the database state it reflects
                       (count and checksum of the (provider id, content_version) pairs it holds)
    base-<gen>.npz     ids, content versions, float32 vectors and, when approximate, the HNSW graph
    seg-<gen>.npz      one write's changes on top of the base: upserted rows and removed ids
    .lock              fcntl lock that writers hold around read-modify-write, so no update is lost

Why segments: updating one provider writes a few kilobytes instead of the whole matrix (150 MB at 100k
providers); segments are folded into a new base once they add up (`ProviderIndex._persist`).
Every file is written under a temporary name, fsynced and os.replace()d, and the manifest goes last: a
reader sees the old generation or the new one, never half of one. The previous generation's files are
kept, so a reader that read the old manifest a moment ago can still open what it names.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

MANIFEST = "manifest.json"
FORMAT = 1


class IndexUnavailable(Exception):
    """The persisted index cannot be used; the database is the source of truth to rebuild it from."""


class IndexMissing(IndexUnavailable):
    pass


class IndexCorrupt(IndexUnavailable):
    pass


@dataclass(frozen=True)
class FileRef:
    file: str
    sha256: str
    rows: int


@dataclass
class Manifest:
    uid: str  # one per lineage: a rebuilt-from-nothing index never looks like an older generation
    generation: int
    model: str
    dimension: int
    count: int
    kind: str
    base: FileRef
    segments: list[FileRef] = field(default_factory=list)
    db_state: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def files(self) -> set[str]:
        return {self.base.file, *(s.file for s in self.segments)}

    @staticmethod
    def parse(raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
            if data.pop("format", None) != FORMAT:
                raise ValueError("unknown format")
            data["base"] = FileRef(**data["base"])
            data["segments"] = [FileRef(**s) for s in data["segments"]]
            manifest = Manifest(**data)
            if not isinstance(manifest.generation, int) or not isinstance(manifest.count, int):
                raise ValueError("generation and count must be integers")
            return manifest
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise IndexCorrupt(f"unreadable manifest: {exc}") from exc


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


def pairs_checksum(ids: np.ndarray, versions: np.ndarray) -> str:
    """sha256 of the sorted (id, content_version) pairs: equal to the database's when the index is current."""
    order = np.argsort(ids, kind="stable")
    pairs = np.stack([ids[order], versions[order]], axis=1).astype("<i8")
    return hashlib.sha256(pairs.tobytes()).hexdigest()


class IndexStore:
    """The files of one index directory. Readers take no lock; writers hold `locked()`."""

    def __init__(self, directory: Path | str):
        self.dir = Path(directory)
        # flock excludes other processes; this re-entrant lock orders threads of this process and lets
        # a thread that holds the file lock take it again (recovery runs inside a write).
        self._thread_lock = threading.RLock()
        self._local = threading.local()

    @property
    def manifest_path(self) -> Path:
        return self.dir / MANIFEST

    @contextmanager
    def locked(self) -> Iterator[None]:
        with self._thread_lock:
            depth = getattr(self._local, "depth", 0)
            if depth:
                self._local.depth = depth + 1
                try:
                    yield
                finally:
                    self._local.depth = depth
                return
            self.dir.mkdir(parents=True, exist_ok=True)
            with open(self.dir / ".lock", "a+b") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
                self._local.depth = 1
                try:
                    yield
                finally:
                    self._local.depth = 0
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def stamp(self) -> tuple[int, int, int] | None:
        """Cheap change detector (one stat): os.replace gives the manifest a new inode and mtime."""
        try:
            st = os.stat(self.manifest_path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def read_manifest(self) -> Manifest:
        try:
            raw = self.manifest_path.read_bytes()
        except FileNotFoundError as exc:
            raise IndexMissing(f"no index at {self.dir}") from exc
        return Manifest.parse(raw)

    def read_arrays(self, ref: FileRef) -> dict[str, np.ndarray]:
        """Load one .npz after checking its sha256 (a torn or truncated file never loads)."""
        data = (self.dir / ref.file).read_bytes()  # FileNotFoundError: the caller re-reads the manifest
        if hashlib.sha256(data).hexdigest() != ref.sha256:
            raise IndexCorrupt(f"{ref.file}: checksum mismatch")
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                return {name: npz[name] for name in npz.files}
        except (ValueError, OSError, EOFError) as exc:
            raise IndexCorrupt(f"{ref.file}: {exc}") from exc

    def write_arrays(self, prefix: str, generation: int, arrays: dict[str, np.ndarray]) -> FileRef:
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        data = buffer.getvalue()
        name = f"{prefix}-{generation:08d}.npz"
        self._atomic_write(name, data)
        rows = len(arrays.get("ids", ())) + len(arrays.get("removed", ()))
        return FileRef(name, hashlib.sha256(data).hexdigest(), rows)

    def write_manifest(self, manifest: Manifest) -> None:
        data = {"format": FORMAT, **asdict(manifest)}
        self._atomic_write(MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode())

    def _atomic_write(self, name: str, data: bytes) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f".{name}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.dir / name)
        # fsync the directory too, or a crash could lose the rename even though the data is on disk.
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def remove_unused(self, keep: set[str]) -> None:
        """Delete data files no kept manifest names, and temporaries left by a writer that died.

        Called with the lock held, so no other writer is half-way through a temporary file.
        """
        for path in self.dir.iterdir():
            name = path.name
            stale_tmp = name.startswith(".") and name.endswith(".tmp")
            old_data = name.endswith(".npz") and name not in keep
            if stale_tmp or old_data:
                path.unlink(missing_ok=True)
