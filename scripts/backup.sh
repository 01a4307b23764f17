#!/usr/bin/env bash
# Back up the database (pg_dump, custom format) and the media files (tarball) into one folder.
#   scripts/backup.sh [FOLDER]      default: backups/<UTC timestamp>
# Reads DATABASE_URL (PostgreSQL) and MEDIA_ROOT (default: media/ in the project).
# Restore with scripts/restore.sh FOLDER. docs/reliability.md has the routine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to back up}"
MEDIA_ROOT="${MEDIA_ROOT:-$ROOT/media}"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
DEST="${1:-$ROOT/backups/$(date -u +%Y%m%dT%H%M%SZ)}"

mkdir -p "$DEST"
chmod 700 "$DEST"  # the dump holds accounts and form submissions
"$PGBIN/pg_dump" --format=custom --no-owner --no-privileges \
    --dbname="$DATABASE_URL" --file="$DEST/database.dump"
mkdir -p "$MEDIA_ROOT"
tar --create --gzip --file="$DEST/media.tar.gz" --directory="$MEDIA_ROOT" .
(cd "$DEST" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "Back-up klaar: $DEST ($(du -sh "$DEST" | cut -f1))"
