"""How a page is found and served: Wagtail's own routing and privacy check, with fewer queries.

Both are measured in docs/performance.md (an uncached page must be no slower than before the
caching rework).
"""

from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from .queries import any_page_is_private


class ServingMixin:
    def get_view_restrictions(self):
        """Wagtail checks a page's view restrictions on every serve with two queries (the
        ancestors, then their restrictions); on a site without any there is nothing to read."""
        if not any_page_is_private():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def route(self, request, path_components):
        """Wagtail's `Page.route`, with every page along the path read in one query instead of
        two per level (the child, then itself as its own type): only the page found is then read
        as its own type. Each page keeps its parent, so breadcrumbs and `get_parent()` cost
        nothing more. As in Wagtail, a routable page's own routes come before its children, and
        a page with a routing of its own takes over the rest of the path."""
        if not path_components or _own_route(self, path_components):
            return super().route(request, path_components)
        found = _descendants_along(self, path_components)
        if not found:
            raise Http404
        page = found[-1].specific  # keeps its parent (Wagtail copies non-field attributes)
        return page.route(request, path_components[len(found) :])


def _descendants_along(parent, path_components):
    """The pages below `parent` named by the path, from the top, as far as they exist and route
    as plain pages: the last one found takes over the remaining components."""
    levels = Q()
    for offset, slug in enumerate(path_components, start=1):
        levels |= Q(depth=parent.depth + offset, slug=slug)
    candidates = Page.objects.filter(levels, path__startswith=parent.path).order_by("depth")
    found = []
    for page in candidates:
        above = found[-1] if found else parent
        if page.depth != above.depth + 1 or not page.path.startswith(above.path):
            continue  # a page of the same slug elsewhere in the tree
        page._cached_parent_obj = above
        found.append(page)
        if not _routes_as_a_plain_page(page, path_components[len(found) :]):
            break
    return found


def _routes_as_a_plain_page(page, remaining):
    """Whether Wagtail would look among this page's children for the rest of the path: its class
    routes with no other `route()` than Wagtail's, the routable pages' and this mixin's, and
    none of its own routes answers the path."""
    model = page.specific_class
    if model is None:
        return False
    routes = {klass.__dict__["route"] for klass in model.__mro__ if "route" in klass.__dict__}
    if not routes <= PLAIN_ROUTES:
        return False  # a routing of its own: it takes over
    return not _own_route(page, remaining, model)


def _own_route(page, path_components, model=None):
    """Whether a live routable page answers this path with one of its own routes."""
    model = model or type(page)
    if not issubclass(model, RoutablePageMixin) or not page.live or not path_components:
        return False
    try:
        model.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except Http404:
        return False
    return True


PLAIN_ROUTES = {Page.route, ServingMixin.route, RoutablePageMixin.route}
