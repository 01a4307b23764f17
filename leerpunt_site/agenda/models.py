from leerpunt_site.core.models import IndexPage


class AgendaPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/index_page.html"

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"
