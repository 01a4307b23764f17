import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from leerpunt_site.ops.management.commands import run_scheduled_jobs
from tests.factories import StandardPageFactory

NOW = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def test_scheduled_page_goes_live_when_its_time_has_come(home):
    with time_machine.travel(NOW, tick=False):
        page = StandardPageFactory(parent=home, title="Nieuwe leidraad", live=False)
        page.go_live_at = NOW + datetime.timedelta(hours=1)
        page.save_revision().publish()
        page.refresh_from_db()
        assert not page.live

    with time_machine.travel(NOW + datetime.timedelta(hours=2), tick=False):
        call_command("run_scheduled_jobs")

    page.refresh_from_db()
    assert page.live


def test_a_job_that_does_not_exist_yet_is_skipped(db, capsys):
    call_command("run_scheduled_jobs", "publish_scheduled", "bestaat_niet")

    out = capsys.readouterr().out
    assert "publish_scheduled: klaar" in out
    assert "bestaat_niet: overgeslagen" in out


def test_one_failing_job_does_not_stop_the_others(db, monkeypatch):
    ran = []

    def fake_call_command(name, **kwargs):
        ran.append(name)
        if name == "publish_scheduled":
            raise RuntimeError("database weg")

    monkeypatch.setattr(run_scheduled_jobs, "call_command", fake_call_command)

    with pytest.raises(CommandError, match="publish_scheduled"):
        call_command("run_scheduled_jobs", "publish_scheduled", "check")

    assert ran == ["publish_scheduled", "check"]


@pytest.fixture
def production_like(settings):
    settings.MIDDLEWARE = [
        "leerpunt_site.ops.middleware.HealthCheckMiddleware",
        *settings.MIDDLEWARE,
    ]
    settings.ALLOWED_HOSTS = ["www.leerpunt.be"]
    settings.SECURE_SSL_REDIRECT = True


def test_load_balancer_reaches_healthz_by_ip_over_plain_http(client, db, production_like):
    response = client.get("/healthz", HTTP_HOST="10.0.1.17")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_other_urls_keep_the_host_check_and_https_redirect(client, home, production_like):
    assert client.get("/", HTTP_HOST="10.0.1.17").status_code == 400

    response = client.get("/", HTTP_HOST="www.leerpunt.be")
    assert response.status_code == 301
    assert response["Location"] == "https://www.leerpunt.be/"
