"""Products as the catalog knows them."""
from dataclasses import dataclass, field

from shared.text import slugify


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    category: str = "general"
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def slug(self) -> str:
        return slugify(self.name)


def by_category(products: list[Product], category: str) -> list[Product]:
    return [p for p in products if p.category == category]
