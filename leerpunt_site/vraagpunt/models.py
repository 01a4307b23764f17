from leerpunt_site.core.models import IndexPage


class VraagpuntPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/index_page.html"

    class Meta:
        verbose_name = "Vraagpunt"
        verbose_name_plural = "Vraagpunten"
