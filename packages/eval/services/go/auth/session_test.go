package auth

import (
	"testing"
	"time"
)

func TestSessionsExpire(t *testing.T) {
	now := time.Unix(1000, 0)
	s := NewSession("u1", now)
	if !s.Valid(now.Add(time.Minute)) || s.Valid(now.Add(31*time.Minute)) {
		t.Fatal("session validity is wrong")
	}
}
