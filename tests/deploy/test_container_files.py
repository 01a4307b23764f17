"""The Dockerfile, compose file, gunicorn config and .env.example keep the decisions in
docs/deployment.md. hadolint and dclint (`make lint-deploy`) check the files' form."""

import re
import runpy
import sys

import pytest
import yaml

from .conftest import REPO, run_production

GUNICORN_CONFIG = REPO / "deploy" / "gunicorn.conf.py"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def command_of(service):
    return " ".join(service["command"])


def test_compose_has_the_production_like_stack(compose):
    assert set(compose["services"]) == {
        "db",
        "redis",
        "migrate",
        "web",
        "scheduler",
        "worker",
        "proxy",
    }
    assert {"pgdata", "media"} <= set(compose["volumes"])


def test_migrations_are_a_release_step_before_web_starts(compose):
    services = compose["services"]

    assert command_of(services["migrate"]) == "python manage.py migrate --noinput"
    assert "migrate" not in command_of(services["web"])
    assert services["web"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )


def test_web_runs_gunicorn_with_its_config_and_the_shared_cache(compose):
    web = compose["services"]["web"]

    assert command_of(web) == "gunicorn --config deploy/gunicorn.conf.py"
    assert web["environment"]["CACHE_URL"].endswith("redis://redis:6379/0}")
    assert "media:/app/media" in web["volumes"]


def test_scheduler_runs_the_scheduled_jobs_in_a_loop(compose):
    command = command_of(compose["services"]["scheduler"])

    assert "python manage.py run_scheduled_jobs" in command
    assert "while true" in command


def test_a_worker_sends_the_mail_the_requests_queue(compose):
    """Production queues mail in the database (TASKS["mail"]); without a worker none leaves."""
    command = command_of(compose["services"]["worker"])

    assert command.startswith("python manage.py db_worker --backend mail")


@pytest.mark.parametrize("name", ["db", "redis", "web"])
def test_services_others_wait_for_have_a_healthcheck(compose, name):
    assert compose["services"][name]["healthcheck"]["test"][0] == "CMD"


def test_image_runs_as_a_user_without_privileges_and_never_migrates_on_start():
    dockerfile = (REPO / "Dockerfile").read_text()
    instructions = [line for line in dockerfile.splitlines() if re.match(r"^[A-Z]+ ", line)]

    assert sum(line.startswith("FROM ") for line in instructions) == 2
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in dockerfile
    assert [line for line in instructions if line.startswith("USER ")] == ["USER 10001:10001"]
    assert "collectstatic" in dockerfile
    start = instructions[-1]
    assert start.startswith("CMD ") and "gunicorn" in start and "migrate" not in start


def test_gunicorn_config_reads_its_numbers_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("PORT", "9000")

    config = runpy.run_path(str(GUNICORN_CONFIG))

    assert config["workers"] == 5
    assert config["bind"] == "0.0.0.0:9000"
    assert config["control_socket_disable"] is True
    assert config["accesslog"] == "-"
    # No client IP address (%(h)s) and no query string (%(q)s) in the access log.
    assert "%(h)s" not in config["access_log_format"]
    assert "%(U)s" in config["access_log_format"]


def test_gunicorn_never_recycles_all_workers_together():
    """Issue 19: with a jitter of 10 % every worker restarted within one second under load."""
    config = runpy.run_path(str(GUNICORN_CONFIG))

    assert config["max_requests_jitter"] >= config["max_requests"] // 2
    assert config["preload_app"] is True  # a recycled worker is a fork, not a fresh import


def test_gunicorn_accepts_the_config_and_loads_the_site():
    gunicorn = [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG)]

    result = run_production([*gunicorn, "--check-config"])

    assert result.returncode == 0, result.stderr


# Environment variables our code reads; boto3 reads the AWS credentials itself.
READ_BY_CODE = re.compile(
    r'(?:environ|env)(?:\.get\(|\[|, )\s*"([A-Z][A-Z0-9_]+)"|env_list\("([A-Z][A-Z0-9_]+)"'
)
READ_BY_LIBRARIES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}
SOURCES = [
    "leerpunt_site/settings/base.py",
    "leerpunt_site/settings/production.py",
    "leerpunt_site/settings/backing_services.py",
    "deploy/gunicorn.conf.py",
    "deploy/healthcheck.py",
]
DOCUMENTED = re.compile(r"^#? ?([A-Z][A-Z0-9_]+)=", re.MULTILINE)


def documented_variables():
    return set(DOCUMENTED.findall((REPO / ".env.example").read_text()))


def test_env_example_documents_every_variable_the_code_reads():
    read = {
        name
        for path in SOURCES
        for match in READ_BY_CODE.findall((REPO / path).read_text())
        for name in match
        if name
    }
    compose_vars = set(
        re.findall(r"\$\{([A-Z][A-Z0-9_]+)", (REPO / "docker-compose.yml").read_text())
    )

    missing = (read | compose_vars | READ_BY_LIBRARIES) - documented_variables()

    assert not missing, f"add to .env.example: {sorted(missing)}"
    assert {"SECRET_KEY", "MEDIA_STORAGE", "CACHE_URL", "FRONTEND_CACHE"} <= read
