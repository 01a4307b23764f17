"""The theme filter shared by the updates and agenda listings (`?thema=<slug>`, repeatable)."""

from django import forms

from leerpunt_site.taxonomy.models import Thema


class ThemaFilterForm(forms.Form):
    thema = forms.MultipleChoiceField(
        label="Thema", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, data, themes):
        """data: request.GET; themes: the themes the listing uses, so no choice gives an empty page.

        Unknown, repeated or malformed slugs are dropped before validation: they are ignored,
        and the rest of the filter still applies.
        """
        self.themes = list(themes)
        known = {theme.slug for theme in self.themes}
        data = data.copy()
        data.setlist(
            "thema", [slug for slug in dict.fromkeys(data.getlist("thema")) if slug in known]
        )
        super().__init__(data)
        self.fields["thema"].choices = [(theme.slug, theme.name) for theme in self.themes]

    @property
    def chosen(self):
        if not self.is_valid():
            return []
        slugs = set(self.cleaned_data["thema"])
        return [theme for theme in self.themes if theme.slug in slugs]

    def filter(self, pages):
        """Pages tagged with any of the chosen themes."""
        if not self.chosen:
            return pages
        return pages.filter(themes__in=self.chosen).distinct()


def themes_of(pages):
    """The themes these pages use, for the filter's choices: one query."""
    return Thema.objects.filter(pk__in=pages.values("themes")).order_by("name")
