"""Groups, permissions and workflows for Leerpunt's editorial process, in one idempotent place.

`apply()` runs from the data migration (with the migration's model registry), from
`manage.py setup_editorial` and from the demo loader. It only adds what is missing and resets the
workflow assignments to the ones described in docs/editorial.md. Page permissions and workflow
assignments are per subtree: sections that do not exist yet are picked up on the next run, and
`wagtail_hooks.py` runs the section part again when a new top-level section is created.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from wagtail.models import get_page_models

REDACTIE = "Redactie"
COMMUNICATIE = "Communicatie"
WETENSCHAPPELIJKE_COMMISSIE = "Wetenschappelijke commissie"
GEBRUIKERSCOMMISSIE = "Gebruikerscommissie"
BEHEER = "Beheer"

KWALITEITSCHECK = "Kwaliteitscheck"
KWALITEITSCHECK_STEPS = [
    ("Wetenschappelijke check", WETENSCHAPPELIJKE_COMMISSIE),
    ("Bruikbaarheidscheck", GEBRUIKERSCOMMISSIE),
]
PUBLICATIECHECK = "Publicatiecheck"
PUBLICATIECHECK_STEP = ("Nakijken door Communicatie", COMMUNICATIE)

# A section root's page type says `quality_checked = True` when its pages go live only through
# the Kwaliteitscheck (the toolkit, the guides, the research assignments, the answer bank): see
# checked_sections().
# Wagtail's starter groups and workflow, replaced by the ones above.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

EDIT_PAGES = ["add_page", "change_page", "lock_page"]
USE_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MANAGE_MEDIA = USE_MEDIA + ["wagtailimages.delete_image", "wagtaildocs.delete_document"]
COMMUNICATION = [
    "core.change_sitesettings",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
]


# The kennisagenda's theme texts (taxonomy.Thema, drafted and published like a page): Redactie
# drafts and submits them to the Publicatiecheck, Communicatie publishes them as it publishes the
# kennisagenda section; Beheer owns the taxonomy itself (adding, deleting, naming, ordering:
# Thema.TAXONOMY_PERMISSION). Locking as for pages: each may lock, Beheer unlocks others' locks.
THEME_TEXTS = ["taxonomy.change_thema", "taxonomy.lock_thema"]
# Snippet models that go through the Publicatiecheck, as "app_label.model".
PUBLICATIECHECK_SNIPPETS = ["taxonomy.thema"]
# Permissions Wagtail adds after migrating (wagtail/snippets/models.py) for snippets with drafts
# or locks; a migration that needs them first makes them the same way.
WAGTAIL_SNIPPET_ACTIONS = ("publish", "lock", "unlock")


def crud(*labels, actions=("add", "change", "delete")):
    return [
        f"{app_label}.{action}_{model}"
        for label in labels
        for app_label, model in [label.split(".")]
        for action in actions
    ]


# The staff tasks outside the page tree, each owned by a group (docs/editors.md lists them).
# A content app's model names its groups itself, in `staff_permissions` (read by
# declared_permissions()): the shell names no content app.
# Questions and sign-ups come from the public forms: answered, exported, never made up.
PUBLIC_RECORDS = crud("vraagpunt.vraag", "nieuwsbrief.inschrijving", actions=("change", "view"))

# Models no group edits directly, and why; every other model of ours needs an owning group
# (tests/editorial/test_setup.py::test_every_model_has_an_owning_group).
NOT_EDITED_BY_STAFF = {
    "editorial.kwaliteitschecktaskstate": "written by the workflow when a step starts or ends",
    "editorial.kwaliteitschecktask": "a workflow step; Beheer manages them as wagtailcore.task",
    "pagecache.generation": "the page cache's purge token, renewed by the site on every publish",
}


@dataclass(frozen=True)
class Role:
    name: str
    permissions: tuple = ()  # "app_label.codename" model permissions
    media: tuple = ()  # permissions on the root collection of images and documents
    pages: tuple = ()  # page permissions on the whole tree
    open_sections: tuple = ()  # page permissions on every section outside the checked ones


ROLES = [
    Role(
        REDACTIE,
        ("wagtailadmin.access_admin", *THEME_TEXTS),
        tuple(USE_MEDIA),
        tuple(EDIT_PAGES),
    ),
    Role(
        COMMUNICATIE,
        (
            "wagtailadmin.access_admin",
            *COMMUNICATION,
            *PUBLIC_RECORDS,
            *THEME_TEXTS,
            "taxonomy.publish_thema",
        ),
        tuple(USE_MEDIA),
        tuple(EDIT_PAGES),
        ("publish_page",),
    ),
    # The committees need no page permissions: the workflow step opens the page to them.
    Role(WETENSCHAPPELIJKE_COMMISSIE, ("wagtailadmin.access_admin",)),
    Role(GEBRUIKERSCOMMISSIE, ("wagtailadmin.access_admin",)),
    Role(
        BEHEER,
        (
            "wagtailadmin.access_admin",
            *COMMUNICATION,
            *crud(
                "vraagpunt.vraag", "nieuwsbrief.inschrijving", actions=("change", "delete", "view")
            ),
            *crud("auth.user", "auth.group", "wagtailcore.site", "wagtailcore.collection"),
            *crud("wagtailcore.workflow", "wagtailcore.task"),
            *crud("taxonomy.thema", "taxonomy.onderwijsniveau", "taxonomy.schooljaar"),
            *crud("taxonomy.thema", actions=WAGTAIL_SNIPPET_ACTIONS),
        ),
        tuple(MANAGE_MEDIA),
        (*EDIT_PAGES, "unlock_page", "bulk_delete_page"),
        ("publish_page",),
    ),
]


def apply(apps=global_apps):
    """Create or complete the groups, their permissions and both workflows."""
    groups = {role.name: ensure_group(apps, role) for role in ROLES}
    retire_wagtail_defaults(apps)
    ensure_workflow(
        apps, KWALITEITSCHECK, "editorial.KwaliteitscheckTask", KWALITEITSCHECK_STEPS, groups
    )
    publicatiecheck = ensure_workflow(
        apps, PUBLICATIECHECK, "wagtailcore.GroupApprovalTask", [PUBLICATIECHECK_STEP], groups
    )
    # Everything outside the checked sections: Redactie submits, Communicatie approves.
    Page = apps.get_model("wagtailcore", "Page")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for root in Page.objects.filter(depth=1):
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": publicatiecheck})
    # The theme texts too: Redactie submits them, Communicatie approves (or publishes directly).
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for label in PUBLICATIECHECK_SNIPPETS:
        app_label, model = label.split(".")
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": publicatiecheck}
        )
    apply_to_sections(apps)


def migrate(apps, schema_editor):
    """apply() from a data migration: Django creates model permissions only after the last
    migration, and the groups need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply(apps)


def apply_to_sections(apps=global_apps):
    """Assign the Kwaliteitscheck to the checked sections and let Communicatie publish the rest."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    checked, open_sections = sections(apps)
    kwaliteitscheck = Workflow.objects.filter(name=KWALITEITSCHECK).first()
    if kwaliteitscheck:
        for page in checked:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": kwaliteitscheck})
    for role in ROLES:
        group = Group.objects.filter(name=role.name).first()
        if not group:
            continue
        for codename in role.open_sections:
            permission = page_permission(apps, codename)
            for page in open_sections:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )


def declared_permissions():
    """{group name: ["app_label.action_model", ...]} that models declare in `staff_permissions`,
    {group name: actions}. Read from the current model classes, as checked_sections()."""
    declared = {}
    for model in global_apps.get_models():
        for group, actions in getattr(model, "staff_permissions", {}).items():
            declared.setdefault(group, []).extend(crud(model._meta.label_lower, actions=actions))
    return declared


def checked_sections():
    """(app_label, model name) of the section root types that set `quality_checked`. Read from the
    current page classes: a migration's historical models have no such attribute."""
    return [
        (model._meta.app_label, model._meta.model_name)
        for model in get_page_models()
        if getattr(model, "quality_checked", False)
    ]


def sections(apps):
    """The checked section roots, and every other page directly below a site's home page."""
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")

    checked_types = [
        content_type.pk
        for app_label, model in checked_sections()
        for content_type in ContentType.objects.filter(app_label=app_label, model=model)
    ]
    checked = list(Page.objects.filter(content_type__in=checked_types).order_by("path"))
    open_sections = []
    for site in Site.objects.select_related("root_page").order_by("pk"):
        home = site.root_page
        open_sections += Page.objects.filter(
            path__startswith=home.path, depth=home.depth + 1
        ).exclude(content_type__in=checked_types)
    return checked, sorted(set(open_sections), key=lambda page: page.path)


def ensure_group(apps, role):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")

    group, _ = Group.objects.get_or_create(name=role.name)
    labels = [*role.permissions, *declared_permissions().get(role.name, ())]
    group.permissions.add(
        *[model_permission(apps, label) for label in labels if not added_later(apps, label)]
    )
    # A database flushed by a transactional test has no root collection until one is made.
    if collection := Collection.objects.filter(depth=1).first():
        for label in role.media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=model_permission(apps, label)
            )
    for root in Page.objects.filter(depth=1):
        for codename in role.pages:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=page_permission(apps, codename)
            )
    return group


def ensure_workflow(apps, name, task_model, steps, groups):
    """A workflow with these steps in order; each step a task approved by one group."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model(task_model)
    content_type, _ = ContentType.objects.get_or_create(
        app_label=Task._meta.app_label, model=Task._meta.model_name
    )

    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    for order, (task_name, group_name) in enumerate(steps):
        task, created = Task.objects.get_or_create(
            name=task_name, defaults={"content_type": content_type, "active": True}
        )
        if created:
            task.groups.set([groups[group_name]])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def retire_wagtail_defaults(apps):
    """Deactivate Wagtail's starter workflow and drop its groups while nobody is in them.

    Wagtail's "Moderators" group may publish the whole tree: left in place, anyone added to it
    would bypass the Kwaliteitscheck.
    """
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
    WorkflowPage.objects.filter(workflow__name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def model_permission(apps, label):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = label.split(".")
    action, _, model = codename.partition("_")
    if action in WAGTAIL_SNIPPET_ACTIONS:
        # Wagtail makes these after migrating; a data migration makes them as Wagtail would.
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        verbose_name = apps.get_model(app_label, model)._meta.verbose_name_raw
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action} {verbose_name}"},
        )
        return permission
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def added_later(apps, label):
    """True for a model permission of a model a migration's registry does not hold yet: an older
    migration that runs apply() skips it, a later one (or setup_editorial) adds it."""
    app_label, codename = label.split(".")
    action, _, model = codename.partition("_")
    if action not in ("add", "change", "delete", "view", *WAGTAIL_SNIPPET_ACTIONS):
        return False
    try:
        apps.get_model(app_label, model)
    except LookupError:
        return True
    return False


def page_permission(apps, codename):
    return model_permission(apps, f"wagtailcore.{codename}")
