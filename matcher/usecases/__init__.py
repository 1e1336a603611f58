"""Use-case functions: the one place business rules live; the CLI, the web and the jobs call them."""
