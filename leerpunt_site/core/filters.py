"""The one way a listing filters: a django-filter FilterSet on this base, bound to request.GET.

Every filtered listing (toolkit, leidraden, projecten, onderzoeken, oproepen, updates, agenda)
subclasses `ListingFilterSet`, which brings what they all share: themes (`thema`), levels
(`niveau`), search text (`q`), an optional sort order (`sorteer`) and the page (`pagina`). The
listing adds its own filters (status, organisation) and renders the form with
templates/components/filter_panel.html.

Unknown values are ignored, never passed to the ORM: a repeated parameter keeps its known values,
and a field that does not validate is left out of the query (django-filter filters on the form's
cleaned data only).
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.http import QueryDict

from leerpunt_site.pagecache.cache import cached
from leerpunt_site.search.query import search_queryset
from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema

SEARCH_MAX_LENGTH = 200
PAGE_PARAMETER = "pagina"


def without_nul_bytes(data):
    """A copy of the query parameters without NUL characters, which no database column accepts
    and which should never be echoed back into the form."""
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        cleaned.setlist(key, [value.replace("\x00", "") for value in values])
    return cleaned


class KnownChoicesField(forms.MultipleChoiceField):
    """Keeps the known values of a repeated parameter, once each, and drops the rest, so a stale or
    mistyped link still lists."""

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else []
        known = [item for item in values if isinstance(item, str) and self.valid_value(item)]
        return super().clean(list(dict.fromkeys(known)))


class KnownChoicesFilter(django_filters.MultipleChoiceFilter):
    field_class = KnownChoicesField


class ListingFilterSet(django_filters.FilterSet):
    """Themes, levels, search text, sort order and page: what every listing of the site offers.

    Subclasses add their own filters (the model comes from the queryset), and may set
    `sort_options` ({value: (label, ordering)}, the first the default) or override `order()`.
    Theme and level choices come from the listed pages themselves, so no choice gives an empty
    page; pass `choices_key` to keep them in the cache until the next publish.
    """

    q = django_filters.CharFilter(
        label="Zoek",
        method="filter_search",
        max_length=SEARCH_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    sorteer = django_filters.ChoiceFilter(label="Sorteer op", method="keep", empty_label=None)
    niveau = KnownChoicesFilter(
        label="Onderwijsniveau", method="filter_levels", widget=forms.CheckboxSelectMultiple
    )
    thema = KnownChoicesFilter(
        label="Thema", method="filter_themes", widget=forms.CheckboxSelectMultiple
    )

    sort_options = {}
    relevance = None  # set by search()
    # Filters that narrow the listing; sorting and paging do not.
    not_narrowing = {"sorteer"}

    def __init__(self, data, queryset, *, choices_key=None, **kwargs):
        super().__init__(without_nul_bytes(data), queryset, **kwargs)
        self.choices_key = choices_key
        self.filters["thema"].extra["choices"] = self.cached_choices("thema", self.theme_choices)
        self.filters["niveau"].extra["choices"] = self.cached_choices("niveau", self.level_choices)
        self.filters["sorteer"].extra["choices"] = [
            (value, label) for value, (label, _ordering) in self.sort_options.items()
        ]

    def cached_choices(self, name, build):
        """Choices derived from the listed pages: cached until the next publish when the listing
        gave a key (its page), else read each time."""
        if self.choices_key is None:
            return build()
        return cached(f"filter-choices:{self.choices_key}:{name}", build)

    def theme_choices(self):
        themes = Thema.objects.live().filter(pk__in=self.queryset.values("themes")).order_by("name")
        return list(themes.values_list("slug", "name"))

    def level_choices(self):
        levels = Onderwijsniveau.objects.filter(pk__in=self.queryset.values("levels"))
        return list(levels.values_list("slug", "name"))

    # What the visitor chose

    def value(self, name, default=None):
        """The valid value of a filter; unknown and invalid values count as not sent."""
        self.form.is_valid()
        return self.form.cleaned_data.get(name) or default

    @property
    def is_filtered(self):
        return any(self.value(name) for name in self.filters if name not in self.not_narrowing)

    @property
    def is_varied(self):
        """Whether this is any other view than the plain first page: such URLs are noindex."""
        return self.is_filtered or bool(self.value("sorteer")) or PAGE_PARAMETER in self.data

    @property
    def sort_value(self):
        return self.value("sorteer") or next(iter(self.sort_options), None)

    def panel_fields(self):
        """The form's fields as the filter panel shows them: a field without choices is left
        out, and a group of checkboxes says how many of its values are chosen."""
        shown = []
        for field in self.form:
            if hasattr(field.field, "choices"):
                # A select always has an "all" option or a default order: it needs two.
                needed = 2 if field.widget_type == "select" else 1
                if len(list(field.field.choices)) < needed:
                    continue
            chosen = self.value(field.name, []) if field.widget_type.endswith("multiple") else []
            shown.append({"field": field, "kind": field.widget_type, "chosen": len(chosen)})
        return shown

    # Filtering

    def filter_queryset(self, queryset):
        return self.order(super().filter_queryset(queryset))

    def order(self, queryset):
        """The listing's order: the chosen sort option, or the default one."""
        if not self.sort_options:
            return queryset
        return queryset.order_by(*self.sort_options[self.sort_value][1])

    def keep(self, queryset, name, value):
        """For filters applied elsewhere (the sort order, in order())."""
        return queryset

    def filter_search(self, queryset, name, value):
        text = value.strip()
        return self.search(queryset, text) if text else queryset

    def search(self, queryset, text):
        """The one place every listing searches: the listed pages matching all words of `text`.
        Their order of relevance is kept in `self.relevance` (page ids, best first)."""
        # Unordered: the search backend ranks the matches; the listing chooses its own order.
        matches = search_queryset(self.queryset.order_by(), text, operator="and")
        self.relevance = [page.pk for page in matches]
        return queryset.filter(pk__in=self.relevance)

    def filter_themes(self, queryset, name, value):
        tagged = self.queryset.model.objects.filter(themes__slug__in=value)
        return queryset.filter(pk__in=tagged.values("pk"))

    def filter_levels(self, queryset, name, value):
        tagged = self.queryset.model.objects.filter(levels__slug__in=value)
        return queryset.filter(pk__in=tagged.values("pk"))

    # Paging

    def page(self, per_page, count=None):
        """The requested page of the filtered listing (the last for a number past the end, the
        first for anything else). `count` spares the count query when the listing knows it."""
        paginator = Paginator(self.qs, per_page)
        if count is not None:
            paginator.count = count
        return paginator.get_page(self.data.get(PAGE_PARAMETER))
