"""A shopping cart: lines of sku, quantity and unit price in cents."""
from dataclasses import dataclass

from pricing.discounts import bulk_price


@dataclass
class Line:
    sku: str
    quantity: int
    unit_cents: int


class Cart:
    def __init__(self) -> None:
        self._lines: dict[str, Line] = {}

    def add(self, sku: str, quantity: int, unit_cents: int) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        line = self._lines.get(sku)
        if line:
            line.quantity += quantity
        else:
            self._lines[sku] = Line(sku, quantity, unit_cents)

    def remove(self, sku: str) -> None:
        del self._lines[sku]

    def lines(self) -> list[Line]:
        return list(self._lines.values())

    def item_count(self) -> int:
        return sum(line.quantity for line in self._lines.values())

    def total(self) -> int:
        total = 0
        for line in self._lines.values():
            total = total + bulk_price(line.unit_cents, line.quantity)
        return total
