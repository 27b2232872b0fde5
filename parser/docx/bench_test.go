package docx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/orisano/gosax"

	"github.com/crossfoot/crossfoot/internal/ooxml"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// synthTables is a body of n tables (a vertically merged label column, a
// gridSpan header, 20 rows × 6 columns of figures) with prose between them.
func synthTables(n int) string {
	var b strings.Builder
	for t := 0; t < n; t++ {
		b.WriteString(pp(numPr(1, 1), fmt.Sprintf("表%d 收入支出决算表", t+1)))
		b.WriteString(p("单位：万元"))
		b.WriteString("<w:tbl><w:tblPr><w:tblStyle w:val=\"a3\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>")
		b.WriteString(tr("", tc(vRestart, "项目"), tc(`<w:gridSpan w:val="5"/>`, "金额")))
		for r := 0; r < 20; r++ {
			b.WriteString("<w:tr><w:trPr><w:jc w:val=\"center\"/></w:trPr>")
			vm := ""
			if r == 0 {
				vm = vCont
			}
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="1384" w:type="dxa"/>%s</w:tcPr><w:p><w:r><w:t>项目%d</w:t></w:r></w:p></w:tc>`, vm, r)
			for c := 1; c < 6; c++ {
				fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="1384" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="18"/></w:rPr><w:t>%d.%02d</w:t></w:r></w:p></w:tc>`, r*c*37+t, (r+c)%100)
			}
			b.WriteString("</w:tr>")
		}
		b.WriteString("</w:tbl>")
		b.WriteString(p("本年收入合计1411.90万元，比上年增加26.57万元，增长1.9%，主要原因是人员增加。"))
	}
	return b.String()
}

// benchInput is a package to parse and the size of its main part, which is
// what throughput is measured against.
type benchInput struct {
	name string
	data []byte
	main int64
}

func mainPartSize(tb testing.TB, data []byte) int64 {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	pkg, err := ooxml.Open(bytes.NewReader(data), int64(len(data)), ooxml.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	main, err := pkg.MainDocument()
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, main) {
			return int64(f.UncompressedSize64)
		}
	}
	tb.Fatalf("main part %s not in zip directory", main)
	return 0
}

var tablesRE = regexp.MustCompile("^\\| `([^`]+)` .*\\btables=(\\d+)")

// tableHeavy returns the corpus files with the most tables (MANIFEST.md's
// Features column), largest first.
func tableHeavy(tb testing.TB, n int) []benchInput {
	dir := testenv.Corpus(tb)
	f, err := os.Open(filepath.Join(dir, "MANIFEST.md"))
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	type ent struct {
		path   string
		tables int
	}
	var ents []ent
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if m := tablesRE.FindStringSubmatch(sc.Text()); m != nil {
			k, _ := strconv.Atoi(m[2])
			ents = append(ents, ent{m[1], k})
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].tables > ents[j].tables })
	var out []benchInput
	for _, e := range ents {
		if len(out) == n {
			break
		}
		data, err := os.ReadFile(filepath.Join(dir, e.path))
		if err != nil {
			continue
		}
		out = append(out, benchInput{name: fmt.Sprintf("corpus-%s-t%d", strings.TrimSuffix(filepath.Base(e.path), filepath.Ext(e.path)), e.tables), data: data, main: mainPartSize(tb, data)})
	}
	if len(out) == 0 {
		tb.Skip("no table-heavy files in the corpus")
	}
	return out
}

func benchInputs(b *testing.B) []benchInput {
	data := pkg{body: synthTables(200), numbering: chineseLists}.build()
	ins := []benchInput{{name: "synth200", data: data, main: mainPartSize(b, data)}}
	if _, err := os.Stat(os.Getenv("CROSSFOOT_CORPUS")); err == nil || corpusPresent() {
		ins = append(ins, tableHeavy(b, 4)...)
	}
	return ins
}

func corpusPresent() bool {
	_, err := os.Stat(filepath.Join("..", "..", "..", "shared", "corpus", "MANIFEST.md"))
	return err == nil
}

// reportCPU adds "cpu-MB/s": throughput per CPU second of the process
// (user + system, GC included). On a shared machine wall time mostly
// measures the neighbours; CPU time is what the code costs.
func reportCPU(b *testing.B, size int64, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkParse measures Parse end to end; MB/s are bytes of the main
// document part (inflated), comparable with BenchmarkFloor.
func BenchmarkParse(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.main)
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := Parse(context.Background(), bytes.NewReader(in.data), int64(len(in.data)), in.name, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, in.main, cpuTime()-cpu)
		})
	}
}

// BenchmarkFloor is the cost no reader can avoid: inflating the main part
// and gosax's bare event loop over it (no names, no namespaces, no model).
func BenchmarkFloor(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.main)
			buf := make([]byte, 0, 64<<10)
			cpu := cpuTime()
			defer func() { reportCPU(b, in.main, cpuTime()-cpu) }()
			for b.Loop() {
				pkg, err := ooxml.Open(bytes.NewReader(in.data), int64(len(in.data)), ooxml.Options{})
				if err != nil {
					b.Fatal(err)
				}
				main, _ := pkg.MainDocument()
				rc, err := pkg.Open(main)
				if err != nil {
					b.Fatal(err)
				}
				r := gosax.NewReaderBuf(rc, buf)
				for {
					ev, err := r.Event()
					if err != nil && err != io.EOF {
						b.Fatal(err)
					}
					if err == io.EOF || ev.Type() == gosax.EventEOF {
						break
					}
				}
				rc.Close()
			}
		})
	}
}
