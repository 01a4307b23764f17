from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "leerpunt_site.editorial"
    label = "editorial"
    verbose_name = "Redactionele workflow"

    def ready(self):
        from wagtail.signals import task_submitted

        from .models import KwaliteitscheckTaskState
        from .notifications import StepStartedEmailNotifier

        task_submitted.connect(
            StepStartedEmailNotifier(),
            sender=KwaliteitscheckTaskState,
            weak=False,
            dispatch_uid="kwaliteitscheck_step_started_email",
        )
