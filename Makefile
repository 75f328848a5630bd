# SKAD Kit — the two commands of the README, and a few helpers.
#
#   make lab        set up .venv if it is missing, then open JupyterLab on the first notebook
#   make dashboard  the projector dashboard of the SKAD day (Voila, offline, http://127.0.0.1:8866)
#   make test       set up .venv if it is missing, then run every test (unit, doctest, notebooks)
#   make install    (re)install the kit into .venv, e.g. after a `git pull` changed pyproject.toml
#
# `make lab` and `make dashboard` never reinstall an existing .venv (a workshop venue is offline):
# they open the installed kit and only say so when pyproject.toml is newer than the install.
#
# Only Python 3.11+ and make are needed; everything else is installed into .venv.

PYTHON ?= python3
VENV   ?= .venv
RAW    ?= ../shared/data/raw
LAB_ARGS ?=
DASH_PORT ?= 8866
DASH_ARGS ?=
BIN    := $(VENV)/bin
# JupyterLab refuses to start as root (containers, some lab machines) unless told.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
# Workshop venues are often offline: no news feed, no update check (nothing reaches the network).
OFFLINE_FLAGS := --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate

.DEFAULT_GOAL := help
.PHONY: help lab dashboard install test unit notebooks notebooks-build data bench lint clean stale docs workshop

help:
	@echo "make lab    - buka JupyterLab / open JupyterLab (installs on first run)"
	@echo "make dashboard - dasbor proyektor / projector dashboard, http://127.0.0.1:$(DASH_PORT)"
	@echo "make install - pasang ulang kit / reinstall the kit (needs the network)"
	@echo "make test   - jalankan semua tes / run the whole test suite"
	@echo "make data   - bangun ulang data/ dari data mentah / rebuild data/ from raw files (RAW=$(RAW))"
	@echo "make bench  - ukur kecepatan / run the benchmarks"
	@echo "make lint   - ruff over kadlib, tests, notebooks"
	@echo "make docs   - situs dokumentasi / build the documentation site (docs/_build/html)"
	@echo "make notebooks-build [NB=00_pengantar | NB=en/00_pengantar] - build .ipynb from the .md lessons"
	@echo "make workshop SESSION=nama GROUP=Kartamantul - sesi langsung dari ponsel / live session from phones"

# --- bootstrap ---------------------------------------------------------------
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SKAD Kit butuh Python 3.11+ / needs Python 3.11+, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Order-only on purpose: an existing install is never redone just because pyproject.toml is newer.
$(VENV)/.installed-lab: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@# no "get Jupyter news?" pop-up on the projector (and nothing fetched offline)
	$(BIN)/jupyter labextension disable --level=sys_prefix "@jupyterlab/apputils-extension:announcements" >/dev/null 2>&1
	@touch $@

$(VENV)/.installed-test: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/jupyter labextension disable --level=sys_prefix "@jupyterlab/apputils-extension:announcements" >/dev/null 2>&1
	@touch $@ $(VENV)/.installed-lab

# --- the two commands ----------------------------------------------------------
# The file browser starts at the kit's root (notebooks/ and the hasil/ results folder are visible),
# the first lesson opens; the lessons' .md twins are hidden from the file browser.
LAB_FLAGS := --ServerApp.root_dir=. --ContentsManager.hide_globs="['__pycache__','*.pyc','*.pyo','*~','*.egg-info','[0-9][0-9]_*.md']" --ContentsManager.pre_save_hook=kadlib._lab.pre_save_hook

lab: $(VENV)/.installed-lab stale
	$(BIN)/jupyter lab notebooks/00_pengantar.ipynb $(ROOT_FLAG) $(OFFLINE_FLAGS) $(LAB_FLAGS) $(LAB_ARGS)

dashboard: $(VENV)/.installed-lab stale
	$(BIN)/python -m kadlib.dashboard --port $(DASH_PORT) $(DASH_ARGS)

install: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/jupyter labextension disable --level=sys_prefix "@jupyterlab/apputils-extension:announcements" >/dev/null 2>&1
	@touch $(VENV)/.installed-test $(VENV)/.installed-lab

stale:
	@if [ pyproject.toml -nt $(VENV)/.installed-lab ]; then echo "Catatan: pyproject.toml lebih baru dari instalasi; bila perlu (dan ada internet) jalankan 'make install'. / Note: pyproject.toml is newer than the install; run 'make install' if needed (needs the network)."; fi

test: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python -m pytest tests kadlib notebooks \
	    --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

# --- helpers -------------------------------------------------------------------
unit: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python -m pytest tests kadlib

notebooks: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python -m pytest notebooks \
	    --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

notebooks-build: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python -m kadlib._notebooks $(NB)

data: $(VENV)/.installed-lab
	$(BIN)/python data/build.py --raw $(RAW) --out data

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_data.py
	$(BIN)/python benchmarks/bench_economy.py
	$(BIN)/python benchmarks/bench_scoring.py
	$(BIN)/python benchmarks/bench_maps.py
	$(BIN)/python benchmarks/bench_opportunity.py
	$(BIN)/python benchmarks/bench_inputs.py
	$(BIN)/python benchmarks/bench_live.py
	$(BIN)/python benchmarks/bench_readers.py
	$(BIN)/python benchmarks/bench_widgets.py
	$(BIN)/python benchmarks/bench_widgets_browser.py
	$(BIN)/python benchmarks/bench_paper.py
	$(BIN)/python benchmarks/bench_dashboard_browser.py

# --- live workshop session (issue 10): phones join over the laptop's hotspot ----------
SESSION ?= lokakarya-$(shell date +%Y-%m-%d)
GROUP   ?= Kartamantul
HOST    ?=
workshop: $(VENV)/.installed-lab stale
	$(BIN)/python -m kadlib.live --session "$(SESSION)" --group "$(GROUP)" $(if $(HOST),--host $(HOST),)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kadlib tests data/build.py benchmarks notebooks

# the documentation site, offline; fails on any warning. Executes the lessons (cached) so the
# pages show every figure; DOCS_EXECUTE=off renders the committed notebooks as they are (fast).
DOCS_EXECUTE ?= cache
docs: $(VENV)/.installed-test
	KADLIB_DOCS_EXECUTE=$(DOCS_EXECUTE) MPLBACKEND=Agg $(BIN)/python -m sphinx -W --keep-going -b html docs docs/_build/html
	@echo "open docs/_build/html/index.html"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
