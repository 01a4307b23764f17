#!/usr/bin/env bash
# Sets up what the test suite needs and prints `export DATABASE_URL=...` for the caller to eval.
# As root on Debian it installs PostgreSQL, Chromium and Redis from Debian's packages; it then starts a
# throwaway PostgreSQL cluster (reused when already running). Used by `make test` and `.ci/run`.
set -euo pipefail

PGPORT="${LEERPUNT_PG_PORT:-54329}"
PGDIR="${LEERPUNT_PG_DIR:-/tmp/leerpunt-pg}"
log() { echo "[test-services] $*" >&2; }

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    missing=()
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    command -v redis-server >/dev/null || missing+=(redis-server)  # tests/pagecache run a Redis
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq "${missing[@]}" >&2
    fi
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ]; then
    log "PostgreSQL not found: the tests fall back to SQLite"
    exit 0
fi

run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres -m 700 "$PGDIR"; else install -d -m 700 "$PGDIR"; fi
    if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
        run_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth-local=trust --auth-host=trust \
            -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    log "starting PostgreSQL on 127.0.0.1:$PGPORT"
    run_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
fi

psql_pg() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAq "$@"; }
if [ -z "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname='app'")" ]; then
    psql_pg -c "CREATE ROLE app LOGIN PASSWORD 'app' CREATEDB"
fi
if [ -z "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname='app'")" ]; then
    psql_pg -c "CREATE DATABASE app OWNER app"
fi
echo "export DATABASE_URL=postgres://app:app@127.0.0.1:$PGPORT/app"
