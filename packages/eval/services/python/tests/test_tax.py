from pricing.tax import tax_for, with_tax


def test_tax_rounds_half_up():
    assert tax_for(1000, 825) == 83


def test_with_tax():
    assert with_tax(1000, 1000) == 1100
