"""Answers where they help: below the pages they are about, and beside the Vraagpunt form."""

from django import template

from ..models import AntwoordIndexPage, answers_about

register = template.Library()


@register.inclusion_tag("components/vragen_hierover.html", takes_context=True)
def vragen_hierover(context, page, heading_level=2):
    """The 'Vragen hierover' block: published answers that link to `page`. Renders nothing when
    there are none."""
    return {
        "answers": list(answers_about(page)),
        "heading_level": heading_level,
        "request": context.get("request"),
    }


@register.simple_tag
def antwoord_suggesties_url(vraagpunt_page):
    """The suggestions endpoint of the answer bank below this Vraagpunt page, or ''."""
    index = AntwoordIndexPage.objects.child_of(vraagpunt_page).live().first()
    return index.url + index.reverse_subpage("suggestions_json") if index else ""
