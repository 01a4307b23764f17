from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier


class StepStartedEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Mails a committee when a step of the Kwaliteitscheck starts, with Wagtail's own message.

    Wagtail's notifier listens only for its TaskState class and picks its templates by the
    class name; ours has a subclass, so both are set here.
    """

    def get_template_base_prefix(self, instance, **kwargs):
        return "task_state_"
