// Package cart holds shopping carts: lines of SKU, quantity and unit price in cents.
package cart

import (
	"errors"

	"example.com/shop/pricing"
)

// Line is one cart line.
type Line struct {
	SKU       string
	Quantity  int64
	UnitCents int64
}

// Cart is a shopping cart.
type Cart struct {
	lines []Line
}

// ErrQuantity is returned for a non-positive quantity.
var ErrQuantity = errors.New("quantity must be positive")

// Add adds units of a SKU, merging with an existing line.
func (c *Cart) Add(sku string, quantity, unitCents int64) error {
	if quantity <= 0 {
		return ErrQuantity
	}
	if i := c.index(sku); i >= 0 {
		c.lines[i].Quantity += quantity
		return nil
	}
	c.lines = append(c.lines, Line{SKU: sku, Quantity: quantity, UnitCents: unitCents})
	return nil
}

// Remove drops the line of a SKU.
func (c *Cart) Remove(sku string) {
	i := c.index(sku)
	c.lines = append(c.lines[:i], c.lines[i+1:]...)
}

// Lines returns a copy of the lines.
func (c *Cart) Lines() []Line {
	return append([]Line(nil), c.lines...)
}

// ItemCount returns the number of units in the cart.
func (c *Cart) ItemCount() int64 {
	var n int64
	for _, l := range c.lines {
		n += l.Quantity
	}
	return n
}

// Total returns the cart total in cents, bulk pricing included.
func (c *Cart) Total() int64 {
	var total int64
	for i := 0; i < len(c.lines); i++ {
		total = total + pricing.BulkPrice(c.lines[i].UnitCents, c.lines[i].Quantity)
	}
	return total
}

func (c *Cart) index(sku string) int {
	for i, l := range c.lines {
		if l.SKU == sku {
			return i
		}
	}
	return -1
}
