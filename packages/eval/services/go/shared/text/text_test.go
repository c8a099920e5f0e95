package text

import "testing"

func TestTruncateKeepsShortText(t *testing.T) {
	if got := Truncate("mug", 10); got != "mug" {
		t.Fatalf("Truncate = %q", got)
	}
}
