"""Signed links in mails (confirm, unsubscribe) that name a record and its address.

The address is part of the signature, so a link for a deleted and re-created record of someone else
never matches. Used by the newsletter and by any app that mails a visitor on their request.
"""

from django.core import signing


class SignedLinkMixin:
    token_email_lookup = "email"  # noqa: S105 - a field lookup: where the address is

    def token(self, salt):
        return signing.dumps([self.pk, self.email], salt=salt)

    @classmethod
    def from_token(cls, token, salt, max_age=None):
        """The record a link points to, or None when it no longer exists.

        Raises signing.BadSignature (or its subclass SignatureExpired) for a forged or old link.
        """
        pk, email = signing.loads(token, salt=salt, max_age=max_age)
        return cls.objects.filter(pk=pk, **{cls.token_email_lookup: email}).first()
