# One-command set-up on a fresh machine (only python3 and make needed).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= out/example-graph

.PHONY: run test install system-deps clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test,dask]"
	@touch $(BIN)/kg

install: $(BIN)/kg

# Build a graph from the bundled example and print who holds which post.
run: install
	rm -rf $(STORE)
	$(BIN)/kg build examples/ -s $(STORE)
	$(BIN)/kg query holdings -s $(STORE) --format table

# Programs from Debian's packages that some tests drive, as command:package: Chromium (the query page in a
# real browser) and Java (owlready2's HermiT reasoner for `kg validate --owl`). Installed only when missing and
# when apt-get can be used (root); otherwise those tests skip and say why.
SYSTEM_PROGRAMS ?= chromium:chromium java:default-jre-headless
system-deps:
	@missing=""; for pair in $(SYSTEM_PROGRAMS); do command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	      || echo "could not install$$missing; the tests that need them will skip"; \
	  else echo "not root or no apt-get: not installing$$missing; the tests that need them will skip"; fi; \
	fi

# The test suite runs against the installed package (not the source tree), as users get it.
test: install system-deps
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	cd tests && ../$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) out build dist *.egg-info
