# The two commands of the README: `make serve` and `make test`. Both set up everything first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup build serve test test-fast lint golden lock bench clean

setup: $(VENV)/.installed node_modules/.installed

# Every Python package at the version and hash in requirements.lock (docs/dependencies.md), then our own
# package without dependencies, so nothing floats.
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

build: setup
	# In-process `mkdocs build --strict` (kbz_site/controle.py): a broken mkdocs.yml is said in Dutch too.
	$(BIN)/kbz-site build

serve: setup
	# --dirty: an edit re-renders only the changed page; --no-strict: a warning must not stop the preview
	$(BIN)/mkdocs serve --dirty --no-strict --dev-addr 127.0.0.1:8000

# Everything: the checks, then the whole suite, browser tests included (CI runs this). All of
# it on every core (pytest-xdist; the workers share one site build, each has its own Chromium),
# then the tests marked `alone` in one process: the CMS tests (they build on each other and
# Sveltia loses clicks on a busy machine) and the scroll restore after back. Together under 8 minutes on a 2-core machine.
test: lint
	$(BIN)/pytest -n auto -m "not alone"
	$(BIN)/pytest -m alone

# Everything but the browser tests, for the edit-test loop, on every core (pytest-xdist).
test-fast: setup
	$(BIN)/pytest -m "not browser" -n auto

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Rewrite tests/golden/*.html from the templates as they are now; review the diff before committing.
golden: setup
	$(BIN)/pytest tests/test_templates_golden.py --update-golden -q

# Re-resolve requirements.lock from pyproject.toml, keeping every pin it can (docs/dependencies.md).
# `make lock LOCK_FLAGS=--upgrade` moves every unpinned (indirect) dependency to its newest release.
lock: setup
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11.5 $(LOCK_FLAGS) \
		-o requirements.lock

bench: setup
	$(BIN)/python bench/build.py

clean:
	rm -rf site $(VENV) node_modules
