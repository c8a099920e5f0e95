// Package catalog knows the products and finds them.
package catalog

import "example.com/shop/shared/text"

// Product is a catalog entry.
type Product struct {
	SKU        string
	Name       string
	PriceCents int64
	Category   string
	Tags       []string
}

// Slug is the product's URL segment.
func (p Product) Slug() string {
	return text.Slugify(p.Name)
}

// ByCategory returns the products of one category.
func ByCategory(products []Product, category string) []Product {
	var out []Product
	for _, p := range products {
		if p.Category == category {
			out = append(out, p)
		}
	}
	return out
}
