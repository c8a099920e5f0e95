"""Text helpers with no domain knowledge."""
import re

_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def truncate(text: str, limit: int) -> str:
    """Shortens text to at most `limit` characters, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit] + "…"


def normalize_whitespace(text: str) -> str:
    """Collapses runs of whitespace into one space and trims both ends."""
    return _SPACES.sub(" ", text).strip()


def slugify(name: str) -> str:
    """Lower-case words joined by dashes, for product URLs."""
    return _NON_SLUG.sub("-", name.lower()).strip("-")
