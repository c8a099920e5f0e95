// Package auth holds login sessions. Owned by the identity team.
package auth

import (
	"crypto/rand"
	"encoding/hex"
	"time"
)

// SessionTTL is how long a session lasts.
const SessionTTL = 30 * time.Minute

// Session is a login session.
type Session struct {
	UserID    string
	Token     string
	ExpiresAt time.Time
}

// NewSession opens a session for a user.
func NewSession(userID string, now time.Time) Session {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return Session{UserID: userID, Token: hex.EncodeToString(b), ExpiresAt: now.Add(SessionTTL)}
}

// Valid tells whether the session is still valid at now.
func (s Session) Valid(now time.Time) bool {
	return now.Before(s.ExpiresAt)
}
