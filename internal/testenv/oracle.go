package testenv

import "testing"

// SameAs checks that fast, a hand-written fast path, returns what slow, the
// plain code it replaced (its oracle), returns on every case.
func SameAs[T comparable](t *testing.T, name string, fast, slow func(string) T, cases ...string) {
	t.Helper()
	for _, s := range cases {
		if got, want := fast(s), slow(s); got != want {
			t.Errorf("%s(%q) = %v, want %v (the oracle's)", name, s, got, want)
		}
	}
}

// FuzzSameAs fuzzes the comparison of SameAs, seeded with cases.
func FuzzSameAs[T comparable](f *testing.F, name string, fast, slow func(string) T, cases ...string) {
	for _, s := range cases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fast(s), slow(s); got != want {
			t.Fatalf("%s(%q) = %v, want %v (the oracle's)", name, s, got, want)
		}
	})
}
