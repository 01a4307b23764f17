"""Hostile input for the sweeps in test_fuzz.py: values, query strings and a small HTML reader."""

from html.parser import HTMLParser
from typing import NamedTuple
from urllib.parse import urlsplit

# Every query parameter a listing, filter or search of ours reads, and a few it might.
PARAMETER_NAMES = [
    "q",
    "pagina",
    "page",
    "thema",
    "thema_slug",
    "niveau",
    "sorteer",
    "items",
    "status",
    "type",
    "oproep",
    "ronde",
    "organisatie",
    "code",
    "jaar",
    "maand",
    "categorie",
    "formaat",
    "format",
    "next",
    # the werkmap's selection (werkmap/selection.py)
    "v",
    "aanpak",
    "aanbeveling",
    "werkvorm",
]

NASTY_VALUES = [
    "",
    "\x00",
    "a\x00b",
    "-1",
    "0",
    "-99999999999999999999",
    "99999999999999999999999999999999",
    "1e309",
    "NaN",
    "1.5",
    "0x1f",
    "１２",  # full-width digits: int() accepts them, a database may not
    " 7 ",
    "x" * 5000,
    "🏫" * 300,
    "\u202egnp.exe",
    "Z\u0351\u0354\u0355a\u0360\u035dl\u0358g\u0350o",
    "\ufeff\u200b",
    "' OR '1'='1' --",
    '!(a & b) | "c":* <-> \\',  # full-text query syntax, for the search backends
    '"><script>alert(1)</script>',
    "{{ 7*7 }}{% debug %}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: sessionid=x",
    "[]",
    "null",
]

# The values that break code most often, sent to every route and, one at a time, in each field
# of a form filled in as a person would: a NUL byte passes a plain CharField and PostgreSQL
# refuses it; a number too big for any column; a text just short enough for every search box
# (max_length 100 or more), so it reaches the search backend instead of failing validation.
SHARP_VALUES = ["\x00", "-99999999999999999999", "🏫" * 99]


def mixed_queries(values):
    """As many queries as values, giving every parameter every value once, and in each query a
    different value per parameter: a value that makes a form invalid sits in one parameter at a
    time instead of hiding what the others would reach."""
    return [
        {name: values[(row + column) % len(values)] for column, name in enumerate(PARAMETER_NAMES)}
        for row in range(len(values))
    ]


# Raw query strings the test client must not re-encode: broken escapes, invalid UTF-8, repeats.
RAW_QUERY_STRINGS = [
    "pagina=%",
    "q=%zz%g1",
    "q=%ff%fe%00",
    "thema=%c0%af",
    "pagina=1&pagina=2&pagina=-3",
    "thema=a&thema=b&thema=" + "&thema=".join(str(n) for n in range(300)),
    "niveau[]=1&sorteer[x]=y",
    "=&&=&q",
    "q=" + "%" * 1000,
]

NASTY_HEADERS = {
    "HTTP_ACCEPT_LANGUAGE": "x" * 500 + ";q=abc, nl;q=-1, *;q=99",
    "HTTP_IF_MODIFIED_SINCE": "gisteren",
    "HTTP_IF_NONE_MATCH": '"\x00"',
    "HTTP_RANGE": "bytes=-5-9999999999999999999",
    "HTTP_COOKIE": "sessionid=\x00; csrftoken=" + "x" * 500,
    "HTTP_X_FORWARDED_FOR": "not-an-address, ::::, 999.1.1.1",
}


class PageReader(HTMLParser):
    """Collects the local links of a page and its forms, each field with a value a person might
    send: the input's own value, the first option of a list, or a plausible text by input type."""

    PLAUSIBLE = {"email": "lezer@school.be", "number": "2", "url": "https://example.org/"}

    def __init__(self):
        super().__init__()
        self.links = set()
        self.forms = []  # Form, in page order
        self.select = None  # the name of the <select> being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        form = self.forms[-1] if self.forms else None
        if tag == "a" and attrs.get("href"):
            self.links.add(attrs["href"])
        elif tag == "form":
            method = (attrs.get("method") or "get").lower()
            self.forms.append(Form(method, attrs.get("action") or "", {}))
        elif form is None:
            return
        elif tag == "select" and attrs.get("name"):
            form.fields[attrs["name"]] = None  # the first option with a value fills it
            self.select = attrs["name"]
        elif tag == "option" and attrs.get("value") and form.fields.get(self.select, "") is None:
            form.fields[self.select] = attrs["value"]
        elif tag in ("input", "textarea", "button") and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                value = attrs.get("value", "on")
            elif "value" in attrs or kind in ("hidden", "submit"):
                value = attrs.get("value", "")
            else:
                value = self.PLAUSIBLE.get(kind, "Een vraag over feedback.")
            form.fields.setdefault(attrs["name"], value)


class Form(NamedTuple):
    method: str
    action: str
    fields: dict  # name -> a plausible value (None: a list without choices)


def read_page(html):
    reader = PageReader()
    reader.feed(html)
    return reader


def local_path(href, current):
    """The path of a link on this site, or None for other sites, anchors, mail and the admin."""
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in (
        "",
        "localhost",
        "testserver",
    ):
        return None
    path = parts.path or current
    if not path.startswith("/") or path.startswith(("/admin/", "/django-admin/", "/static/")):
        return None
    return path
