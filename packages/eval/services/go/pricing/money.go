// Package pricing computes prices in integer cents: money formatting, discounts and tax.
package pricing

import (
	"fmt"
	"strconv"
	"strings"
)

// Symbols maps currency codes to their symbols.
var Symbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£"}

// FormatCents renders 12345 as "$123.45".
func FormatCents(cents int64, currency string) string {
	return fmt.Sprintf("%s%d.%02d", Symbols[currency], cents/100, abs(cents%100))
}

// ParseCents reads "123.45" as 12345 and "7" as 700; a leading currency symbol is ignored.
func ParseCents(s string) (int64, error) {
	cleaned := strings.TrimSpace(s)
	for _, symbol := range Symbols {
		cleaned = strings.TrimPrefix(cleaned, symbol)
	}
	whole, fraction, _ := strings.Cut(cleaned, ".")
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseInt((fraction + "00")[:2], 10, 64)
	if err != nil {
		return 0, err
	}
	return w*100 + f, nil
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func legacyRound(cents float64) int64 {
	return int64(cents + 0.5)
}
