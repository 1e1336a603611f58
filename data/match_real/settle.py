"""Settle the two independent labelings into the evaluation's labels, and report their agreement.

    python data/match_real/settle.py

labels_a*.jsonl and labels_b*.jsonl (labelers A and B, each over every pooled pair; see LABEL_BRIEF.md) ->
  qrels.jsonl   {"brief_id", "provider_id", "grade"}: the labelers' grade where they agree; where they
                differ by one, the lower (a pair only one of two careful readers calls good is not good);
                where they differ by more, the grade settled by reading both notes against RUBRIC.md
                (adjudicated.jsonl), else the lower
  risky.json    {"risky": [...]}: providers both labelers call risky, plus disagreements settled risky in
                adjudicated.jsonl
  needs.json    {"brief_id": need}: where both agree; else the gatherer's reading
Prints Cohen's kappa (linear-weighted, for grades; plain, for risky and need) and the disagreements.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def read(pattern: str) -> dict[str, dict]:
    grades, risky, needs, notes = {}, {}, {}, {}
    for path in sorted(HERE.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "grade" in row:
                key = (row["brief_id"], row["provider_id"])
                grades[key] = int(row["grade"])
                notes[key] = row.get("note", "")
            elif "risky" in row:
                risky[row["provider_id"]] = risky.get(row["provider_id"], False) or bool(row["risky"])
            elif "need" in row:
                needs[row["brief_id"]] = row["need"]
    return {"grades": grades, "risky": risky, "needs": needs, "notes": notes}


def kappa(pairs: list[tuple], weighted: bool = False, categories=None) -> float:
    cats = sorted(categories or {x for p in pairs for x in p})
    n = len(pairs)
    if not n:
        return float("nan")
    index = {c: i for i, c in enumerate(cats)}
    k = len(cats)

    def weight(i, j):
        return abs(i - j) / (k - 1) if weighted and k > 1 else float(i != j)

    observed = sum(weight(index[a], index[b]) for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[x] * cb[y] * weight(index[x], index[y]) for x in cats for y in cats) / (n * n)
    return 1.0 - observed / expected if expected else 1.0


def main() -> None:
    a, b = read("labels_a*.jsonl"), read("labels_b*.jsonl")
    adjudicated = {}
    path = HERE / "adjudicated.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                adjudicated[(row.get("brief_id"), row.get("provider_id"))] = row
    both = sorted(set(a["grades"]) & set(b["grades"]))
    pairs = [(a["grades"][k], b["grades"][k]) for k in both]
    qrels, wide = [], []
    for key, (x, y) in zip(both, pairs, strict=True):
        grade = min(x, y)
        if abs(x - y) >= 2:
            settled = adjudicated.get(key)
            grade = settled["grade"] if settled else grade
            wide.append((key, x, y, a["notes"].get(key), b["notes"].get(key)))
        qrels.append({"brief_id": key[0], "provider_id": key[1], "grade": grade})
    with open(HERE / "qrels.jsonl", "w", encoding="utf-8") as fh:
        for row in qrels:
            fh.write(json.dumps(row) + "\n")

    seen = sorted(set(a["risky"]) & set(b["risky"]))
    risky_pairs = [(a["risky"][p], b["risky"][p]) for p in seen]
    risky = [p for p in seen if a["risky"][p] and b["risky"][p]]
    risky += [
        p for p in seen if a["risky"][p] != b["risky"][p] and adjudicated.get((None, p), {}).get("risky")
    ]
    (HERE / "risky.json").write_text(json.dumps({"risky": sorted(risky)}, indent=1) + "\n")

    briefs = {
        json.loads(line)["external_id"]: json.loads(line)
        for line in (HERE / "briefs.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    need_pairs = [(a["needs"][x], b["needs"][x]) for x in briefs if x in a["needs"] and x in b["needs"]]
    needs = {
        x: (a["needs"][x] if a["needs"].get(x) == b["needs"].get(x) else row["need"])
        for x, row in briefs.items()
    }
    (HERE / "needs.json").write_text(json.dumps(needs, indent=1) + "\n")

    exact = sum(x == y for x, y in pairs) / max(len(pairs), 1)
    print(
        f"grades: {len(pairs)} pairs graded by both; exact agreement {exact:.3f}; linear-weighted kappa "
        f"{kappa(pairs, weighted=True, categories=[0, 1, 2, 3]):.3f}; differing by 2+: {len(wide)} "
        f"({sum(1 for k, *_ in wide if k in adjudicated)} adjudicated)"
    )
    print(
        f"grade counts A {dict(sorted(Counter(x for x, _ in pairs).items()))} "
        f"B {dict(sorted(Counter(y for _, y in pairs).items()))} settled "
        f"{dict(sorted(Counter(r['grade'] for r in qrels).items()))}"
    )
    print(
        f"risky: {len(risky_pairs)} providers by both; kappa {kappa(risky_pairs):.3f}; risky {len(risky)} "
        f"(A {sum(x for x, _ in risky_pairs)}, B {sum(y for _, y in risky_pairs)})"
    )
    print(
        f"need: {len(need_pairs)} briefs by both; kappa {kappa(need_pairs):.3f}; "
        f"{dict(Counter(needs.values()))}"
    )
    for key, x, y, na, nb in wide:
        print(f"  {key}: A {x} ({na}) / B {y} ({nb})")


if __name__ == "__main__":
    main()
