package prose

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser/text"
)

func TestSeedDebug(t *testing.T) {
	if os.Getenv("SEEDDEBUG") == "" {
		t.Skip()
	}
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := text.ParseBytes(context.Background(), data, "seed", text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range audit.Run(doc, Rules) {
		t.Logf("%s %s %s | %s | %s | %s | %s", f.Rule, f.Severity, f.Location, doc.Slice(f.Span), f.Message, f.Expr, f.Hint)
	}
}
