package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// extensions are the file types picked up when a directory is expanded.
// Files named explicitly are audited whatever their extension (the parser
// detects the format by content).
var extensions = []string{".docx", ".docm", ".dotx", ".dotm", ".txt", ".md"}

func supportedExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// input is one file to audit, or an argument that could not be expanded.
type input struct {
	path string
	err  error
}

// errNoFiles is reported for a directory without auditable files.
var errNoFiles = fmt.Errorf("目录中没有可审核的文件（支持 %s）", strings.Join(extensions, " "))

// expand turns the command-line arguments into the files to audit, in
// argument order; directories are walked recursively in lexical order,
// skipping hidden files and directories and Word lock files (~$…). A file
// reached twice is audited once.
func expand(args []string) []input {
	var out []input
	seen := map[string]bool{}
	add := func(path string) {
		key := filepath.Clean(path)
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, input{path: path})
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			out = append(out, input{path: arg, err: err})
			continue
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{path: path, err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != arg && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && supportedExt(name) {
				add(path)
			}
			return nil
		})
		if err != nil {
			out = append(out, input{path: arg, err: err})
		} else if len(out) == n {
			out = append(out, input{path: arg, err: errNoFiles})
		}
	}
	return out
}
