// Package payments handles refunds. Owned by the payments team.
package payments

// Refundable returns what can still be refunded, never negative.
func Refundable(paidCents, refundedCents int64) int64 {
	if paidCents < refundedCents {
		return 0
	}
	return paidCents - refundedCents
}
