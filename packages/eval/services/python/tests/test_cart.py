import pytest

from cart.cart import Cart


def test_total_of_lines():
    cart = Cart()
    cart.add("s1", 2, 500)
    cart.add("s2", 1, 300)
    assert cart.total() == 1300


def test_adding_the_same_sku_merges_lines():
    cart = Cart()
    cart.add("s1", 1, 500)
    cart.add("s1", 2, 500)
    assert [(l.sku, l.quantity) for l in cart.lines()] == [("s1", 3)]


def test_remove_a_line():
    cart = Cart()
    cart.add("s1", 1, 500)
    cart.remove("s1")
    assert cart.lines() == []


def test_quantity_must_be_positive():
    with pytest.raises(ValueError):
        Cart().add("s1", 0, 500)
