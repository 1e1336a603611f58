"""The `matcher` command line (console script; contract: shared/DESIGN.md). It calls matcher's use cases,
and only `matcher serve` reaches for the web app."""

from cli.commands import main

__all__ = ["main"]
