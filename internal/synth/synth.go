package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
)

// Options control a batch. The zero value (besides N) is sensible.
type Options struct {
	N    int    // number of documents
	Seed uint64 // the batch is a pure function of Seed and the options
	// Formats to render: "txt", "docx" (default both).
	Formats []string
	// CleanEvery makes every k-th document (index 0, k, 2k, …) clean; 0 = 3,
	// negative = never clean.
	CleanEvery int
	// Kinds restricts the injected mistake kinds (default: all of Kinds).
	Kinds []string
	// MaxMistakes is the most mistakes injected into one document (default 3).
	MaxMistakes int
	// Prefix of the file names (default "synth").
	Prefix string
}

// Document is one generated report with its ground truth.
type Document struct {
	Base  string // file name without extension
	Truth Truth
	Txt   []byte // the TAB text export
	Docx  []byte // the Word file
}

// Truth is the ground truth written beside each generated file
// (<base>.truth.json). Version 1.
type Truth struct {
	Version    int       `json:"version"`
	Base       string    `json:"base"`
	Files      []string  `json:"files"`
	Seed       uint64    `json:"seed"`
	Index      int       `json:"index"`
	Kind       string    `json:"kind"` // performance | final-accounts
	Org        string    `json:"org"`
	Year       int       `json:"year"`
	Unit       string    `json:"unit"`
	Tables     int       `json:"tables"`
	Paragraphs int       `json:"paragraphs"` // headings and paragraphs outside tables
	Clean      bool      `json:"clean"`
	Mistakes   []Mistake `json:"mistakes"`
}

// Mistake is one injected error and where it is. A table place has Table ≥ 0
// and Row, Col (0-based grid position); a prose place has Table = -1 and
// Para (1-based, counting headings and paragraphs outside tables) with
// Start/End byte offsets into that paragraph's text. TxtStart/TxtEnd give the
// same place as a byte span of the .txt file.
type Mistake struct {
	Kind     string  `json:"kind"`
	Variant  string  `json:"variant,omitempty"`
	Place            // where the changed text is
	Text     string  `json:"text"`     // the text as now written
	Original string  `json:"original"` // the text before the injection
	TxtStart int     `json:"txt_start"`
	TxtEnd   int     `json:"txt_end"`
	Involved []Place `json:"involved,omitempty"` // other places a finding may rightly point at
}

// Place is a table cell (Table ≥ 0) or a byte range of a paragraph (Table = -1).
type Place struct {
	Table int `json:"table"`
	Row   int `json:"row"`
	Col   int `json:"col"`
	Para  int `json:"para,omitempty"`
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
}

// File is a generated file.
type File struct {
	Name string
	Data []byte
}

func (o Options) formats() ([]string, error) {
	if len(o.Formats) == 0 {
		return []string{"txt", "docx"}, nil
	}
	for _, f := range o.Formats {
		if f != "txt" && f != "docx" {
			return nil, fmt.Errorf("synth: unknown format %q (use txt or docx)", f)
		}
	}
	return o.Formats, nil
}

// GenerateDocs generates the batch in memory.
func GenerateDocs(opt Options) ([]Document, error) {
	if opt.N < 0 {
		return nil, fmt.Errorf("synth: negative document count %d", opt.N)
	}
	kinds := opt.Kinds
	if len(kinds) == 0 {
		kinds = Kinds
	}
	for _, k := range kinds {
		if !slices.Contains(Kinds, k) {
			return nil, fmt.Errorf("synth: unknown mistake kind %q (known: %v)", k, Kinds)
		}
	}
	fmts, err := opt.formats()
	if err != nil {
		return nil, err
	}
	cleanEvery := opt.CleanEvery
	if cleanEvery == 0 {
		cleanEvery = 3
	}
	maxM := opt.MaxMistakes
	if maxM <= 0 {
		maxM = 3
	}
	prefix := opt.Prefix
	if prefix == "" {
		prefix = "synth"
	}
	docs := make([]Document, 0, opt.N)
	for i := 0; i < opt.N; i++ {
		clean := cleanEvery > 0 && i%cleanEvery == 0
		d := generateOne(opt.Seed, i, clean, kinds, maxM)
		d.Base = fmt.Sprintf("%s-%04d-%s-%d", prefix, i+1, shortKind(d.Truth.Kind), d.Truth.Year)
		d.Truth.Base = d.Base
		for _, f := range fmts {
			d.Truth.Files = append(d.Truth.Files, d.Base+"."+f)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func shortKind(k string) string {
	if k == KindPerformance {
		return "perf"
	}
	return "final"
}

// Generate renders the batch as files: <base>.txt, <base>.docx and
// <base>.truth.json for each document.
func Generate(opt Options) ([]File, error) {
	docs, err := GenerateDocs(opt)
	if err != nil {
		return nil, err
	}
	fmts, _ := opt.formats()
	var out []File
	for _, d := range docs {
		for _, f := range fmts {
			data := d.Txt
			if f == "docx" {
				data = d.Docx
			}
			out = append(out, File{Name: d.Base + "." + f, Data: data})
		}
		js, err := json.MarshalIndent(d.Truth, "", "  ")
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: d.Base + ".truth.json", Data: append(js, '\n')})
	}
	return out, nil
}

// generateOne builds document i of the batch from its own PCG stream.
func generateOne(seed uint64, i int, clean bool, kinds []string, maxM int) Document {
	g, r := buildOne(seed, i)
	kind := g.kind
	var ins []injection
	if !clean {
		j := newInjector(g, r)
		want := 1 + r.IntN(maxM)
		order := append([]string{}, kinds...)
		r.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		// The first kind rotates with the document index so every kind is
		// exercised evenly across a batch; the rest are drawn at random.
		first := kinds[i%len(kinds)]
		order = slices.DeleteFunc(order, func(k string) bool { return k == first })
		order = slices.Insert(order, 0, first)
		for _, k := range order {
			if len(j.out) >= want {
				break
			}
			j.inject(k)
		}
		ins = j.out
	}
	txt, lo := renderText(g.blocks)
	docx := renderDocx(g.blocks, rand.New(rand.NewPCG(seed^0xD0C5, uint64(i))))
	t := Truth{Version: 1, Seed: seed, Index: i, Kind: kind, Org: g.org, Year: g.year, Unit: g.u.Name,
		Tables: len(g.tables), Paragraphs: lo.paras, Clean: len(ins) == 0, Mistakes: []Mistake{}}
	for _, in := range ins {
		t.Mistakes = append(t.Mistakes, in.mistake(lo))
	}
	return Document{Truth: t, Txt: txt, Docx: docx}
}

// buildOne builds document i of the batch, consistent, before injection.
func buildOne(seed uint64, i int) (*gen, *rand.Rand) {
	r := rand.New(rand.NewPCG(seed, uint64(i)*0x9E3779B97F4A7C15+1))
	kind := KindPerformance
	if r.IntN(2) == 0 {
		kind = KindFinalAccounts
	}
	g := newGen(r, kind)
	g.build()
	return g, r
}

func (in injection) mistake(lo *layout) Mistake {
	m := Mistake{Kind: in.kind, Variant: in.variant, Original: in.orig}
	if in.t != nil {
		x := in.t.at(in.row, in.col)
		m.Place = Place{Table: lo.tableIdx[in.t], Row: in.row, Col: in.col}
		m.Text = x.text
		m.TxtStart = lo.cellTxt[x]
		m.TxtEnd = m.TxtStart + len(x.text)
	} else {
		var start, end int
		if in.seg < 0 {
			start, end = 0, len(in.p.number)
			m.Text = in.p.number
		} else {
			start = in.p.segOffset(in.seg)
			m.Text = in.p.segs[in.seg].text
			end = start + len(m.Text)
		}
		m.Place = Place{Table: -1, Para: lo.paraIndex[in.p], Start: start, End: end}
		m.TxtStart = lo.paraTxt[in.p] + start
		m.TxtEnd = lo.paraTxt[in.p] + end
	}
	for _, pl := range in.involved {
		if pl.t != nil {
			m.Involved = append(m.Involved, Place{Table: lo.tableIdx[pl.t], Row: pl.row, Col: pl.col})
		} else {
			m.Involved = append(m.Involved, Place{Table: -1, Para: lo.paraIndex[pl.p], Start: 0, End: len(pl.p.text())})
		}
	}
	return m
}
