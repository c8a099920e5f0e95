// Package text holds text helpers with no domain knowledge.
package text

import (
	"regexp"
	"strings"
)

var (
	spaces  = regexp.MustCompile(`\s+`)
	nonSlug = regexp.MustCompile(`[^a-z0-9]+`)
)

// Truncate shortens s to at most limit characters, ending with an ellipsis when cut.
func Truncate(s string, limit int) string {
	runes := []rune(s)
	if len(runes) <= limit {
		return s
	}
	return string(runes[:limit]) + "…"
}

// NormalizeWhitespace collapses runs of whitespace into one space and trims both ends.
func NormalizeWhitespace(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// Slugify returns lower-case words joined by dashes, for product URLs.
func Slugify(name string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(name), "-"), "-")
}
