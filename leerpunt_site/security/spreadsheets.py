"""CSV files staff and visitors open in a spreadsheet: text may never run as a formula."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Text that a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice
    against CSV injection); None becomes empty, numbers and dates stay as they are."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
