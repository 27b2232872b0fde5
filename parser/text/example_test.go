package text_test

import (
	"context"
	"os"
	"strings"

	"github.com/crossfoot/crossfoot/parser/text"
)

// The TAB export: a cell per TAB line, continuation lines without TAB, a
// blank line ends a row; a short row's last cell spans the rest.
func ExampleParse() {
	export := "（一）基本支出\n\t项目\n\t本年\n\t上年\n\n\t合计\n\t2834.44\n\n"
	doc, err := text.Parse(context.Background(), strings.NewReader(export), "a.txt", text.Options{})
	if err != nil {
		panic(err)
	}
	doc.Dump(os.Stdout)
	// Output:
	// H2 "（一）" "（一）基本支出"
	// T1 2x3 caption="（一）基本支出"
	//   r0c0 "项目"
	//   r0c1 "本年"
	//   r0c2 "上年"
	//   r1c0 "合计"
	//   r1c1 1x2 "2834.44"
}
