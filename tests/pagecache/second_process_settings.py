"""Settings of the second process in test_two_processes.py: the test settings with the page cache
on, in the Redis given by CACHE_URL, as production runs it."""

import os

from leerpunt_site.settings.backing_services import cache_from_url
from leerpunt_site.settings.test import *  # noqa: F403

CACHES = cache_from_url(os.environ["CACHE_URL"])
PAGE_CACHE_ENABLED = True
PAGE_CACHE_GENERATION_SECONDS = 1
