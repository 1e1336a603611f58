"""The one entry wrapper of every job: jobs take ids, and get the runtime (settings, database) here."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from matcher.runtime import Runtime, current

P = ParamSpec("P")
R = TypeVar("R")


def job(func: Callable[Concatenate[Runtime, P], R]) -> Callable[P, R]:
    """`func(rt, *ids)` becomes the job `func(*ids)`: the installed runtime, or one built from the
    environment in a worker process. rq finds the job by its module and name, which `wraps` keeps."""

    @functools.wraps(func)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(current(), *args, **kwargs)

    return run
