# trusthub — one command builds the demo site, one runs the tests (set-up included).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.trusthub-installed

.PHONY: setup cms build serve check test test-fast golden bench lint schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

cms:  ## install the web editor (Decap CMS, for /admin/ in the staff build) and its local proxy from npm
	bash scripts/npm_packages.sh

build: setup  ## build the demo site into site/
	$(BIN)/trusthub build

serve: setup  ## preview at http://127.0.0.1:8000 with live reload
	$(BIN)/trusthub serve

check: setup  ## governance checks only (fast)
	$(BIN)/trusthub check

test: setup  ## every test, browser tests included (needs chromium)
	$(BIN)/pytest

test-fast: setup  ## everything except the browser tests
	$(BIN)/pytest -m "not browser"

golden: setup  ## refresh golden files after an intended change
	TRUSTHUB_UPDATE_GOLDEN=1 $(BIN)/pytest tests/test_rocket.py tests/test_golden.py

bench: setup  ## benchmark against plain Material (see benchmarks/): times, bytes, Lighthouse
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/budgets.py
	test -x benchmarks/node_modules/.bin/lighthouse || \
		npm install --no-save --no-package-lock --prefix benchmarks lighthouse@13
	$(BIN)/python benchmarks/lighthouse.py

lint: setup
	$(BIN)/ruff check src tests benchmarks

schema: setup  ## regenerate schemas/ from the models
	$(BIN)/trusthub schema

clean:
	rm -rf site site-staff .cache
