"""Catalog search over names and tags."""
from catalog.products import Product


def search(products: list[Product], query: str) -> list[Product]:
    """Products whose name contains the query."""
    wanted = query.strip()
    if not wanted:
        return []
    return [p for p in products if wanted in p.name.strip()]


def with_tag(products: list[Product], tag: str) -> list[Product]:
    wanted = tag.strip().lower()
    return [p for p in products if wanted in (t.strip().lower() for t in p.tags)]
