from django import forms

from leerpunt_site.vraagpunt.formguard import HoneypotMixin, consent_help_text


class VolgForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label="Je e-mailadres",
        max_length=254,
        error_messages={
            "required": "Vul je e-mailadres in.",
            "invalid": "Vul een geldig e-mailadres in, bv. naam@school.be.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label="Stuur me een e-mail als hier iets verandert. Ik geef toestemming om mijn "
        "e-mailadres daarvoor te bewaren.",
        help_text=consent_help_text("welke gegevens we bewaren en hoe je je uitschrijft"),
        error_messages={"required": "Vink het vakje aan om te volgen."},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
