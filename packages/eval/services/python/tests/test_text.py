from shared.text import slugify, truncate


def test_truncate_keeps_short_text():
    assert truncate("mug", 10) == "mug"


def test_slugify_joins_words_with_dashes():
    assert slugify("Blue Enamel Mug") == "blue-enamel-mug"
