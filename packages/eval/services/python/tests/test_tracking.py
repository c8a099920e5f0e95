from bus import bus
from events.tracking import add_to_cart, page_view


def test_page_view_is_published():
    event = page_view("/mugs", "sess-1")
    assert event["type"] == "page_view"
    assert bus.published[-1] is event


def test_add_to_cart_carries_quantity():
    assert add_to_cart("s1", 2, "sess-1")["quantity"] == 2
