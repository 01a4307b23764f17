from django import forms
from django.utils import timezone

from leerpunt_site.taxonomy.models import Onderwijsniveau

from .formguard import HoneypotMixin, consent_help_text
from .vraag import Vraag


class VraagForm(HoneypotMixin, forms.ModelForm):
    level = forms.ModelChoiceField(
        label="Onderwijsniveau",
        queryset=Onderwijsniveau.objects.all(),
        required=False,
        empty_label="Niet van toepassing of weet ik niet",
        help_text="Over welk onderwijsniveau gaat je vraag?",
    )
    consent = forms.BooleanField(
        label="Ik geef Leerpunt toestemming om mijn vraag en mijn gegevens te bewaren om mijn "
        "vraag te beantwoorden.",
        help_text=consent_help_text("hoe lang we je gegevens bewaren en wat je rechten zijn"),
        error_messages={"required": "Vink het vakje aan, anders kunnen we je vraag niet bewaren."},
    )

    class Meta:
        model = Vraag
        fields = ["question", "role", "level", "email"]
        labels = {"question": "Je vraag", "role": "Je rol", "email": "Je e-mailadres"}
        help_texts = {
            "question": "Vermeld geen namen of andere gegevens van leerlingen. Maximaal 3000 tekens.",
            "email": "We gebruiken je e-mailadres alleen om je vraag te beantwoorden.",
        }
        error_messages = {
            "question": {"required": "Schrijf je vraag op."},
            "role": {"required": "Kies je rol."},
            "email": {
                "required": "Vul je e-mailadres in, zodat we je kunnen antwoorden.",
                "invalid": "Vul een geldig e-mailadres in, bv. naam@school.be.",
            },
        }
        widgets = {
            "question": forms.Textarea(attrs={"rows": 8}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [("", "Kies je rol"), *Vraag.Rol.choices]
        # Blank in the model only after anonymising; a new question needs an address to answer.
        self.fields["email"].required = True

    def save(self, commit=True):
        self.instance.consent_at = timezone.now()
        return super().save(commit=commit)
