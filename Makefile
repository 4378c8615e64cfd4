# `make run` and `make test` do all the set-up a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test stress bench clean package package-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Builds the sample store on first run, then opens it.
run: $(STAMP)
	@test -f sample.db || $(BIN)/marsad --db sample.db init --sample
	$(BIN)/marsad --db sample.db

# One worker per core, each test file kept on one worker (its module fixtures are built once):
# the suite takes about half as long on a 2-core machine. `pytest FILE` alone still runs serially.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

# The fault harness at full size: kill -9 in every writing command, and fuzzed inputs (tests/faults/).
stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.faults.stress --kills 120 --inputs 5000

bench: $(STAMP)
	$(BIN)/python bench/bench_search.py --records 100000

# The one-folder bundle dist/marsad/ (PyInstaller, see packaging/).
package: $(STAMP)
	$(BIN)/pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py

# Builds the bundle, then runs it with no Python on PATH, an empty HOME, offscreen.
package-test: package
	$(BIN)/python packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist *.egg-info
