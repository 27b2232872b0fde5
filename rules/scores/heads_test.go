package scores

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

var headCases = []string{"", "满意度指标（10分，得10分）", "满意度（10分，得10分）", "产出指标 (50 分, 实际得 47.5 分)",
	"一二三四五六七八九十一二三四指标（10分，得9分）", "一二三四五六七八九十一二三四五（10分，得9分）", "指标（1分，得1分）",
	"甲指标（1分，得1分）", "甲乙指标（1分，得1分）", "甲乙指标\t （1分；得1分）乙丙（2分、得2分）", "甲乙（1分，得1分)）丙丁（2.5分，得2.分）",
	"甲乙（（1分，得1分）", "甲\xe4\xb8乙丙（1分，得1分）", "（1分，得1分）", "ab（1分，得1分）", "甲乙（1分，实际得）（1分，得1分）",
	"甲乙(1 分 ；\n实际 得 1 分)", "满意度指标（10分，得10分）效益指标（30分，得29分）", "甲乙 \v（1分，得1分）", "甲乙指标指标（1分，得1分）"}

func headsText(s string) string { return fmt.Sprint(appendHeads(nil, s)) }

func headsTextRef(s string) string {
	var out [][8]int
	for _, m := range headRe.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, [8]int(m))
	}
	return fmt.Sprint(out)
}

func TestHeads(t *testing.T) {
	testenv.SameAs(t, "appendHeads", headsText, headsTextRef, headCases...)
}

// TestHeadsRandom splices pieces of the cases.
func TestHeadsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var atoms []string
	for _, c := range headCases {
		for _, r := range c {
			atoms = append(atoms, string(r))
		}
	}
	atoms = append(atoms, "指标", "（", "）", "得", "分", "，", " ", "9", "9.5", "实际", "甲乙丙丁戊己庚辛")
	for range 20000 {
		var b []byte
		for range rng.IntN(40) {
			b = append(b, atoms[rng.IntN(len(atoms))]...)
		}
		s := string(b)
		if got, want := headsText(s), headsTextRef(s); got != want {
			t.Fatalf("appendHeads(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHeads(f *testing.F) {
	testenv.FuzzSameAs(f, "appendHeads", headsText, headsTextRef, headCases...)
}
