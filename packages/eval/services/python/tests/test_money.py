from pricing.money import format_cents


def test_format_cents_in_dollars():
    assert format_cents(12345) == "$123.45"


def test_format_cents_pads_the_cents():
    assert format_cents(705, "EUR") == "€7.05"
