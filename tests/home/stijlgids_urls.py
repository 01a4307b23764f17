"""The site's URLs with /stijlgids/, as development (DEBUG) serves them."""

from django.urls import path

from leerpunt_site.core.styleguide import stijlgids
from leerpunt_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("stijlgids/", stijlgids, name="stijlgids"), *site_urlpatterns]
