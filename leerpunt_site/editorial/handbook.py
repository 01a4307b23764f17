"""The editors' handbook (docs/editors.md) as HTML for the admin, so one text serves both.

The handbook uses a small part of Markdown: headings, paragraphs, lists, bold and code. This
renders exactly that part; anything else shows as plain text, escaped.
"""

import re
from pathlib import Path

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

HANDBOOK = Path(settings.BASE_DIR) / "docs" / "editors.md"
LIST_ITEM = re.compile(r"^(-|\d+\.) (.*)$")


def inline(text):
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"`(.+?)`", r"<code>\1</code>", text)


def render(markdown):
    """(title, HTML body): the first-level heading becomes the title, ## an h2, ### an h3."""
    title, html = "", []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        heading = re.match(r"^(#{1,3}) (.*)$", lines[0])
        if heading and len(lines) == 1:
            level = len(heading.group(1))
            if level == 1:
                title = heading.group(2)
            else:
                html.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif LIST_ITEM.match(lines[0]):
            tag = "ul" if lines[0].startswith("-") else "ol"
            items = []
            for line in lines:
                if item := LIST_ITEM.match(line):
                    items.append(item.group(2))
                else:  # a continuation line of the item above
                    items[-1] += " " + line.strip()
            html.append(f"<{tag}>" + "".join(f"<li>{inline(i)}</li>" for i in items) + f"</{tag}>")
        else:
            html.append(f"<p>{inline(' '.join(line.strip() for line in lines))}</p>")
    return title, mark_safe("\n".join(html))  # noqa: S308 - every text passed through escape()


def handbook():
    return render(HANDBOOK.read_text(encoding="utf-8"))
