"""Text-level quality of the red-flag engine on labelled data, beside a keyword baseline and the engine as
it was before the learned model (commit afc7d50, run from a git worktree in a subprocess).

    .venv/bin/python bench/redflags_eval.py --corpus real --split dev       # real, sourced text
    .venv/bin/python bench/redflags_eval.py --corpus real --split test      # held out: report once
    .venv/bin/python bench/redflags_eval.py --corpus synthetic --split heldout

Systems: `learned` (the default, VETTING_ENGINE=learned: the claim gate, the sentence heads and the rules
decide together, matcher/redflags/decide.py), `rules` (VETTING_ENGINE=rules, the default until
2026-12-05: a rule finding stands unless the offer head vetoes it), `keyword` (a text is flagged for a
category when it contains one of a few words), `before` (the engine at afc7d50). Metrics
(matcher/redflags/evaluation.py): a text is flagged when any claim category is raised in it; F1 of
flagged against risky; the share of clean texts flagged; the share of hard negatives (clean texts with
trigger words) flagged; `categories right`, the share of the (text, category) pairs raised that are
labelled (whether a finding names the practice it is about: its reason); recall per category.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import append_results, invocation  # noqa: E402
from matcher.redflags import corpus, evaluation, rules  # noqa: E402
from matcher.redflags.prefilter import lower_same_length  # noqa: E402
from matcher.redflags.registry import CLAIM_CATEGORIES  # noqa: E402

BEFORE = "afc7d50"
KEYWORDS = {
    "guaranteed_rankings": r"guarantee",
    "guaranteed_link_count": r"\d+\s+(?:\w+\s+)?(?:back)?links",
    "paid_links": r"buy\w* (?:back)?links|links? for sale|paid links?|dofollow",
    "pbn": r"\bpbns?\b|private blog network",
    "automated_links": r"link blast|\bgsa\b|automated|web 2\.0",
    "anchor_manipulation": r"exact[- ]match anchor",
    "undisclosed_methods": r"secret|proprietary",
    "unrealistic_timeline": r"in (?:24|48) hours|in \d+ days|instant",
    "deceptive_tactics": r"cloak|negative seo|doorway",
}


def load(split: str) -> list[dict]:
    """Synthetic rows of one split (redflags_speed builds its texts from them)."""
    path = corpus.SYNTHETIC_DEV if split == "dev" else corpus.SYNTHETIC_HELDOUT
    return corpus.load_synthetic(path)


def keyword(texts: list[str]) -> list[set[str]]:
    return [{c for c, rx in KEYWORDS.items() if re.search(rx, t.lower())} for t in texts]


def engine(mode: str):
    def predict(texts: list[str]) -> list[set[str]]:
        os.environ["VETTING_ENGINE"] = mode
        return evaluation.engine_predict(texts)

    return predict


_BEFORE_SCRIPT = """
import json, sys
from matcher.redflags import detect_many
texts = json.load(sys.stdin)
print(json.dumps([sorted({f.category for f in flags}) for flags in detect_many(texts)]))
"""


def before(texts: list[str]) -> list[set[str]]:
    """The engine at BEFORE, from a throwaway git worktree, in a subprocess with this venv."""
    with tempfile.TemporaryDirectory(prefix="matcher-before-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), BEFORE],
                       check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _BEFORE_SCRIPT], cwd=tree, input=json.dumps(texts),
                                 capture_output=True, text=True, check=True,
                                 env=dict(os.environ, PYTHONPATH=str(tree), HF_HUB_OFFLINE="1"))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return [set(c) for c in json.loads(out.stdout.strip().splitlines()[-1])]


def table(rows: list[dict], results: dict[str, evaluation.Scores]) -> str:
    lines = ["| system | F1 | precision | recall | clean flagged | hard negatives flagged "
             "| categories right |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, s in results.items():
        lines.append(f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.clean_flag_rate:.1%} "
                     f"| {s.hard_negative_fp_rate:.1%} | {s.category_precision:.3f} |")
    risky = sum(1 for r in rows if r["labels"])
    hard = sum(1 for r in rows if not r["labels"] and r.get("hard_negative"))
    lines += ["", f"{len(rows)} texts: {risky} risky, {len(rows) - risky} clean ({hard} hard negatives).", "",
              "| category | labelled | " + " | ".join(results) + " |",
              "| --- | --- | " + " | ".join("---" for _ in results) + " |"]
    for c in CLAIM_CATEGORIES:
        n = next((s.category_recall[c][1] for s in results.values() if c in s.category_recall), 0)
        if n:
            cells = " | ".join(f"{s.category_recall[c][0] / n:.2f}" for s in results.values())
            lines.append(f"| {c} | {n} | {cells} |")
    return "\n".join(lines)


def named_or_not(rows: list[dict], predicted: list[set[str]]) -> str:
    """Recall apart on the risky texts whose own words name one of their practices (rules.on_topic, what
    the engine's model findings need) and on those that do not (labelled from their page's context, the
    rubric's point 6: a marketplace's payout terms)."""
    named, unnamed = [], []
    for row, found in zip(rows, predicted, strict=True):
        if row["labels"]:
            low = lower_same_length(row["text"])
            (named if any(rules.on_topic(c, low) for c in row["labels"]) else unnamed).append(bool(found))
    def part(hits: list[bool]) -> str:
        return f"{len(hits)} ({sum(hits) / len(hits):.2f} found)" if hits else "0"
    return (f"Risky texts that name one of their practices: {part(named)}; that name none: {part(unnamed)} "
            "(learned engine).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["real", "synthetic", "multilingual"], default="real")
    parser.add_argument("--split", default="dev",
                        help="real: train, dev, test; synthetic: dev, heldout; multilingual: dev, test")
    parser.add_argument("--skip-before", action="store_true", help="leave out the pre-model engine")
    parser.add_argument("--no-append", action="store_true")
    args = parser.parse_args(argv)
    if args.corpus == "multilingual":
        rows = corpus.load_multilingual(args.split)
    else:
        rows = corpus.load(args.split) if args.corpus == "real" else load(args.split)
    systems = {"learned (default)": engine("learned"), "rules": engine("rules"), "keyword": keyword}
    # Before other_languages.py every Spanish or German text was routed to a person, with no claim.
    if not args.skip_before and args.corpus != "multilingual":
        systems[f"before ({BEFORE})"] = before
    seen: dict[str, list[set[str]]] = {}

    def kept(name, fn):
        def predict(texts):
            seen[name] = fn(texts)
            return seen[name]
        return predict

    results = {name: evaluation.evaluate(rows, kept(name, fn)) for name, fn in systems.items()}
    out = table(rows, results) + "\n\n" + named_or_not(rows, seen["learned (default)"])
    print(out)
    if not args.no_append:
        append_results(f"Red-flag quality, {args.corpus} text, {args.split} split",
                       invocation(".venv/bin/python bench/redflags_eval.py", argv), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
