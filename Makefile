# The two quick-start commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
DETENTE := $(VENV)/bin/detente
DB     ?= detente.duckdb

.PHONY: install dev demo test test-fast bench chromium clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

install: $(VENV)/.installed

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	touch $@

dev: $(VENV)/.dev

# Debian's Chromium for the browser test (never `playwright install`).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }

demo: install
	$(DETENTE) ingest examples/corpus --db $(DB)
	$(DETENTE) events --db $(DB) --source BLR --target USA --format table
	$(DETENTE) dyad BLR USA --db $(DB) --by month --plot dyad.png
	@echo "plot written to dyad.png; explore with: $(DETENTE) serve --db $(DB)"

test: dev chromium
	$(PY) -m pytest -q

test-fast: dev
	$(PY) -m pytest -q -m "not slow and not browser"

bench: install
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) *.duckdb dyad.png .pytest_cache
