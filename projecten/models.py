from leerpunt_site.core.models import IndexPage


class ProjectIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/index_page.html"

    class Meta:
        verbose_name = "projectenoverzicht"
        verbose_name_plural = "projectenoverzichten"


class OnderzoekIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/index_page.html"

    class Meta:
        verbose_name = "onderzoekenoverzicht"
        verbose_name_plural = "onderzoekenoverzichten"


class OproepIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/index_page.html"

    class Meta:
        verbose_name = "oproepenoverzicht"
        verbose_name_plural = "oproepenoverzichten"
