"""Discounts on prices in cents."""

BULK_THRESHOLD = 10
BULK_PERCENT = 5


def percent_off(cents: int, percent: int) -> int:
    """The price after a percentage discount."""
    if percent < 0:
        percent = 0
    return cents - cents * percent // 100


def bulk_price(unit_cents: int, quantity: int) -> int:
    """The line price; BULK_PERCENT off each unit from BULK_THRESHOLD items on."""
    percent = BULK_PERCENT if quantity >= BULK_THRESHOLD else 0
    return (unit_cents - unit_cents * percent // 100) * quantity
