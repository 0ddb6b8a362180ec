# Every target installs what it needs first, idempotently.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 3000
export PATH := $(CURDIR)/.tools/bin:$(PATH)
export REFLEX_DIR := $(CURDIR)/.reflex-home
export BUN_INSTALL_CACHE_DIR := $(CURDIR)/.bun-cache
export REFLEX_USE_SYSTEM_BUN := 1
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_CHECK_LATEST_VERSION := false
export PYTHONUNBUFFERED := 1
export TEST_E2E_DATABASE

.PHONY: run prod test worker lint bench deps browser migrate bootstrap clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	touch $@

# Reflex builds its frontend with bun; its own download cannot be used here, npm's can.
.tools/bin/bun:
	npm install --silent --no-fund --no-audit -g --prefix .tools bun@1.4.5
	.tools/bin/bun --version

deps: $(VENV)/.installed .tools/bin/bun

# Debian's Chromium for the browser tests (Playwright's own download is not available), and
# openssl for the test certificates of the SMTP-over-TLS tests.
browser:
	@{ command -v chromium && command -v openssl; } >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-liberation openssl >/dev/null; }

migrate: deps
	$(BIN)/alembic upgrade head

bootstrap: deps
	$(BIN)/python -m prm.bootstrap

# The whole app on one port; embedded defaults need nothing else (SQLite, in-process jobs,
# mail outbox). With REDIS_URL set, run `make worker` beside it.
run: deps
	$(BIN)/python -m prm.bootstrap
	GRANIAN_WORKERS=$${GRANIAN_WORKERS:-$$( [ -n "$$REDIS_URL" ] && echo 2 || echo 1 )} \
	  $(BIN)/reflex run --env prod --frontend-port $(PORT) --backend-port $(PORT) --backend-host $${HOST:-127.0.0.1}

# The production shape on one machine (Procfile, run by honcho): GRANIAN_WORKERS backend
# workers sharing state through Redis and a pool of WORKER_PROCESSES RQ workers.
prod: deps
	@[ -n "$$DATABASE_URL" ] && [ -n "$$REDIS_URL" ] || { echo "make prod needs DATABASE_URL (PostgreSQL) and REDIS_URL; without them use make run." >&2; exit 2; }
	$(BIN)/python -m prm.bootstrap
	PATH=$(CURDIR)/$(BIN):$$PATH GRANIAN_WORKERS=$${GRANIAN_WORKERS:-2} $(BIN)/honcho start -f Procfile -p $(PORT)

worker: deps
	$(BIN)/python -m jobs.worker

lint: deps
	$(BIN)/ruff check .

test: deps browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: deps browser
	@if [ -d bench ]; then $(BIN)/python -m bench $(if $(BENCH),--only $(BENCH)); else echo "No benchmarks yet (bench/ arrives with the performance issue)."; fi

clean:
	rm -rf .web .states var/prm.sqlite3*
