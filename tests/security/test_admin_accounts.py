"""Staff accounts: log-in throttling, password rules and optional two-factor authentication."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]

LOGIN = "/admin/login/"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "redacteur", "redacteur@leerpunt.be", "een-lang-en-sterk-wachtwoord", is_superuser=True
    )


def fail_login(client, username="redacteur", address="192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": "fout"}, REMOTE_ADDR=address)


def test_wagtail_login_locks_after_five_failures_with_a_dutch_429(client, editor, axes_on):
    for _ in range(4):
        assert fail_login(client).status_code == 200  # the form again, with its error

    response = fail_login(client)

    assert response.status_code == 429
    html = response.content.decode()
    assert "Te veel mislukte aanmeldpogingen" in html
    assert "Probeer het opnieuw over 15 minuten." in html


def test_a_locked_out_user_cannot_log_in_even_with_the_right_password(client, editor, axes_on):
    for _ in range(5):
        fail_login(client)

    response = client.post(
        LOGIN,
        {"username": "redacteur", "password": "een-lang-en-sterk-wachtwoord"},
        REMOTE_ADDR="192.0.2.10",
    )

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_name_locks_whatever_address_the_guesses_come_from(client, editor, axes_on):
    for number in range(5):
        fail_login(client, address=f"198.51.100.{number}")

    response = client.post(
        LOGIN,
        {"username": "redacteur", "password": "een-lang-en-sterk-wachtwoord"},
        REMOTE_ADDR="203.0.113.50",
    )

    assert response.status_code == 429


def test_an_address_locks_whatever_names_it_tries(client, editor, axes_on):
    for number in range(5):
        fail_login(client, username=f"naam{number}")

    response = fail_login(client, username="nog-een-naam")

    assert response.status_code == 429


def test_forged_forwarded_for_headers_do_not_reset_the_count(client, editor, axes_on, settings):
    """Straight to gunicorn from the internet: X-Forwarded-For is the visitor's own invention."""
    settings.TRUSTED_PROXY_COUNT = 1
    statuses = [
        client.post(
            LOGIN,
            {"username": f"naam{number}", "password": "fout"},
            REMOTE_ADDR="203.0.113.77",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        ).status_code
        for number in range(30)
    ]

    assert statuses[:5] == [200, 200, 200, 200, 429]
    assert set(statuses[5:]) == {429}


def test_login_failures_are_logged_without_name_or_address(client, editor, axes_on, caplog):
    fail_login(client, username="geheime.naam", address="192.0.2.99")

    assert caplog.records, "axes logs a failed log-in"
    assert "geheime.naam" not in caplog.text
    assert "192.0.2.99" not in caplog.text


@pytest.mark.parametrize(
    "password", ["kort-1A!", "123456789012345", "password1234", "redacteur-2024"]
)
def test_weak_passwords_are_refused(editor, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=editor)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_staff_turn_on_two_factor_with_a_code_from_their_app(client, editor):
    client.force_login(editor)

    page = client.get("/admin/tweestaps/")

    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    wrong = client.post("/admin/tweestaps/", {"token": "000000"})
    assert "Deze code klopt niet" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes a person wait a second after a wrong code

    response = client.post("/admin/tweestaps/", {"token": current_code(device)})

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed


def test_with_two_factor_on_the_admin_asks_for_a_code_after_log_in(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client.force_login(editor)

    blocked = client.get("/admin/pages/")
    assert blocked.status_code == 302
    assert blocked["Location"] == "/admin/tweestaps/controle/?next=%2Fadmin%2Fpages%2F"
    assert "Code invullen" in client.get(blocked["Location"]).content.decode()

    response = client.post(
        "/admin/tweestaps/controle/", {"token": current_code(device), "next": "/admin/pages/"}
    )

    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_step_never_redirects_to_another_site(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client.force_login(editor)

    response = client.post(
        "/admin/tweestaps/controle/",
        {"token": current_code(device), "next": "https://elders.example/"},
    )

    assert response["Location"] == "/admin/"


def test_staff_without_two_factor_go_straight_in(client, editor):
    client.force_login(editor)

    assert client.get("/admin/pages/").status_code == 200


def test_turning_two_factor_off_needs_a_current_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client.force_login(editor)
    client.post("/admin/tweestaps/controle/", {"token": current_code(device)})

    refused = client.post("/admin/tweestaps/uitschakelen/", {"token": "123456"})
    assert refused.status_code == 400
    assert TOTPDevice.objects.filter(user=editor).exists()

    device.refresh_from_db()  # each code works once, and a wrong one makes a person wait
    device.last_t = -1
    device.throttle_reset()
    client.post("/admin/tweestaps/uitschakelen/", {"token": current_code(device)})

    assert not TOTPDevice.objects.filter(user=editor).exists()
