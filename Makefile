# One-command set-up on a fresh machine: python3 (with venv) and make; see the README for the optional
# system programs some tests use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= out/example-graph

.PHONY: run test install system-deps clients lint docs clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# up to 0.9 the distribution was called "kg" (an unrelated package's name on PyPI): an old install goes first
	$(BIN)/python -m pip uninstall --quiet --yes kg 2>/dev/null || true
	$(BIN)/python -m pip install --quiet ".[test,dask]"
	@touch $(BIN)/kg

install: $(BIN)/kg

# Build a graph from the bundled example and print who holds which post.
run: install
	rm -rf $(STORE)
	$(BIN)/kg build examples/ -s $(STORE)
	$(BIN)/kg query holdings -s $(STORE) --format table

# Programs from Debian's packages that some tests drive, as command:package: Chromium (the query page in a
# real browser), Java (owlready2's HermiT reasoner for `kg validate --owl`) and Virtuoso open source (a second
# real SPARQL server kg builds into, started by the test on free loopback ports and stopped after it). `make test`
# says which are missing and installs them with apt-get when it can (root); `make test NO_SYSTEM_DEPS=1` installs
# nothing. Without them those tests skip and say why; everything else runs.
SYSTEM_PROGRAMS ?= chromium:chromium java:default-jre-headless virtuoso-t:virtuoso-opensource
NO_SYSTEM_DEPS ?=
system-deps:
	@missing=""; for pair in $(SYSTEM_PROGRAMS); do command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Some tests need Debian packages that are missing:$$missing"; \
	if [ -n "$(NO_SYSTEM_DEPS)" ]; then echo "NO_SYSTEM_DEPS is set: not installing them; those tests will skip"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing them now with apt-get (make test NO_SYSTEM_DEPS=1 skips this)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	    || echo "could not install$$missing; the tests that need them will skip"; \
	else echo "not root or no apt-get: not installing them; those tests will skip"; fi

# SPARQL clients in JavaScript that tests drive against `kg serve` (Comunica), from npm's registry at the versions
# pinned in tests/clients/package-lock.json, into tests/clients/node_modules (git-ignored). Without node and npm
# those tests skip and say why.
CLIENTS := tests/clients/node_modules/.bin/comunica-sparql
clients:
	@if [ -x $(CLIENTS) ] && [ $(CLIENTS) -nt tests/clients/package-lock.json ]; then exit 0; fi; \
	if ! command -v npm >/dev/null 2>&1; then echo "npm is missing: the Comunica client tests will skip"; exit 0; fi; \
	echo "installing the JavaScript SPARQL clients the tests use (npm ci in tests/clients)"; \
	(cd tests/clients && npm ci --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules/.bin/comunica-sparql) \
	  || echo "could not install them with npm; the Comunica client tests will skip"

# Lint, format and types as configured in pyproject.toml (ruff, mypy); `make test`, and so CI, runs it first.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The API reference (docs/api/, linked from the README) from the docstrings of the public modules; a test checks
# that the committed pages are current, so run this after changing a public docstring or signature.
API_MODULES := kg kg.components kg.document kg.store kg.errors kg.ingest kg.linking kg.serve
docs: install
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	rm -rf docs/api
	mkdir -p docs
	cd docs && ../$(BIN)/pdoc --no-show-source --no-search -o api $(API_MODULES)

# The test suite runs against the installed package (not the source tree), as users get it.
test: install system-deps clients lint
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	cd tests && ../$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) out build dist *.egg-info tests/clients/node_modules
