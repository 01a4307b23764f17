from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .hits import record_hit
from .ranking import Ranker
from .results import CANDIDATES, find, load_pages, suggestion, type_counts

PAGE_SIZE = 20


class SearchForm(forms.Form):
    q = forms.CharField(label="Zoek op de site", max_length=200, required=False, strip=True)
    type = forms.CharField(required=False, max_length=60)

    def clean_q(self):
        return self.cleaned_data["q"].replace("\x00", "")


def search(request):
    form = SearchForm(request.GET)
    valid = form.is_valid()
    query = form.cleaned_data["q"] if valid else ""
    context = {"form": form, "search_query": query, "robots": "noindex, follow"}

    if query:
        hits = find(query)
        counts = type_counts(hits)
        chosen_type = form.cleaned_data["type"]
        if chosen_type not in {kind for kind, _, _ in counts}:
            chosen_type = ""  # an unknown type is ignored, not an empty page
        shown = [hit for hit in hits if hit.kind == chosen_type] if chosen_type else hits
        results_page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("pagina"))
        load_pages(results_page.object_list)
        promotions = SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
        context.update(
            results_page=results_page,
            hit_count=len(hits),
            capped=len(hits) >= CANDIDATES,
            type_counts=counts,
            chosen_type=chosen_type,
            promotions=promotions,
            ranker=Ranker(query),
            suggestion=None if hits else suggestion(query),
        )
        record_hit(query, found=bool(hits))
    return TemplateResponse(request, "pages/search_results.html", context)
