# make demo: set up .venv and run the pipeline on the bundled corpus.
# make test: set up .venv with test extras and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test setup setup-test data clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install -q -e .

setup-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

demo: setup
	$(BIN)/marsad demo

test: setup-test
	$(BIN)/python -m pytest

data: setup-test
	$(BIN)/python scripts/build_data.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
