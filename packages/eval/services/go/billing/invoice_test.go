package billing

import "testing"

func TestInvoiceTotalWithTax(t *testing.T) {
	if got := InvoiceTotal([]int64{500, 500}, 1000); got != 1100 {
		t.Fatalf("InvoiceTotal = %d", got)
	}
}
