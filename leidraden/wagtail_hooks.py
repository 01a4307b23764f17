from wagtail import hooks

from leerpunt_site.core import content_checks

from .checks import leidraden_checks

hooks.register(content_checks.HOOK, leidraden_checks)
