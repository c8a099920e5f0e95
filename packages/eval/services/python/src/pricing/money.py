"""Money is an integer number of cents; these helpers format and parse it."""

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def format_cents(cents: int, currency: str = "USD") -> str:
    """12345 -> "$123.45"."""
    symbol = SYMBOLS[currency]
    return f"{symbol}{cents // 100}.{cents % 100:02d}"


def parse_cents(text: str) -> int:
    """"123.45" -> 12345; "7" -> 700; a leading currency symbol is ignored."""
    cleaned = text.strip().lstrip("".join(SYMBOLS.values()))
    whole, _, fraction = cleaned.partition(".")
    fraction = (fraction + "00")[:2]
    return int(whole or "0") * 100 + int(fraction)


def _legacy_round(cents: float) -> int:
    return int(cents + 0.5)
