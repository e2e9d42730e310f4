# Source-attribution lab for news. `make help` lists the targets.
# Every target creates or reuses .venv by itself; nothing needs installing by hand.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { command -v $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA ?= $(or $(ANALYSIS_DATA),data/raw)
OUT ?= data/processed
PYTEST_ARGS ?= -n auto
# JupyterLab: localhost:8888 by default; LAB_IP=0.0.0.0 for a remote server (then use the
# printed token URL, or an SSH tunnel); --allow-root only when run as root (containers);
# no browser is opened where there is no display.
LAB_IP ?= 127.0.0.1
LAB_PORT ?= 8888
LAB_ARGS ?=
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root) \
	$(if $(or $(DISPLAY),$(WAYLAND_DISPLAY),$(filter Darwin,$(shell uname -s))),,--no-browser)

.PHONY: help setup model browser report test lint lab notebooks bench clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --retries 10 --upgrade pip
	@# a dropped download (IncompleteRead) is not retried by pip itself: try the install twice
	$(PY) -m pip install --quiet --retries 10 -e '.[dev]' || \
		{ sleep 10; $(PY) -m pip install --quiet --retries 10 -e '.[dev]'; }
	@touch $(STAMP)

setup: $(STAMP) model ## Create/reuse .venv, install the project and find a spaCy model
	@mkdir -p data/raw data/interim data/processed

model: $(STAMP) ## Find a spaCy model: local directories first, `spacy download` last
	@$(PY) -m analysis model --ensure

report: setup ## Process $(DATA) (data/raw or ANALYSIS_DATA) into $(OUT), run notebooks into reports/
	$(PY) -m analysis report --data "$(DATA)" --out "$(OUT)"

# Debian's Chromium for the real-browser tests (Playwright drives it; its own browser download is
# never used). Installed with apt-get where run as root (CI, containers); elsewhere a message, and
# the browser tests skip saying why.
browser: ## Install Debian's Chromium for the browser tests (as root; else they skip)
	@if command -v chromium >/dev/null 2>&1; then echo "chromium: $$(command -v chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium (apt-get)"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends chromium >/dev/null; } || \
		echo "could not install chromium: the browser tests will be skipped"; \
	else echo "no chromium (install Debian's 'chromium' package as root, or set" \
		"ANALYSIS_CHROMIUM): the browser tests will be skipped"; fi

test: setup browser ## Run the whole test suite
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP) ## Static checks (ruff: errors and unused code; mypy: types of analysis/)
	$(VENV)/bin/ruff check analysis tests benchmarks --select F,E9
	$(VENV)/bin/mypy

# The lab serves the project folder (reports/, docs/, data/ open and download from it) and opens
# at notebooks/. The notebooks are the git-ignored .ipynb twins, never paired with the tracked
# .py (see jupytext.toml): saving one, or JupyterLab's autosave, writes only the .ipynb.
lab: setup notebooks ## Open JupyterLab on the project, at notebooks/ (LAB_IP, LAB_PORT, LAB_ARGS)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks --ServerApp.ip=$(LAB_IP) \
		--ServerApp.port=$(LAB_PORT) $(LAB_FLAGS) $(LAB_ARGS)

# Writes a missing twin from its .py; unpairs a twin an older version paired (keeping its
# outputs); never overwrites one (it holds your outputs and parameter values): it says when the
# .py changed after it.
notebooks: $(STAMP) ## Write each notebook's .ipynb (yours, git-ignored) from its tracked .py
	@$(PY) -m analysis.notebook_twins

bench: setup ## Run the benchmarks (slow: whole corpora)
	@# compare_tables.py and identical_output_s18.py compare two code versions (they need
	@# arguments): not benchmarks
	@for f in benchmarks/*.py; do case "$$f" in benchmarks/compare_tables.py|benchmarks/identical_output_s18.py) continue;; esac; \
		echo "== $$f"; $(PY) $$f || exit 1; done

clean: ## Remove generated outputs (keeps .venv and data/raw)
	rm -rf data/interim/* data/processed/* reports/ .pytest_cache
