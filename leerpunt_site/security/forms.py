from django import forms


class TokenForm(forms.Form):
    """A six-digit code from an authenticator app, checked against one device."""

    token = forms.CharField(
        label="Code uit je authenticator-app",
        min_length=6,
        max_length=6,
        help_text="De zes cijfers die de app nu toont.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]*"}
        ),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"]
        if not token.isdigit() or self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError("Deze code klopt niet of is verlopen. Probeer de volgende.")
        return token
