"""Write seeds/vectors.npz: the embeddings seeding needs (every sentence vetting reads, every profile the
index holds, every sample brief's query), computed by seeding a throwaway database with the model.

    .venv/bin/python seeds/make_vectors.py

Run it after changing seeds/providers.jsonl or seeds/briefs.jsonl (or the model): seeding still works with
a stale file, it only embeds what the file lacks.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher import runtime  # noqa: E402
from matcher.config import load_settings  # noqa: E402
from matcher.embedding_cache import stored  # noqa: E402
from matcher.migrate import upgrade  # noqa: E402
from matcher.progress import no_progress  # noqa: E402
from matcher.usecases.seeding import VECTORS, load_seeds  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="matcher-seed-vectors-") as tmp:
        settings = load_settings(
            {
                "MATCHER_INSTANCE_DIR": tmp,
                "INDEX_DIR": str(Path(tmp) / "index"),
                "DATABASE_URL": f"sqlite:///{Path(tmp) / 'seed.db'}",
            }
        )
        upgrade(settings.database_url)
        rt = runtime.install(runtime.build(settings))
        try:
            VECTORS.unlink(missing_ok=True)  # embed everything afresh
            print(load_seeds(rt, no_progress))
            keys, vectors = stored(rt.db)
        finally:
            runtime.reset()
    np.savez(VECTORS, keys=np.array(keys, dtype="S64"), vectors=vectors.astype(np.float32))
    print(f"{len(keys)} vectors -> {VECTORS.relative_to(ROOT)} ({VECTORS.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
