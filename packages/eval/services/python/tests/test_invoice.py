from billing.invoice import invoice_total


def test_invoice_total_with_tax():
    assert invoice_total([500, 500], 1000) == 1100
