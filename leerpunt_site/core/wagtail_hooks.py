from wagtail import hooks

from .content_checks import HOOK, shared_checks

hooks.register(HOOK, shared_checks)
