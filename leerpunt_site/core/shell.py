"""What every page's header and footer show, cached until the next purge of the page cache.

The site settings and the header and footer links cost three queries, and the breadcrumbs one
more, on every uncached page. They change only when an editor saves the settings or publishes,
moves or deletes a page: exactly the events that bump the page cache's generation, which is part
of these keys. If the cache is down they are read from the database.
"""

from wagtail.models import Site

from leerpunt_site.pagecache.cache import cached

from .models import SiteSettings


def site_shell(request):
    """Contact details and navigation links as plain values, for templates/base.html."""
    if not hasattr(request, "_site_shell"):
        site = Site.find_for_request(request)

        def build():
            site_settings = SiteSettings.for_site(site)

            def links(related):
                return [
                    {"text": link.text, "url": link.page.get_url(request)}
                    for link in related.select_related("page")
                    if link.page.live
                ]

            return {
                "organisation_name": site_settings.organisation_name,
                "tagline": site_settings.tagline,
                "address": site_settings.address,
                "email": site_settings.email,
                "phone": site_settings.phone,
                "linkedin_url": site_settings.linkedin_url,
                "header_links": links(site_settings.header_links),
                "footer_links": links(site_settings.footer_links),
            }

        request._site_shell = cached(f"shell:{site.pk if site else 0}", build)
    return request._site_shell


def breadcrumbs(request, page):
    """[{title, url}] from the home page down to the page's parent; empty on the home page."""
    if page is None or page.depth <= 2:
        return []

    def build():
        ancestors = page.get_ancestors().filter(depth__gt=1)
        return [
            {"title": "Home" if a.depth == 2 else a.title, "url": a.get_url(request)}
            for a in ancestors.only("title", "url_path", "depth", "path")
        ]

    return cached(f"crumbs:{page.path}", build)
