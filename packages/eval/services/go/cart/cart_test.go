package cart

import "testing"

func TestTotalOfLines(t *testing.T) {
	var c Cart
	_ = c.Add("s1", 2, 500)
	_ = c.Add("s2", 1, 300)
	if got := c.Total(); got != 1300 {
		t.Fatalf("Total = %d", got)
	}
}

func TestAddingTheSameSKUMergesLines(t *testing.T) {
	var c Cart
	_ = c.Add("s1", 1, 500)
	_ = c.Add("s1", 2, 500)
	if lines := c.Lines(); len(lines) != 1 || lines[0].Quantity != 3 {
		t.Fatalf("Lines = %v", lines)
	}
}

func TestRemoveALine(t *testing.T) {
	var c Cart
	_ = c.Add("s1", 1, 500)
	c.Remove("s1")
	if len(c.Lines()) != 0 {
		t.Fatalf("Lines = %v", c.Lines())
	}
}

func TestQuantityMustBePositive(t *testing.T) {
	var c Cart
	if err := c.Add("s1", 0, 500); err != ErrQuantity {
		t.Fatalf("err = %v", err)
	}
}
