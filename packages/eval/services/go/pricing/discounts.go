package pricing

// Bulk pricing: BulkPercent off each unit from BulkThreshold items on.
const (
	BulkThreshold = 10
	BulkPercent   = 5
)

// PercentOff returns the price after a percentage discount.
func PercentOff(cents, percent int64) int64 {
	if percent < 0 {
		percent = 0
	}
	return cents - cents*percent/100
}

// BulkPrice returns the line price for quantity units.
func BulkPrice(unitCents, quantity int64) int64 {
	var percent int64
	if quantity >= BulkThreshold {
		percent = BulkPercent
	}
	return (unitCents - unitCents*percent/100) * quantity
}
