#!/usr/bin/env bash
# Restore a back-up made by scripts/backup.sh: REPLACES the database's contents and the media.
#   scripts/restore.sh [--yes] FOLDER
# Reads DATABASE_URL and MEDIA_ROOT like backup.sh. The database may be empty or in use by this
# site; the restore runs in one transaction, so a failure leaves the database as it was. Then the
# page cache is purged (manage.py purge_page_cache with the site's settings from the environment).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to restore into}"
MEDIA_ROOT="${MEDIA_ROOT:-$ROOT/media}"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"

confirmed=no
if [ "${1:-}" = "--yes" ]; then confirmed=yes; shift; fi
SRC="${1:?usage: scripts/restore.sh [--yes] FOLDER}"

(cd "$SRC" && sha256sum --check --quiet SHA256SUMS)
if [ "$confirmed" != yes ]; then
    if [ ! -t 0 ]; then
        echo "Herstel overschrijft de database en de media: bevestig met --yes." >&2
        exit 2
    fi
    read -r -p "De database en $MEDIA_ROOT worden overschreven. Typ 'herstel' om door te gaan: " answer
    [ "$answer" = herstel ] || { echo "Afgebroken." >&2; exit 2; }
fi

"$PGBIN/pg_restore" --clean --if-exists --no-owner --no-privileges \
    --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$SRC/database.dump"
# The restored database carries the page cache generation of the backup: a new one makes every
# page cached before the restore stale, in every process (docs/reliability.md).
PYTHON="${PYTHON:-$([ -x "$ROOT/.venv/bin/python" ] && echo "$ROOT/.venv/bin/python" || echo python)}"
"$PYTHON" "$ROOT/manage.py" purge_page_cache

# Unpack beside the media folder, then swap, so a failed unpack leaves the old files in place.
parent="$(dirname "$MEDIA_ROOT")"
mkdir -p "$parent"
incoming="$(mktemp -d "$parent/.media-restore.XXXXXX")"
tar --extract --gzip --file="$SRC/media.tar.gz" --directory="$incoming"
if [ -d "$MEDIA_ROOT" ]; then
    chmod --reference="$MEDIA_ROOT" "$incoming"
    mv "$MEDIA_ROOT" "$incoming.old"
else
    chmod 755 "$incoming"
fi
mv "$incoming" "$MEDIA_ROOT"
rm -rf "$incoming.old"
echo "Hersteld uit $SRC"
