from django import forms


class KnownChoicesField(forms.MultipleChoiceField):
    """Keeps the values that are choices and drops the rest, so a stale or mistyped link still lists."""

    def clean(self, value):
        return [item for item in self.to_python(value) if self.valid_value(item)]


class LeidraadFilterForm(forms.Form):
    """The filters of the guides listing, bound to request.GET (thema and niveau repeatable)."""

    status = forms.ChoiceField(label="Status", required=False, widget=forms.RadioSelect)
    thema = KnownChoicesField(label="Thema", required=False, widget=forms.CheckboxSelectMultiple)
    niveau = KnownChoicesField(
        label="Onderwijsniveau", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, data, *, statuses, themes, levels):
        super().__init__(data)
        self.fields["status"].choices = [("", "Alle"), *statuses]
        self.fields["thema"].choices = [(theme.slug, theme.name) for theme in themes]
        self.fields["niveau"].choices = [(level.slug, level.name) for level in levels]

    @property
    def filters(self):
        """The valid filter values; an invalid status is ignored rather than shown as an error."""
        self.is_valid()
        return {
            "status": self.cleaned_data.get("status", ""),
            "thema": self.cleaned_data.get("thema", []),
            "niveau": self.cleaned_data.get("niveau", []),
        }

    @property
    def is_filtered(self):
        return any(self.filters.values())
