# Sourced by scripts/fault-test.sh and scripts/load-test.sh: the site with demo content on a
# throwaway PostgreSQL cluster, served by gunicorn with the production settings, loopback only.
# Call start_cluster, start_redis, prepare_site, start_gunicorn; cleanup runs on exit.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
PGPORT="${SUT_PG_PORT:-54399}"
WORK="$(mktemp -d /tmp/leerpunt-sut.XXXXXX)"
chmod 755 "$WORK"
PGDATA="$WORK/pg"
GUNICORN_PIDS=()
CADDY_PIDS=()
# Caddy for the runs through the shipped proxy config: on PATH, or CADDY=/path/to/caddy.
CADDY="${CADDY:-$(command -v caddy || true)}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    for pid in "${CADDY_PIDS[@]}" "${GUNICORN_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    if [ -n "${REDIS_PID:-}" ]; then kill -CONT "$REDIS_PID" 2>/dev/null; kill "$REDIS_PID" 2>/dev/null; fi
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_cluster() {
    log "PostgreSQL-cluster op 127.0.0.1:$PGPORT in $PGDATA"
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres -m 700 "$PGDATA"; else install -d -m 700 "$PGDATA"; fi
    as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    pg_start
    "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE leerpunt"
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/leerpunt"
}
pg_start() {
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA" start >/dev/null
}
pg_stop() { as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; }

# The production settings, made to run on loopback without TLS.
export DJANGO_SETTINGS_MODULE=leerpunt_site.settings.production
export SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(64))')"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export MEDIA_ROOT="$WORK/media"
export DB_CONN_MAX_AGE="${DB_CONN_MAX_AGE:-60}"
# Production refuses a cache of one process (pagecache.E001): a Redis of the run's own, started
# by start_redis; SUT_REDIS_PORT chooses its port.
REDIS_PORT="${SUT_REDIS_PORT:-6391}"
export CACHE_URL="${CACHE_URL:-redis://127.0.0.1:$REDIS_PORT/0}"
REDIS_PID=""

start_redis() {
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
        >"$WORK/redis.log" 2>&1 &
    REDIS_PID=$!
    for _ in $(seq 50); do
        redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    log "Redis op poort $REDIS_PORT kwam niet op"; return 1
}

prepare_site() {
    log "migrate, democontent, zoekindex, collectstatic"
    (cd "$ROOT" && "$PYTHON" manage.py migrate --noinput -v 0 \
        && "$PYTHON" manage.py load_demo_content >/dev/null \
        && "$PYTHON" manage.py update_index -v 0 \
        && "$PYTHON" manage.py collectstatic --noinput -v 0)
}

# start_gunicorn PORT [WORKERS] [extra gunicorn arguments]
start_gunicorn() {
    local port="$1" workers="${2:-2}"
    shift 2 || shift $#
    (cd "$ROOT" && exec "$PYTHON" -m gunicorn leerpunt_site.wsgi --bind "127.0.0.1:$port" \
        --workers "$workers" --no-control-socket --log-level warning "$@" \
        >"$WORK/gunicorn-$port.log" 2>&1) &
    GUNICORN_PIDS+=("$!")
    for _ in $(seq 100); do
        [ "$(status_of "http://127.0.0.1:$port/healthz")" = 200 ] && return 0
        sleep 0.2
    done
    log "gunicorn op poort $port kwam niet op:"; tail -n 30 "$WORK/gunicorn-$port.log" >&2; return 1
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time "${2:-10}" "$1" || true; }

# start_caddy PORT UPSTREAM_PORT: deploy/Caddyfile as shipped, on plain HTTP at 127.0.0.1:PORT,
# in front of gunicorn at 127.0.0.1:UPSTREAM_PORT, serving MEDIA_ROOT. Only the admin endpoint is
# switched off, so several runs never compete for its port.
start_caddy() {
    local port="$1" upstream="$2"
    [ -n "$CADDY" ] && [ -x "$CADDY" ] || { log "caddy niet gevonden (CADDY=/pad/naar/caddy)"; return 1; }
    mkdir -p "$WORK/caddy"
    printf '{\n\tadmin off\n}\nimport %s\n' "$ROOT/deploy/Caddyfile" >"$WORK/caddy/Caddyfile"
    (SITE_ADDRESS="http://127.0.0.1:$port" UPSTREAM="127.0.0.1:$upstream" MEDIA_DIR="$MEDIA_ROOT" \
        XDG_DATA_HOME="$WORK/caddy" XDG_CONFIG_HOME="$WORK/caddy" \
        exec "$CADDY" run --adapter caddyfile --config "$WORK/caddy/Caddyfile" \
        >"$WORK/caddy-$port.log" 2>&1) &
    CADDY_PIDS+=("$!")
    for _ in $(seq 50); do
        [ "$(status_of "http://127.0.0.1:$port/healthz")" = 200 ] && return 0
        sleep 0.2
    done
    log "Caddy op poort $port kwam niet op:"; tail -n 30 "$WORK/caddy-$port.log" >&2; return 1
}
