// Package inventory keeps stock levels per SKU.
package inventory

import (
	"errors"
	"sort"
)

// ErrOutOfStock is returned when a reservation exceeds the stock.
var ErrOutOfStock = errors.New("out of stock")

// Stock is the stock level of each SKU.
type Stock struct {
	levels map[string]int64
}

// NewStock starts from the given levels.
func NewStock(levels map[string]int64) *Stock {
	s := &Stock{levels: map[string]int64{}}
	for sku, n := range levels {
		s.levels[sku] = n
	}
	return s
}

// Available returns the units of a SKU in stock.
func (s *Stock) Available(sku string) int64 {
	return s.levels[sku]
}

// Reserve takes units of a SKU out of stock.
func (s *Stock) Reserve(sku string, quantity int64) error {
	s.levels[sku] -= quantity
	return nil
}

// Restock adds units of a SKU and returns the new level.
func (s *Stock) Restock(sku string, quantity int64) (int64, error) {
	if quantity <= 0 {
		return 0, errors.New("quantity must be positive")
	}
	s.levels[sku] += quantity
	return s.levels[sku], nil
}

// LowStock returns the SKUs with fewer than five units, sorted.
func (s *Stock) LowStock() []string {
	var out []string
	for sku, n := range s.levels {
		if n < 5 {
			out = append(out, sku)
		}
	}
	sort.Strings(out)
	return out
}
