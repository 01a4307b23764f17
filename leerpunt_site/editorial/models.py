"""The quality check: a group approval step with Leerpunt's four criteria and the four-eyes rule."""

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.html import format_html
from wagtail.locks import WorkflowLock
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .forms import KwaliteitsbeoordelingForm, WijzigingenVragenForm


class KwaliteitscheckTaskState(TaskState):
    """One review step of one revision, with the criteria the reviewer confirmed."""

    wetenschappelijke_deskundigheid = models.BooleanField(
        "wetenschappelijke deskundigheid", default=False
    )
    betrouwbaarheid = models.BooleanField("betrouwbaarheid", default=False)
    toegankelijkheid = models.BooleanField("toegankelijkheid", default=False)
    bruikbaarheid = models.BooleanField("bruikbaarheid", default=False)

    class Meta:
        verbose_name = "stap van de kwaliteitscheck"
        verbose_name_plural = "stappen van de kwaliteitscheck"

    def confirmed_criteria(self):
        return [
            self._meta.get_field(name).verbose_name
            for name in KwaliteitsbeoordelingForm.CRITERIA
            if getattr(self, name)
        ]

    def get_comment(self):
        # Wagtail writes this into the page's history when the step is approved or rejected.
        parts = []
        if criteria := self.confirmed_criteria():
            parts.append("Bevestigde kwaliteitscriteria: " + ", ".join(criteria) + ".")
        if self.comment:
            parts.append(self.comment)
        return "\n".join(parts)


class KwaliteitscheckLock(WorkflowLock):
    """Says why a committee member may not decide on this step, where Wagtail only says "locked"."""

    def get_message(self, user):
        task_state = self.object.current_workflow_task_state
        if not (task_state and self.for_user(user) and self.task._user_in_groups(user)):
            return super().get_message(user)
        if task_state.workflow_state.requested_by_id == user.pk:
            reason = "Je diende deze versie zelf in."
        elif self.task.approved_other_step(task_state, user):
            reason = "Je keurde een vorige stap van deze versie al goed."
        else:
            return super().get_message(user)
        return format_html(
            "De pagina wacht op <b>{}</b>. {} Vier ogen: een ander lid van {} beslist over deze "
            "stap. Je kan de pagina wel bekijken, het voorbeeld openen en de wijzigingen vergelijken.",
            self.task.name,
            reason,
            ", ".join(group.name for group in self.task.groups.all()),
        )


class KwaliteitscheckTask(AbstractGroupApprovalTask):
    """A group approval step that applies the four-eyes rule.

    Wagtail's own group approval lets anyone in the group approve. Here a member may not approve
    a revision they submitted, nor one they already approved in another step of the same run.
    """

    task_state_class = KwaliteitscheckTaskState
    lock_class = KwaliteitscheckLock

    class Meta:
        verbose_name = "kwaliteitscheck (vier ogen)"
        verbose_name_plural = "kwaliteitschecks (vier ogen)"

    @classmethod
    def get_description(cls):
        return (
            "Leden van de gekozen groepen keuren goed na het afvinken van de vier "
            "kwaliteitscriteria. Wie indiende of een andere stap al goedkeurde, kan niet goedkeuren."
        )

    def approvable_by(self, user):
        """The task states in progress on this step that this user may approve or reject."""
        if not (user.is_superuser or self._user_in_groups(user)):
            return TaskState.objects.none()
        approved_other_step = TaskState.objects.filter(
            workflow_state=OuterRef("workflow_state"),
            revision=OuterRef("revision"),
            status=TaskState.STATUS_APPROVED,
            finished_by=user,
        ).exclude(task=self)
        return (
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            .exclude(workflow_state__requested_by=user)
            .exclude(Exists(approved_other_step))
        )

    def approved_other_step(self, task_state, user):
        return (
            TaskState.objects.filter(
                workflow_state=task_state.workflow_state,
                revision=task_state.revision,
                status=TaskState.STATUS_APPROVED,
                finished_by=user,
            )
            .exclude(task=self)
            .exists()
        )

    def user_may_review(self, obj, user):
        task_state = obj.current_workflow_task_state
        return bool(task_state) and self.approvable_by(user).filter(pk=task_state.pk).exists()

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # Wagtail's "awaiting your review" lists and our dashboard panel read this.
        return self.approvable_by(user)

    def get_actions(self, obj, user):
        if not self.user_may_review(obj, user):
            return []
        # Both actions open a form: approving asks for the criteria, rejecting for a reason.
        return [
            ("reject", "Wijzigingen vragen", True),
            ("approve", "Goedkeuren", True),
        ]

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self._user_in_groups(user)

    def locked_for_user(self, obj, user):
        # Only a reviewer who may decide on this step edits the page while it waits here.
        return not self.user_may_review(obj, user)

    def get_form_for_action(self, action):
        return KwaliteitsbeoordelingForm if action == "approve" else WijzigingenVragenForm

    def get_template_for_action(self, action):
        return "editorial/workflow_action_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # The page editor passes the modal's data on without validating it again: check it here.
        if not self.approvable_by(user).filter(pk=task_state.pk).exists():
            raise PermissionDenied
        form = self.get_form_for_action(action_name)(data=kwargs)
        if not form.is_valid():
            raise PermissionDenied(form.errors.as_text())
        task_state = task_state.specific
        for name in KwaliteitsbeoordelingForm.CRITERIA:
            setattr(task_state, name, form.cleaned_data.get(name, False))
        # approve() and reject() save the task state, criteria included, then log get_comment().
        super().on_action(
            task_state, user, action_name, comment=form.cleaned_data.get("comment", "")
        )
        # Wagtail's modal sends the reviewer here; the dashboard lists what still waits for them.
        return reverse("wagtailadmin_home")
