# The two commands of the README: `make serve` and `make test`. Both set up everything first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup build serve test bench clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

build: setup
	$(BIN)/mkdocs build --strict

serve: setup
	# --dirty: an edit re-renders only the changed page; --no-strict: a warning must not stop the preview
	$(BIN)/mkdocs serve --dirty --no-strict --dev-addr 127.0.0.1:8000

test: setup
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/build.py

clean:
	rm -rf site $(VENV) node_modules
