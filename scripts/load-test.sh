#!/usr/bin/env bash
# Load test: wrk with 64 connections for 60 s per page type, through Caddy with deploy/Caddyfile
# in front of gunicorn with deploy/gunicorn.conf.py (production settings), as docker-compose.yml
# runs them, on a throwaway PostgreSQL cluster, loopback only. Prints requests/s, latency and
# errors (non-2xx/3xx responses and socket errors) per URL; exits non-zero on any error.
# Usage: scripts/load-test.sh   (WORKERS, DURATION, CONNECTIONS, SUT_PAGES override the defaults;
# CACHE_URL=redis://... for a shared cache as in compose; PROXY=none to load gunicorn directly)
set -euo pipefail
source "$(dirname "$0")/lib/site-under-test.sh"
PORT="${SUT_PORT:-8093}"
WORKERS="${WORKERS:-${WEB_CONCURRENCY:-3}}"  # the shipped config's default
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
PAGES=(${SUT_PAGES:-/ /toolkit/ /leidraden/ /updates/ /zoeken/?q=feedback /over-leerpunt/ /static/css/site.css})

if ! command -v wrk >/dev/null; then
    log "wrk installeren (Debian-pakket)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
PROXY="${PROXY:-caddy}"
if [ "$PROXY" = caddy ] && [ -z "$CADDY" ]; then
    log "caddy installeren (Debian-pakket)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy >/dev/null
    CADDY="$(command -v caddy)"
fi

start_cluster
start_redis
prepare_site
start_gunicorn "$PORT" "$WORKERS" --config "$ROOT/deploy/gunicorn.conf.py" --log-level info
BASE="http://127.0.0.1:$PORT"
if [ "$PROXY" = caddy ]; then
    start_caddy "$((PORT + 1))" "$PORT"
    BASE="http://127.0.0.1:$((PORT + 1))"
fi
for page in "${PAGES[@]}"; do  # warm every worker: renditions, compiled templates
    status=$(status_of "$BASE$page")
    [ "$status" = 200 ] || { log "$page antwoordt $status, niet 200"; exit 1; }
    for _ in $(seq $((WORKERS * 2))); do status_of "$BASE$page" >/dev/null; done
done

total_errors=0
printf '%-26s %10s %9s %9s %9s %7s\n' URL "verz./s" "gem. ms" "p50 ms" "p99 ms" fouten
for page in "${PAGES[@]}"; do
    out="$WORK/wrk.txt"
    wrk --threads 2 --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s --latency \
        "$BASE$page" >"$out"
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
    to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.0f", v / 1000; else if (v ~ /ms$/) printf "%.0f", v + 0; else printf "%.0f", v * 1000 }'; }
    mean=$(to_ms "$(awk '/^    Latency/ { print $2 }' "$out")")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk '/Non-2xx or 3xx/ { print $NF }' "$out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ { print $5 + $7 + $9 + $11 }' "$out")
    errors=$(( ${non2xx:-0} + ${socket:-0} ))
    total_errors=$((total_errors + errors))
    printf '%-26s %10s %9s %9s %9s %7s\n' "$page" "$rps" "$mean" "$p50" "$p99" "$errors"
    status_of "$BASE/healthz" 60 >/dev/null  # answers once the requests wrk left queued are done
done
echo "gunicorn: $WORKERS sync workers, deploy/gunicorn.conf.py; proxy: $PROXY; cache: ${CACHE_URL:-locmem://}"
echo "wrk: $CONNECTIONS verbindingen, $DURATION per URL, time-out 10 s"
echo "gunicorn herstartte workers: $(grep -c 'Autorestarting worker' "$WORK/gunicorn-$PORT.log" || true) keer"
echo "machine: $(nproc) kernen, belasting (1/5/15 min) $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$total_errors" -gt 0 ]; then echo "$total_errors fouten."; exit 1; fi
echo "0 fouten."
