// Package billing computes invoices. Owned by the billing team.
package billing

import "example.com/shop/pricing"

// InvoiceTotal returns the total of the lines plus tax.
func InvoiceTotal(lineTotals []int64, rateBp int64) int64 {
	var subtotal int64
	for _, t := range lineTotals {
		subtotal += t
	}
	return subtotal + pricing.TaxFor(subtotal, rateBp)
}
