"""Fixtures of the domain tests: the job kit's runtimes on the real Redis."""

from tests.matcher.jobs_kit import qrt, qrt_any  # noqa: F401 - fixtures, made available to every test here
