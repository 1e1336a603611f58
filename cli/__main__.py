"""`python -m cli` runs the same command line as the `matcher` script."""

from cli.commands import main

main()
