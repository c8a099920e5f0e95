package catalog

import "strings"

// Search returns the products whose name contains the query.
func Search(products []Product, query string) []Product {
	wanted := strings.TrimSpace(query)
	if wanted == "" {
		return nil
	}
	var out []Product
	for _, p := range products {
		if strings.Contains(strings.TrimSpace(p.Name), wanted) {
			out = append(out, p)
		}
	}
	return out
}

// WithTag returns the products carrying a tag, ignoring case.
func WithTag(products []Product, tag string) []Product {
	wanted := strings.ToLower(strings.TrimSpace(tag))
	var out []Product
	for _, p := range products {
		for _, t := range p.Tags {
			if strings.ToLower(strings.TrimSpace(t)) == wanted {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
