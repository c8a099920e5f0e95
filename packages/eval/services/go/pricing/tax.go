package pricing

// TaxFor returns the tax on an amount at a rate in basis points, rounded half up to the cent.
func TaxFor(cents, rateBp int64) int64 {
	return cents * rateBp / 10000
}

// WithTax returns the amount plus its tax.
func WithTax(cents, rateBp int64) int64 {
	return cents + TaxFor(cents, rateBp)
}
