"""What the three listings share: a child page fetched in one query, and the list blocks."""

from django.http import Http404
from wagtail import blocks
from wagtail.fields import StreamField


class DetailRoutingMixin:
    """Route to a child page with a single query that also loads what its template shows.

    Wagtail's default routing fetches the child and then its specific page (two queries);
    `detail_queryset()` returns the specific pages with their relations in one go.
    """

    def detail_queryset(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        try:
            child = self.detail_queryset().child_of(self).get(slug=path_components[0])
        except self.detail_queryset().model.DoesNotExist as error:
            raise Http404 from error
        return child.route(request, path_components[1:])


def point_list(verbose_name, help_text):
    """An ordered list of short texts that an editor can add to, reorder and remove from."""
    return StreamField(
        [("item", blocks.TextBlock(label="punt", rows=2))],
        blank=True,
        verbose_name=verbose_name,
        help_text=help_text,
    )
