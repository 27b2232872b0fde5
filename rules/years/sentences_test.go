package years

import (
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// sentencesOracle is the clear form appendSentences replaces: figures.Sentences
// shifted to the unit's offset.
func sentencesOracle(u unit) []model.Span {
	var out []model.Span
	for _, r := range figures.Sentences(u.Text) {
		out = append(out, model.Span{Start: u.Span.Start + r.Start, End: u.Span.Start + r.End})
	}
	return out
}

var sentenceCases = []string{
	"", " ", "。", "一句。两句！三句？", "a!b?c", "他说：“好。”然后走了。", "（注：见表1。）其后",
	"行一\n行二\r\n行三", "　全角空格。\u00a0", "\ufeff开头", "无标点", "\xff\xfe。\xe3\x80", "结尾。」』）)",
	"2022年收入100万元，较上年增加20万元。2021年为80万元！",
}

func TestAppendSentencesMatchesFigures(t *testing.T) {
	for _, s := range sentenceCases {
		u := unit{Span: model.Span{Start: 7, End: 7 + len(s)}, Text: s}
		if got, want := appendSentences(nil, u), sentencesOracle(u); !reflect.DeepEqual(got, want) {
			t.Errorf("appendSentences(%q) = %v, figures.Sentences %v", s, got, want)
		}
	}
}

func FuzzAppendSentences(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u := unit{Span: model.Span{Start: 3, End: 3 + len(s)}, Text: s}
		if got, want := appendSentences(nil, u), sentencesOracle(u); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendSentences(%q) = %v, figures.Sentences %v", s, got, want)
		}
	})
}
