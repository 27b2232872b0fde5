package crossfoot_test

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/crossfoot/crossfoot"

// layers lists the project's packages from the bottom up: a package may
// import only packages on its own layer or below (see STYLE.md). A package
// not listed here fails the test, so new packages must pick their layer.
var layers = [][]string{
	{"model", "internal/testenv", "internal/goldenfile", "internal/cjk"},
	{"figures", "internal/ooxml"},
	{"parser/docx", "parser/text", "tables"},
	{"parser", "audit"},
	{"rules/*", "internal/ruletest"},
	{"rules", "report", "report/*"},
	{"internal/synth", "internal/docxwrite"},
	{"internal/cli", "internal/accuracy", "web"},
	{"cmd/crossfoot", "bench/*"},
}

func layerOf(pkg string) int {
	for i, l := range layers {
		for _, p := range l {
			if p == pkg || (strings.HasSuffix(p, "/*") && strings.HasPrefix(pkg, strings.TrimSuffix(p, "*"))) {
				return i
			}
		}
	}
	return -1
}

func TestImportDirection(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == "." {
			return nil
		}
		if name := d.Name(); strings.HasPrefix(name, ".") || name == "testdata" {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(path, 0)
		if err != nil {
			return nil // no Go files here
		}
		rel := filepath.ToSlash(path)
		mine := layerOf(rel)
		if mine < 0 {
			t.Errorf("package %s is not in the layer list of imports_test.go", rel)
			return nil
		}
		if _, err := os.Stat(filepath.Join(path, "doc.go")); err != nil && !strings.HasPrefix(rel, "cmd/") && !strings.HasPrefix(rel, "bench/") {
			t.Errorf("package %s has no doc.go saying what it owns", rel)
		}
		for _, imp := range pkg.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				if rel == "model" && strings.Contains(imp, ".") {
					t.Errorf("model must use the standard library only, imports %s", imp)
				}
				continue
			}
			dep := strings.TrimPrefix(imp, module+"/")
			if l := layerOf(dep); l > mine {
				t.Errorf("%s (layer %d) imports %s (layer %d): arrows must point down", rel, mine, dep, l)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
