import uuid

from django.db import models


class Generation(models.Model):
    """The page cache's generation of record: one row, a new token at every purge.

    Kept in the database so that a purge is written in the same transaction as the change that
    caused it and cannot be lost while the cache is down (see cache.py).
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "paginacachegeneratie"

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        token = cls.objects.filter(pk=1).values_list("token", flat=True).first()
        return token or cls.renew()

    @classmethod
    def renew(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.update_or_create(pk=1, defaults={"token": token})
        return token
