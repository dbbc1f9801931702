# One-command set-up on a fresh machine (only python3 and make needed).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= out/example-graph

.PHONY: run test install clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	@touch $(BIN)/kg

install: $(BIN)/kg

# Build a graph from the bundled example and print who holds which post.
run: install
	rm -rf $(STORE)
	$(BIN)/kg build examples/ -s $(STORE)
	$(BIN)/kg query holdings -s $(STORE) --format table

# The test suite runs against the installed package (not the source tree), as users get it.
test: install
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	cd tests && ../$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) out build dist *.egg-info
