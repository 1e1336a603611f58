# Two commands for a new user: `make run` (set up, migrate, seed, serve) and `make test`.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test worker lint bench

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first: any other version pulls gigabytes of CUDA packages.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/matcher init-db
	$(BIN)/matcher seed
	$(BIN)/matcher serve --host 127.0.0.1 --port 5000

worker: install
	$(BIN)/matcher worker

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check cli matcher web tests bench
