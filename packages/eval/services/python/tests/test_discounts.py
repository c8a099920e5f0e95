from pricing.discounts import bulk_price, percent_off


def test_percent_off():
    assert percent_off(2000, 10) == 1800


def test_negative_percent_is_no_discount():
    assert percent_off(2000, -5) == 2000


def test_bulk_price_below_threshold():
    assert bulk_price(100, 9) == 900


def test_bulk_price_from_threshold():
    assert bulk_price(100, 10) == 950
