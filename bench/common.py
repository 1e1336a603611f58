"""Helpers shared by the benchmarks: a throwaway runtime and loading the evaluation data."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from matcher import runtime
from matcher.config import load_settings
from matcher.migrate import upgrade

BENCH = Path(__file__).resolve().parent
DATA = BENCH / "data"


@contextmanager
def temp_runtime(database_url: str | None = None):
    """A fresh database (SQLite in a temp folder unless given) and index dir, installed for this process."""
    with tempfile.TemporaryDirectory(prefix="matcher-bench-") as tmp:
        env = {"MATCHER_INSTANCE_DIR": tmp, "INDEX_DIR": str(Path(tmp) / "index")}
        env["DATABASE_URL"] = database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        settings = load_settings(env)
        upgrade(settings.database_url)
        rt = runtime.install(runtime.build(settings))
        try:
            yield rt
        finally:
            runtime.reset()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        cpu = next(
            (ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Model name")), cpu
        )
    except OSError:
        pass
    import os

    return f"{platform.node() or 'host'}: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def invocation(command: str, argv: list[str] | None) -> str:
    """The command line a benchmark was run with: `command` and its arguments (argv, else sys.argv)."""
    return " ".join([command, *(argv if argv is not None else sys.argv[1:])])


def append_results(title: str, command: str, table: str) -> None:
    """Append a result table to bench/RESULTS.md with the machine, the date and the command."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    with open(BENCH / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write(
            f"\n## {title}\n\n- date: {stamp}\n- machine: {machine()}\n- command: `{command}`\n\n{table}\n"
        )
