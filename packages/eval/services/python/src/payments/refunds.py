"""Refunds. Owned by the payments team."""


def refundable(paid_cents: int, refunded_cents: int) -> int:
    return max(0, paid_cents - refunded_cents)
