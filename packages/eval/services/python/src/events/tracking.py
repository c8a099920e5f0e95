"""Analytics events, published through the bus."""
from bus.bus import publish


def page_view(path: str, session_id: str) -> dict:
    return publish({"type": "page_view", "path": path, "session_id": session_id})


def add_to_cart(sku: str, quantity: int, session_id: str) -> dict:
    return publish({"type": "add_to_cart", "sku": sku, "quantity": quantity, "session_id": session_id})


def checkout_started(cart_total_cents: int, session_id: str) -> dict:
    return publish({"type": "checkout_started", "cart_total_cents": cart_total_cents, "session_id": session_id})
