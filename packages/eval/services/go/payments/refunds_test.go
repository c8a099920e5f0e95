package payments

import "testing"

func TestRefundableNeverNegative(t *testing.T) {
	if got := Refundable(500, 700); got != 0 {
		t.Fatalf("Refundable = %d", got)
	}
}
