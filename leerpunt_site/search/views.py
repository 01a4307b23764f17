from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

PAGE_SIZE = 20


class SearchForm(forms.Form):
    q = forms.CharField(label="Zoek op de site", max_length=200, required=False, strip=True)


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    query = query.replace("\x00", "")
    results_page = promotions = None
    grouped = []

    if query:
        results = Page.objects.live().public().specific().search(query)
        results_page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("pagina"))
        # Group this page of results by page type, keeping the relevance order of the first hit.
        order, groups = [], {}
        for result in results_page.object_list:
            label = result.specific_class._meta.verbose_name_plural
            if label not in groups:
                order.append(label)
                groups[label] = []
            groups[label].append(result)
        grouped = [(label, groups[label]) for label in order]
        normalised = normalise_query_string(query)
        promotions = SearchPromotion.objects.filter(query__query_string=normalised).select_related(
            "page"
        )
        Query.get(query).add_hit()

    return TemplateResponse(
        request,
        "pages/search_results.html",
        {
            "form": form,
            "search_query": query,
            "results_page": results_page,
            "grouped_results": grouped,
            "promotions": promotions,
            "robots": "noindex, follow",
        },
    )
