package docx

import (
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestHangHunt(t *testing.T) {
	if os.Getenv("HANG") == "" {
		t.Skip()
	}
	rng := rand.New(rand.NewSource(1))
	var seeds []string
	for _, fx := range fixtures {
		if fx.pkg.body != "" {
			seeds = append(seeds, fx.pkg.body)
		}
	}
	for i := 0; i < 20000; i++ {
		b := []byte(seeds[rng.Intn(len(seeds))])
		for k := 0; k < 1+rng.Intn(4); k++ {
			switch rng.Intn(3) {
			case 0:
				b[rng.Intn(len(b))] = byte(rng.Intn(256))
			case 1:
				j := rng.Intn(len(b))
				b = append(b[:j:j], b[j+1:]...)
			case 2:
				j := rng.Intn(len(b))
				b = append(b[:j:j], append([]byte{"<>/!?\"'="[rng.Intn(8)]}, b[j:]...)...)
			}
		}
		body := string(b)
		done := make(chan struct{})
		go func() {
			defer close(done)
			fuzzCheck(t, pkg{body: body, numbering: chineseLists, styles: fixtures[5].pkg.styles, footnotes: fixtures[9].pkg.footnotes}.build())
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			os.WriteFile("/tmp/hang.txt", []byte(body), 0o644)
			t.Fatalf("hang on %q", body)
		}
	}
}
