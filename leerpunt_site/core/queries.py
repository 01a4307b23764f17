def live_and_public(pages):
    """Live pages outside private sections: Wagtail's `.live().public()`, read from the database
    on every call, so a page made private is left out at once in every process."""
    return pages.live().public()
