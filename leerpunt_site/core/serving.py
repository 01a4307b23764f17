"""How a page is found and served: Wagtail's own routing and privacy check, with fewer queries.

Both are measured in docs/performance.md (an uncached page must be no slower than before the
caching rework).
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction

from .queries import any_page_is_private


class ServingMixin:
    def get_view_restrictions(self):
        """Wagtail checks a page's view restrictions on every serve with two queries (the
        ancestors, then their restrictions); on a site without any there is nothing to read."""
        if not any_page_is_private():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def route(self, request, path_components):
        """Wagtail's `Page.route`, one query cheaper per level where this page may only have
        children of one type (an index of items): the child is read as that type at once,
        instead of as a `Page` and then as itself. The child keeps this page as its parent, so
        breadcrumbs and `get_parent()` cost nothing more. A routable page's own routes come
        first, as in Wagtail; anything not found here gets Wagtail's own answer."""
        if not path_components:
            return super().route(request, path_components)
        child_models = type(self).allowed_subpage_models()
        if len(child_models) != 1 or self._has_route(path_components):
            return super().route(request, path_components)
        child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
        if child is None:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def _has_route(self, path_components):
        if not isinstance(self, RoutablePageMixin) or not self.live:
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True
