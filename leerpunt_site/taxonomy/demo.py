from leerpunt_site.demo.content import read_yaml

from .models import Onderwijsniveau, Schooljaar, Thema


def load():
    data = read_yaml("site.yaml")
    created = 0
    for order, item in enumerate(data["themes"]):
        # The migration made today's years; a year the demo content adds comes with it.
        school_year, _ = Schooljaar.objects.get_or_create(
            slug=item["school_year"], defaults={"name": item["school_year"]}
        )
        _, was_created = Thema.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "school_year": school_year,
                "short_description": item["short_description"],
                "description": item.get("description", ""),
                "plans": item.get("plans", ""),
                "sort_order": order,
            },
        )
        created += was_created
    for order, item in enumerate(data["levels"]):
        Onderwijsniveau.objects.get_or_create(
            slug=item["slug"], defaults={"name": item["name"], "sort_order": order}
        )
    return f"{Thema.objects.count()} thema's ({created} nieuw), {Onderwijsniveau.objects.count()} niveaus"
