"""The listing's filter form: every value comes from request.GET, so anything unknown is dropped."""

import re

from django import forms
from django.db.models import F

COMPARE_MIN = 2
COMPARE_MAX = 4
SLUG = re.compile(r"[-a-z0-9_]{1,255}")

SORT_CHOICES = [
    ("naam", "Naam (A tot Z)"),
    ("impact", "Impact (hoogste eerst)"),
    ("kost", "Kost (laagste eerst)"),
    ("bewijskracht", "Bewijskracht (sterkste eerst)"),
]
DEFAULT_SORT = "naam"
# Unknown figures go last whatever the direction; title and pk make the order deterministic.
ORDERINGS = {
    "naam": ["title", "pk"],
    "impact": [F("impact_months").desc(nulls_last=True), "title", "pk"],
    "kost": [F("cost").asc(nulls_last=True), "title", "pk"],
    "bewijskracht": [F("evidence").desc(nulls_last=True), "title", "pk"],
}


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values of a repeated parameter and drops the rest, instead of all of them."""

    def clean(self, value):
        known = {str(key) for key, _ in self.choices}
        return super().clean([item for item in value or [] if item in known])


class ToolkitFilterForm(forms.Form):
    q = forms.CharField(label="Zoek in deze toolkit", max_length=100, required=False)
    thema = LenientMultipleChoiceField(
        label="Thema's", required=False, widget=forms.CheckboxSelectMultiple
    )
    niveau = LenientMultipleChoiceField(
        label="Onderwijsniveau", required=False, widget=forms.CheckboxSelectMultiple
    )
    sorteer = forms.ChoiceField(label="Sorteer op", choices=SORT_CHOICES, required=False)

    def __init__(self, data, *, themes, levels):
        super().__init__(data)
        self.fields["thema"].choices = [(theme.slug, theme.name) for theme in themes]
        self.fields["niveau"].choices = [(level.slug, level.name) for level in levels]
        # Validate at once: invalid fields are left out of cleaned_data and so count as not sent.
        self.is_valid()

    def value(self, name, default=None):
        return self.cleaned_data.get(name) or default

    def checkbox_groups(self):
        """The level and theme fields with how many of their values are chosen."""
        return [
            {"field": self[name], "chosen": len(self.value(name, []))}
            for name in ("niveau", "thema")
        ]

    @property
    def is_filtered(self):
        return any(self.value(name) for name in ("q", "thema", "niveau"))

    @property
    def ordering(self):
        return ORDERINGS[self.value("sorteer", DEFAULT_SORT)]


def chosen_slugs(values):
    """The distinct page slugs among ?items= values, in the order given; anything else is dropped."""
    slugs = []
    for value in values[:50]:  # a shared link never needs more; keeps the query small
        if SLUG.fullmatch(value) and value not in slugs:
            slugs.append(value)
    return slugs
