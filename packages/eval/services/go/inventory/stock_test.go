package inventory

import "testing"

func TestReserveTakesFromStock(t *testing.T) {
	s := NewStock(map[string]int64{"s1": 3})
	if err := s.Reserve("s1", 2); err != nil {
		t.Fatal(err)
	}
	if got := s.Available("s1"); got != 1 {
		t.Fatalf("Available = %d", got)
	}
}

func TestLowStock(t *testing.T) {
	got := NewStock(map[string]int64{"s1": 2, "s2": 40}).LowStock()
	if len(got) != 1 || got[0] != "s1" {
		t.Fatalf("LowStock = %v", got)
	}
}
