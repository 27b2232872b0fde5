package tables

import (
	"fmt"
	"io"
	"strings"
)

// Dump writes a stable, line-oriented description of the analysis, used as
// the golden format of this package's tests and for debugging:
//
//	T<n> "<title>"
//	  B<i> <kind> unit=<u> title="<t>" header=<rows> labels=<cols>
//	    C<j> g<col> <role> [year=…] [cur|prev] [total] [minus] [per-unit] unit=<u> "<path>"
//	    R<i> g<row> [L<level>] [total] [subset] [group] [^<parent>] "<label>": v1 | v2 | …
func (a *Analysis) Dump(w io.Writer) error {
	var err error
	pf := func(format string, args ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, args...)
		}
	}
	for _, t := range a.Tables {
		pf("T%d %q\n", t.Number, t.Title)
		for _, b := range t.Blocks {
			pf("  B%d %s unit=%s title=%q header=%v labels=%v", b.Index, b.Kind, b.Unit, b.Title, b.HeaderRows, b.LabelCols)
			if b.IndexCol >= 0 {
				pf(" index=%d", b.IndexCol)
			}
			if b.CodeCol >= 0 {
				pf(" code=%d", b.CodeCol)
			}
			if b.UnitCol >= 0 {
				pf(" units=%d", b.UnitCol)
			}
			pf("\n")
			if b.Kind == Text || b.Kind == Form {
				continue
			}
			for _, c := range b.Columns {
				var flags []string
				flags = append(flags, c.Role.String())
				if c.Year != 0 {
					flags = append(flags, fmt.Sprintf("year=%d", c.Year))
				}
				switch c.Period {
				case PeriodCurrent:
					flags = append(flags, "cur")
				case PeriodPrevious:
					flags = append(flags, "prev")
				}
				if c.Total {
					flags = append(flags, "total")
				}
				if c.Decrease && c.Role == Amount {
					flags = append(flags, "minus")
				}
				if c.PerUnit {
					flags = append(flags, "per-unit")
				}
				if c.YearRate {
					flags = append(flags, "year-rate")
				}
				pf("    C%d g%d %s unit=%s %q\n", c.Index, c.Col, strings.Join(flags, " "), c.Unit, c.PathString())
			}
			for _, r := range b.Rows {
				var flags []string
				if r.Level > 0 {
					flags = append(flags, fmt.Sprintf("L%d", r.Level))
				}
				if r.Total {
					flags = append(flags, "total")
				}
				if r.Subset {
					flags = append(flags, "subset")
				}
				if r.Group {
					flags = append(flags, "group")
				}
				if r.Parent >= 0 {
					flags = append(flags, fmt.Sprintf("^%d", r.Parent))
				}
				var vals []string
				for _, c := range r.Cells {
					switch {
					case c.HasValue() && c.Num.Unit != "":
						vals = append(vals, c.Num.String()+c.Num.Unit)
					case c.HasValue():
						vals = append(vals, c.Num.String())
					case c.Cell == nil:
						vals = append(vals, "·")
					default:
						vals = append(vals, "-")
					}
				}
				pf("    R%d g%d %s %q: %s\n", r.Index, r.Row, strings.Join(flags, " "), r.Label, strings.Join(vals, " | "))
			}
		}
	}
	return err
}
