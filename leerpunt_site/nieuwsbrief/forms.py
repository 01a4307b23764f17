from django import forms

from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema
from leerpunt_site.vraagpunt.formguard import HoneypotMixin, consent_help_text


class NieuwsbriefForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label="Je e-mailadres",
        max_length=254,
        error_messages={
            "required": "Vul je e-mailadres in.",
            "invalid": "Vul een geldig e-mailadres in, bv. naam@school.be.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    levels = forms.ModelMultipleChoiceField(
        label="Onderwijsniveaus",
        queryset=Onderwijsniveau.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Niet verplicht. Kies niets om over alle niveaus te lezen.",
    )
    themes = forms.ModelMultipleChoiceField(
        label="Thema's",
        queryset=Thema.objects.live(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Niet verplicht. Kies niets om over alle thema's te lezen.",
    )
    consent = forms.BooleanField(
        label="Ik wil de nieuwsbrief van Leerpunt ontvangen en geef toestemming om mijn "
        "e-mailadres en interesses daarvoor te bewaren.",
        help_text=consent_help_text("welke gegevens we bewaren en hoe je je uitschrijft"),
        error_messages={"required": "Vink het vakje aan om je in te schrijven."},
    )

    def clean_email(self):
        # One sign-up per mailbox, however the visitor typed the capitals.
        return self.cleaned_data["email"].strip().lower()
