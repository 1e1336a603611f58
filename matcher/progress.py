"""How long work reports its progress: a factory `progress(total, label)` whose context yields
`advance(n=1)`. The CLI passes a progress bar; everything else passes `no_progress`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

ProgressFactory = Callable[[int, str], AbstractContextManager]


@contextmanager
def no_progress(_total: int = 0, _label: str = "") -> Iterator[Callable[[int], None]]:
    """A ProgressFactory that reports nothing (web requests, scripts, tests, non-terminal runs)."""
    yield lambda _n=1: None
