from catalog.products import Product, by_category


def test_slug_from_name():
    assert Product("s1", "Blue Enamel Mug", 1200).slug == "blue-enamel-mug"


def test_by_category():
    mug = Product("s1", "Mug", 1200, "kitchen")
    tee = Product("s2", "Tee", 2000, "apparel")
    assert by_category([mug, tee], "kitchen") == [mug]
