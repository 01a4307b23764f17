import datetime

from leerpunt_site.demo.content import add_child, add_index_page, read_yaml, themes

from .models import UpdateIndexPage, UpdatePage


def load():
    data = read_yaml("updates.yaml")
    index, _ = add_index_page(UpdateIndexPage, "updates", data["updates_index"])
    created = 0
    for item in data["updates"]:
        _, was_created = add_child(
            index,
            UpdatePage,
            item["slug"],
            title=item["title"],
            date=datetime.date.fromisoformat(item["date"]),
            summary=item["summary"],
            search_description=item["summary"][:155],
            body=item["body"],
            themes=themes(item.get("themes")),
        )
        created += was_created
    return f"{created} nieuwe updates"
