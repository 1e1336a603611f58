"""Assemble corpus.jsonl from the gatherers' parts and the second labelling.

    .venv/bin/python data/redflags_real/assemble.py [FOLDER]

FOLDER (default: this one) holds parts/, labels_b.jsonl and adjudicated.jsonl; the Spanish and German set
is assembled with FOLDER data/redflags_real/multilingual.

Rows keep their source address and host. `labels` is the settled label: where the two labellings agree,
that; where they disagree, the adjudication in adjudicated.jsonl (decided by the rubric). Exact duplicate
texts are dropped (the first one stays).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(folder: Path = HERE) -> None:
    second = {r["id"]: r for r in _read(folder / "labels_b.jsonl")}
    settled = {r["id"]: r for r in _read(folder / "adjudicated.jsonl")}
    rows, seen = [], set()
    for part in sorted((folder / "parts").glob("*.jsonl")):
        for i, row in enumerate(_read(part), start=1):
            key = " ".join(row["text"].split()).lower()
            if key in seen:
                continue
            seen.add(key)
            rid = f"{part.stem}-{i:04d}"
            a = sorted(set(row["labels_a"]))
            b = sorted(set(second[rid]["labels"])) if rid in second else None
            if rid in settled:
                labels = sorted(set(settled[rid]["labels"]))
                stance_ = settled[rid].get("stance", row["stance_a"])
            else:
                labels, stance_ = a, row["stance_a"]
            rows.append({
                "id": rid, "text": row["text"], "url": row["url"], "host": row["host"].removeprefix("www."),
                "source_type": row.get("source_type"), "query": row.get("query"), "labels": labels,
                "stance": stance_, "hard_negative": bool(row.get("hard_negative")) and not labels,
                "labels_a": a, "labels_b": b, **({"lang": row["lang"]} if "lang" in row else {}),
            })
    out = folder / "corpus.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows, {len({r['host'] for r in rows})} hosts -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
