"""What the commands share: the runtime, reading input files, failing with exit 2, progress bars."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from matcher import runtime
from matcher.config import ConfigError
from matcher.progress import no_progress

EXIT_BAD_INPUT = 2


def current_runtime() -> runtime.Runtime:
    try:
        return runtime.current()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def open_lines(path: str) -> list[str]:
    """Read a file (or '-' for stdin) as lines; an unreadable or non-UTF-8 file is bad input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
        return data.decode("utf-8").splitlines()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    except UnicodeDecodeError as exc:
        fail(f"{path} is not UTF-8 text (byte {exc.start})")
    raise AssertionError("unreachable")


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


@contextmanager
def progress(total: int, label: str) -> Iterator:
    """A progress bar with counts and rate on a terminal; nothing (the caller prints a summary) otherwise."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        with tqdm(total=total, desc=label, unit="item", file=sys.stderr) as bar:
            yield bar.update
    else:
        with no_progress() as advance:
            yield advance
