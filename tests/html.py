"""Read a response as a person sees it: parse the HTML and find elements, not substrings.

    page = parse(response)
    assert headings(page, "h1") == ["Toolkit"]
    assert "/toolkit/feedback/" in link_targets(page)
    assert checked(page, "thema") == ["feedback"]

Built on BeautifulSoup (a dependency of Wagtail) with Python's own HTML parser.
"""

from bs4 import BeautifulSoup


def parse(response_or_html):
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def text(element):
    """An element's text with its white space collapsed, as a screen shows it."""
    return " ".join(element.get_text(" ").split()) if element is not None else ""


def texts(elements):
    return [text(element) for element in elements]


def headings(page, selector="h1, h2, h3, h4, h5, h6"):
    return texts(page.select(selector))


def link_targets(page, selector="a"):
    return [link["href"] for link in page.select(selector) if link.has_attr("href")]


def links(page, selector="a"):
    """{text: href} of the links the selector finds."""
    return {text(link): link.get("href") for link in page.select(selector)}


def checked(page, name):
    """The values of the checked checkboxes and radio buttons called `name`."""
    return [box.get("value") for box in page.select(f'input[name="{name}"][checked]')]


def options(page, name):
    """The values of the checkboxes, radio buttons or select options a form field offers."""
    boxes = page.select(f'input[name="{name}"]')
    if boxes:
        return [box.get("value") for box in boxes]
    return [option.get("value") for option in page.select(f'select[name="{name}"] option')]


def selected(page, name):
    chosen = page.select_one(f'select[name="{name}"] option[selected]')
    return chosen.get("value") if chosen else None


def robots(page):
    """The content of the robots meta tag, or None when there is none."""
    tag = page.select_one('meta[name="robots"]')
    return tag.get("content") if tag else None


def table_rows(page, selector="table"):
    """The cells of every row of the first table the selector finds, as lists of texts."""
    table = page.select_one(selector)
    return [texts(row.select("th, td")) for row in table.select("tr")] if table else []


def containing(page, selector, words):
    """The first element the selector finds whose text contains `words`, or None."""
    return next((element for element in page.select(selector) if words in text(element)), None)
