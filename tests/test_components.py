"""Shared template components."""

from django.template.loader import render_to_string

from leerpunt_site.core import vocabulary


def test_rating_reads_as_text_and_draws_filled_and_empty_icons():
    html = render_to_string(
        "components/rating.html",
        {"label": "Kosten", "value": 2, "max": 5, "icon": "euro", "value_text": "lage kost"},
    )

    assert "Kosten:" in html
    assert '<span class="visually-hidden">2 van 5</span>' in html
    assert html.count("figure__step--on") == 2
    assert html.count("figure__step--off") == 3
    assert html.count("#euro-on") == 2 and html.count("#euro-off") == 3
    assert 'aria-hidden="true"' in html


def test_unknown_rating_says_so_and_never_shows_a_number():
    html = render_to_string(
        "components/rating.html",
        {
            "label": "Bewijskracht",
            "value": None,
            "icon": "lock",
            "unknown_text": vocabulary.NOT_KNOWN,
        },
    )

    assert '<span class="rating__text">niet gekend</span>' in html
    assert "van 5" not in html


def test_rating_definition_is_linked_for_hover_and_keyboard_focus():
    html = render_to_string(
        "components/rating.html",
        {
            "label": "Kosten",
            "value": 1,
            "icon": "euro",
            "definition": "Wat de aanpak kost.",
            "id": "feedback-cost",
        },
    )

    assert 'tabindex="0" aria-describedby="feedback-cost-definition"' in html
    assert 'id="feedback-cost-definition" role="tooltip">Wat de aanpak kost.</span>' in html
