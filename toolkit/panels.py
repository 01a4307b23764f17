from wagtail.admin.panels import FieldPanel


class LiveItemFieldPanel(FieldPanel):
    """A field that only means something once the item is published (the change note)."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return bool(self.instance.pk and self.instance.live) and super().is_shown()
