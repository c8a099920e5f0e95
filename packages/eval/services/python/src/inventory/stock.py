"""Stock levels per sku."""


class OutOfStock(Exception):
    pass


class Stock:
    def __init__(self, levels: dict[str, int] | None = None) -> None:
        self._levels = dict(levels or {})

    def available(self, sku: str) -> int:
        return self._levels.get(sku, 0)

    def reserve(self, sku: str, quantity: int) -> None:
        if quantity > self.available(sku):
            raise OutOfStock(sku)
        self._levels[sku] = self.available(sku) - quantity

    def restock(self, sku: str, quantity: int) -> int:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self._levels[sku] = self.available(sku) + quantity
        return self._levels[sku]

    def low_stock(self) -> list[str]:
        return sorted(sku for sku, level in self._levels.items() if level < 5)
