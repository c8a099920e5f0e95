package events

import "testing"

func TestPageViewIsPublished(t *testing.T) {
	e := PageView("/mugs", "sess-1")
	if e["type"] != "page_view" {
		t.Fatalf("type = %v", e["type"])
	}
}

func TestAddToCartCarriesQuantity(t *testing.T) {
	if q := AddToCart("s1", 2, "sess-1")["quantity"]; q != int64(2) {
		t.Fatalf("quantity = %v", q)
	}
}
