import pytest

from inventory.stock import OutOfStock, Stock


def test_reserve_takes_from_stock():
    stock = Stock({"s1": 3})
    stock.reserve("s1", 2)
    assert stock.available("s1") == 1


def test_reserve_more_than_available():
    with pytest.raises(OutOfStock):
        Stock({"s1": 1}).reserve("s1", 2)


def test_low_stock():
    assert Stock({"s1": 2, "s2": 40}).low_stock() == ["s1"]
