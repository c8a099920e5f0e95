from catalog.products import Product
from catalog.search import search, with_tag

PRODUCTS = [
    Product("s1", "Blue Mug", 1200, "kitchen", ("Ceramic",)),
    Product("s2", "Red Tee", 2000, "apparel", ("cotton",)),
]


def test_search_by_name():
    assert [p.sku for p in search(PRODUCTS, "Mug")] == ["s1"]


def test_empty_query_finds_nothing():
    assert search(PRODUCTS, "  ") == []


def test_with_tag_ignores_case():
    assert [p.sku for p in with_tag(PRODUCTS, "ceramic")] == ["s1"]
