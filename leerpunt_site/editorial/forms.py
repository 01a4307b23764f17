"""The forms a reviewer fills in when deciding on a step of the quality check."""

from django import forms


class KwaliteitsbeoordelingForm(forms.Form):
    """Approving means confirming all four of Leerpunt's quality criteria."""

    CRITERIA = [
        "wetenschappelijke_deskundigheid",
        "betrouwbaarheid",
        "toegankelijkheid",
        "bruikbaarheid",
    ]

    wetenschappelijke_deskundigheid = forms.BooleanField(
        label="Wetenschappelijke deskundigheid",
        help_text="Steunt het op degelijk, actueel en correct weergegeven onderzoek?",
        error_messages={"required": "Bevestig de wetenschappelijke deskundigheid."},
    )
    betrouwbaarheid = forms.BooleanField(
        label="Betrouwbaarheid",
        help_text="Is de informatie juist, transparant en eerlijk over haar grenzen?",
        error_messages={"required": "Bevestig de betrouwbaarheid."},
    )
    toegankelijkheid = forms.BooleanField(
        label="Toegankelijkheid",
        help_text="Is het vlot te vinden, te lezen en te begrijpen, en gratis?",
        error_messages={"required": "Bevestig de toegankelijkheid."},
    )
    bruikbaarheid = forms.BooleanField(
        label="Bruikbaarheid",
        help_text="Kan je er in een Vlaamse klas of school concreet mee aan de slag?",
        error_messages={"required": "Bevestig de bruikbaarheid."},
    )
    comment = forms.CharField(
        label="Opmerking",
        required=False,
        widget=forms.Textarea({"rows": 3}),
        help_text="Optioneel. Komt in de geschiedenis van de pagina.",
    )


class WijzigingenVragenForm(forms.Form):
    comment = forms.CharField(
        label="Wat moet er veranderen?",
        widget=forms.Textarea({"rows": 4}),
        help_text="De redactie ziet deze uitleg in de geschiedenis van de pagina.",
        error_messages={"required": "Leg uit wat er moet veranderen."},
    )
