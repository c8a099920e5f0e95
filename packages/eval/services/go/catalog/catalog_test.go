package catalog

import "testing"

var products = []Product{
	{SKU: "s1", Name: "Blue Mug", PriceCents: 1200, Category: "kitchen", Tags: []string{"Ceramic"}},
	{SKU: "s2", Name: "Red Tee", PriceCents: 2000, Category: "apparel", Tags: []string{"cotton"}},
}

func skus(ps []Product) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.SKU)
	}
	return out
}

func TestSearchByName(t *testing.T) {
	if got := skus(Search(products, "Mug")); len(got) != 1 || got[0] != "s1" {
		t.Fatalf("Search = %v", got)
	}
}

func TestEmptyQueryFindsNothing(t *testing.T) {
	if got := Search(products, "  "); len(got) != 0 {
		t.Fatalf("Search = %v", got)
	}
}

func TestWithTagIgnoresCase(t *testing.T) {
	if got := skus(WithTag(products, "ceramic")); len(got) != 1 || got[0] != "s1" {
		t.Fatalf("WithTag = %v", got)
	}
}

func TestByCategory(t *testing.T) {
	if got := skus(ByCategory(products, "apparel")); len(got) != 1 || got[0] != "s2" {
		t.Fatalf("ByCategory = %v", got)
	}
}
