package pricing

import "testing"

func TestFormatCents(t *testing.T) {
	if got := FormatCents(12345, "USD"); got != "$123.45" {
		t.Fatalf("FormatCents = %q", got)
	}
	if got := FormatCents(705, "EUR"); got != "€7.05" {
		t.Fatalf("FormatCents = %q", got)
	}
}

func TestPercentOff(t *testing.T) {
	if got := PercentOff(2000, 10); got != 1800 {
		t.Fatalf("PercentOff = %d", got)
	}
	if got := PercentOff(2000, -5); got != 2000 {
		t.Fatalf("negative percent: %d", got)
	}
}

func TestTaxOnWholeAmounts(t *testing.T) {
	if got := WithTax(1000, 1000); got != 1100 {
		t.Fatalf("WithTax = %d", got)
	}
}
