# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-fast lint lint-deploy install lock bench editing-day profile lighthouse clean loadtest faulttest \
	backup restore search-eval volume-bench messages

$(BIN)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

install: $(BIN)/.installed

## Serve the site with demo content on http://127.0.0.1:8000 (SQLite, development settings).
run: install
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_demo_content
	$(MANAGE) update_index -v 0
	@echo ""
	@echo "  Leerpunt draait op http://127.0.0.1:8000/"
	@echo "  Beheer: http://127.0.0.1:8000/admin/  login: admin / leerpunt-demo-2026"
	@echo "  Rollen (zelfde wachtwoord): redacteur, communicatie, wetenschap, gebruiker"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

## The whole suite on PostgreSQL (started by scripts/test-services.sh unless DATABASE_URL is set),
## in TEST_WORKERS processes (pytest-xdist; each has its own test database). `--dist load` hands out tests
## in pytest-django's order (transactional tests, which empty the database, last); `loadfile` would not.
TEST_WORKERS ?= 3
test: install node_modules/.installed
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

## The suite without browser tests and the slow ones (tests/conftest.py: SLOW_PATHS), on one
## kept test database: what to run while working. `make test` stays the gate.
test-fast: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	$(BIN)/pytest -m "not browser and not slow" --reuse-db -q $(PYTEST_ARGS)

## The gates CI runs besides the tests.
lint: install lint-deploy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=leerpunt_site.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=leerpunt_site.settings.test $(MANAGE) makemigrations --check --dry-run

## Compile locale/nl/LC_MESSAGES/django.po (our corrections to Wagtail's Dutch) to the .mo the site
## reads; commit both. Needs GNU gettext's msgfmt (apt-get install gettext); `make run` does not.
messages:
	msgfmt --check-format -o locale/nl/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.po

## Query counts and requests/s per page type (PostgreSQL, gunicorn, wrk on 127.0.0.1). See docs/performance.md.
bench: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	command -v wrk >/dev/null || (apt-get install -y -qq wrk redis-server >/dev/null); \
	$(BIN)/python scripts/bench.py

## The page cache through an editing day: every page at random, 16 connections, one publish a
## minute (EDITING_DAY_MINUTES, default 5); prints the share of cache hits and the slowest answer.
editing-day: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	command -v wrk >/dev/null || (apt-get install -y -qq wrk redis-server >/dev/null); \
	$(BIN)/python scripts/editing_day.py

## One uncached render of URL under cProfile: time, queries, top functions, template renders.
profile: install
	@test -n "$(URL)" || (echo "usage: make profile URL=/toolkit/leren-en-lesgeven/" && exit 2)
	PYTHONPATH=. $(BIN)/python scripts/profile_page.py "$(URL)"

## Site search: precision at 1 and 3 on the relevance set (tests/search/relevance.yaml) on the demo
## content, on PostgreSQL and on SQLite.
search-eval: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	echo "PostgreSQL:"; DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest tests/search/test_relevance.py -q -s -p no:warnings | grep -E "zoekvragen|NIET|passed|failed"; \
	echo "SQLite:"; DATABASE_URL=sqlite:////tmp/leerpunt-search-eval.sqlite3 DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest tests/search/test_relevance.py -q -s -p no:warnings | grep -E "zoekvragen|NIET|passed|failed"

## Uncached listings (first and last page) and /zoeken/ with 10,000 generated pages
## (VOLUME_BENCH_ITEMS=0: the database as it is, for the demo-size figures).
volume-bench: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	$(BIN)/python scripts/volume_bench.py

## Lighthouse scores and bytes transferred per page type, behind the shipped Caddy (downloads lighthouse
## from the npm registry on first use).
lighthouse: install
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/test-services.sh)"; fi; \
	command -v caddy >/dev/null || (apt-get install -y -qq caddy redis-server >/dev/null); \
	$(BIN)/python scripts/lighthouse.py

## Reliability (docs/reliability.md): wrk at 64 connections for 60 s per page type; faults.
loadtest: install
	PYTHON=$(BIN)/python scripts/load-test.sh
faulttest: install
	PYTHON=$(BIN)/python scripts/fault-test.sh

## Back up DATABASE_URL and MEDIA_ROOT; restore with `make restore BACKUP=backups/<folder>`.
backup:
	scripts/backup.sh $(BACKUP)
restore:
	scripts/restore.sh $(BACKUP)

## The container files: hadolint (from PyPI) on the Dockerfile, dclint (npm) on the compose file.
lint-deploy: install node_modules/.installed
	$(BIN)/hadolint Dockerfile
	node_modules/.bin/dclint --max-warnings 0 docker-compose.yml

## Regenerate the lock file from pyproject.toml in a scratch environment.
lock:
	rm -rf /tmp/leerpunt-lock && $(PYTHON) -m venv /tmp/leerpunt-lock
	/tmp/leerpunt-lock/bin/pip install -q ".[dev]"
	/tmp/leerpunt-lock/bin/pip freeze --exclude leerpunt-site > requirements.lock

clean:
	rm -rf $(VENV) node_modules static_collected test-artifacts
