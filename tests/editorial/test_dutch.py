"""The admin in Dutch: no English phrase and no word glued to a number where editors read.

Our corrections to Wagtail's Dutch live in locale/nl/LC_MESSAGES/django.po (docs/editorial.md).
"""

import datetime
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
import time_machine
import wagtail
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from .conftest import submit

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"
ENGLISH = re.compile(
    r"\b(ago|seconds?|minutes?|hours?|days?|weeks|Checks|Content metrics|locked|awaiting|"
    r"Only reviewers|by|at|on|None|In progress)\b"
)
# A word glued to a number, as in "op3 december" or "1-6van 6pagina's".
GLUED = re.compile(r"[^\W\d_]{2,}\d|\d[^\W\d_]{2,}")
INLINE = {"a", "abbr", "b", "code", "em", "i", "mark", "small", "span", "strong", "time"}


def po_entries(path):
    """{msgid: [msgstr, ...]} of a .po file: enough of the format for Wagtail's and ours."""
    entries, key, current = {}, None, {}
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if match := re.match(r'(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line):
            if match[1] == "msgid" and current:
                entries[current["msgid"]] = current
                current = {}
            key = match[1]
            current[key] = match[2]
        elif (match := re.match(r'"(.*)"$', line)) and key:
            current[key] += match[1]
    if current:
        entries[current["msgid"]] = current
    return {
        msgid.encode().decode("unicode_escape"): [
            value.encode().decode("unicode_escape")
            for name, value in entry.items()
            if name.startswith("msgstr")
        ]
        for msgid, entry in entries.items()
        if msgid
    }


def visible_text(element):
    """The text as a browser lays it out: inline elements run on, others stand apart."""
    for hidden in element.select("script, style, template, [hidden]"):
        hidden.decompose()
    for tag in element.find_all(True):
        if tag.name not in INLINE:
            tag.insert_before(" ")
            tag.insert_after(" ")
    return " ".join(element.get_text("").split())


def shown(html, selector):
    soup = BeautifulSoup(html, "html.parser")
    return " ".join(visible_text(element) for element in soup.select(selector))


def assert_dutch(text):
    assert text
    assert not ENGLISH.findall(text), text
    assert not GLUED.findall(text), text


def test_every_correction_is_compiled_and_overrides_a_string_wagtail_has():
    ours = po_entries(CATALOGUE)
    wagtails = {}
    for path in Path(wagtail.__file__).parent.glob("**/locale/nl/LC_MESSAGES/django.po"):
        wagtails.update(po_entries(path))

    assert ours
    with translation.override("nl"):
        for msgid, msgstrs in ours.items():
            assert msgid in wagtails, f"Wagtail no longer has: {msgid!r}"
            assert translation.gettext(msgid) == msgstrs[0], f"run `make messages`: {msgid!r}"


@pytest.fixture
def waiting(client, people, sections):
    """A page in the Kwaliteitscheck and one in the Publicatiecheck, submitted by the redacteur,
    and a page each of the redacteur and of Communicatie locked."""
    submit(client, people["redacteur"], sections["toolkit"], title="Toolkit 2027")
    submit(client, people["redacteur"], sections["updates"], title="Nieuws")
    for page, person in (
        (sections["over"], "redacteur"),
        (sections["onderzoeken"], "communicatie"),
    ):
        page.locked, page.locked_by, page.locked_at = True, people[person], timezone.now()
        page.save()
    return sections


@contextmanager
def later(client, user, days=10):
    """Ten days on, logged in anew (a session does not last that long): dates read as dates."""
    with time_machine.travel(timezone.now() + datetime.timedelta(days=days)):
        client.force_login(user)
        yield


@pytest.mark.parametrize("person", ["redacteur", "communicatie", "wetenschap"])
def test_the_dashboard_speaks_dutch(client, people, waiting, person):
    with later(client, people[person]):
        html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert_dutch(shown(html, "main"))


@pytest.mark.parametrize(
    "section, expected",
    [
        ("over", "is vergrendeld door jou op "),
        ("onderzoeken", "is vergrendeld door Communicatie op "),
        ("toolkit", "wacht op 'Wetenschappelijke check' in de workflow 'Kwaliteitscheck'."),
    ],
)
def test_a_locked_pages_messages_speak_dutch(client, people, waiting, section, expected):
    with later(client, people["redacteur"]):
        html = client.get(reverse("wagtailadmin_pages:edit", args=[waiting[section].pk])).content
    messages = shown(html.decode(), ".messages")
    status = shown(html.decode(), '[data-side-panel="status"]')

    assert expected in messages
    assert_dutch(messages)
    assert_dutch(status)


def test_the_workflow_step_says_how_long_ago_in_dutch(client, people, waiting):
    with later(client, people["redacteur"]):
        html = client.get(reverse("wagtailadmin_pages:edit", args=[waiting["toolkit"].pk]))

    # Wagtail says it with Django's humanize, whose Dutch comes only with the app installed.
    status = shown(html.content.decode(), '[data-side-panel="status"]')
    assert re.search(r"Verstuurd naar Wetenschappelijke check 1 week, 3 dagen geleden", status)


@pytest.mark.parametrize(
    "view", ["wagtailadmin_pages:history", "wagtailadmin_pages:workflow_history"]
)
def test_the_history_of_a_page_in_review_speaks_dutch(client, people, waiting, view):
    with later(client, people["redacteur"]):
        html = client.get(reverse(view, args=[waiting["toolkit"].pk])).content.decode()

    assert_dutch(shown(html, "main"))
