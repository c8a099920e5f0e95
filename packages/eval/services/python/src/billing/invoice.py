"""Invoices. Owned by the billing team."""
from pricing.tax import tax_for


def invoice_total(line_totals: list[int], rate_bp: int) -> int:
    subtotal = sum(line_totals)
    return subtotal + tax_for(subtotal, rate_bp)
