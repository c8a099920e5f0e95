"""Sales tax in basis points (1 bp = 0.01 %)."""


def tax_for(cents: int, rate_bp: int) -> int:
    """The tax on an amount, rounded half up to the cent."""
    return (cents * rate_bp + 5000) // 10000


def with_tax(cents: int, rate_bp: int) -> int:
    return cents + tax_for(cents, rate_bp)
