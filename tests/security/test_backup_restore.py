"""scripts/backup.sh and scripts/restore.sh: a round trip into an empty database loses nothing."""

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model

from tests.factories import StandardPageFactory

from .site import build_site

ROOT = Path(__file__).resolve().parents[2]
PGBIN = Path(os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin"))
# The tables a person would miss: pages, their history, what visitors sent, uploaded files.
TABLES = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailforms_formsubmission",
    "wagtaildocs_document",
    "auth_user",
]


def database_url(name):
    db = connection.settings_dict
    return f"postgresql://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{name}"


def psql(url, sql):
    result = subprocess.run(  # noqa: S603 - fixed commands on the test cluster
        [PGBIN / "psql", "--no-psqlrc", "-tAq", "--dbname", url, "-c", sql],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def fingerprint(url):
    """Row count and a checksum of every row, per table."""
    return {
        table: psql(
            url,
            f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM {table} t",  # noqa: S608 - table names from TABLES
        )
        for table in TABLES
    }


def run_script(script, *args, url, media):
    env = {**os.environ, "DATABASE_URL": url, "MEDIA_ROOT": str(media), "PGBIN": str(PGBIN)}
    return subprocess.run(  # noqa: S603 - our own scripts
        [ROOT / "scripts" / script, *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def empty_database():
    """A second, empty database on the same cluster, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restore"
    admin_url = database_url("postgres")
    psql(admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    psql(admin_url, f'CREATE DATABASE "{name}"')
    yield database_url(name)
    psql(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_restore_into_an_empty_database_brings_back_pages_revisions_submissions_and_files(
    settings, tmp_path, empty_database, site_root
):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump needs PostgreSQL; CI always runs on PostgreSQL")
    settings.MEDIA_ROOT = tmp_path / "media"
    home = build_site()
    page = StandardPageFactory(parent=home, title="Toegankelijkheid", slug="toegankelijkheid")
    page.save_revision().publish()
    FormSubmission.objects.create(page=page, form_data={"vraag": "Hoe lees ik de toolkit?"})
    get_document_model().objects.create(
        title="Leidraad", file=SimpleUploadedFile("leidraad.pdf", b"%PDF-1.4 leidraad")
    )
    source = database_url(connection.settings_dict["NAME"])
    backup = tmp_path / "backup"

    made = run_script("backup.sh", str(backup), url=source, media=settings.MEDIA_ROOT)
    assert made.returncode == 0, made.stderr
    restored_media = tmp_path / "restored-media"
    restored = run_script(
        "restore.sh", "--yes", str(backup), url=empty_database, media=restored_media
    )

    assert restored.returncode == 0, restored.stderr
    assert fingerprint(empty_database) == fingerprint(source)
    assert "Hoe lees ik de toolkit?" in psql(
        empty_database, "SELECT form_data::text FROM wagtailforms_formsubmission"
    )
    assert (restored_media / "documents" / "leidraad.pdf").read_bytes() == b"%PDF-1.4 leidraad"
    # The page cache is purged: pages cached before the restore are stale in every process.
    generation = "SELECT token FROM pagecache_generation"
    assert psql(empty_database, generation) not in {"", psql(source, generation)}


def test_restore_refuses_to_overwrite_without_confirmation(tmp_path):
    sums = []
    for name in ["database.dump", "media.tar.gz"]:
        (tmp_path / name).write_bytes(b"inhoud")
        sums.append(f"{hashlib.sha256(b'inhoud').hexdigest()}  {name}\n")
    (tmp_path / "SHA256SUMS").write_text("".join(sums))

    result = run_script(
        "restore.sh", str(tmp_path), url="postgresql://nergens/x", media=tmp_path / "m"
    )

    assert result.returncode == 2
    assert "bevestig met --yes" in result.stderr


def test_restore_refuses_a_damaged_backup(tmp_path):
    (tmp_path / "database.dump").write_bytes(b"beschadigd")
    (tmp_path / "SHA256SUMS").write_text(f"{'0' * 64}  database.dump\n")

    result = run_script(
        "restore.sh", "--yes", str(tmp_path), url="postgresql://nergens/x", media=tmp_path / "m"
    )

    assert result.returncode != 0
    assert "FAILED" in result.stderr + result.stdout
