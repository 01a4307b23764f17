from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from leerpunt_site.core import views as core_views
from leerpunt_site.editorial import views as editorial_views
from leerpunt_site.search import views as search_views
from leerpunt_site.security import views as security_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before Wagtail's own: committee members preview the page they review (docs/editorial.md).
    path(
        "admin/pages/<int:page_id>/edit/preview/",
        editorial_views.ReviewerPreviewOnEditView.as_view(),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz", core_views.healthz, name="healthz"),
    # Wagtail's page-password form under its own URL and name, with a limit on wrong guesses.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        security_views.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Apps with Django views of their own, outside the page tree, say where in their AppConfig's
    # `url_prefix` and bring a urls.py ("Volg deze aanpak": a CSRF-free one-click unsubscribe).
    *[
        path(config.url_prefix, include(f"{config.name}.urls"))
        for config in apps.get_app_configs()
        if getattr(config, "url_prefix", None)
    ],
]

if settings.DEBUG:
    from django.conf.urls.static import static

    from leerpunt_site.core.styleguide import stijlgids

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [path("stijlgids/", stijlgids, name="stijlgids")]

urlpatterns += [path("", include(wagtail_urls))]
