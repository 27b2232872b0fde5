package years

import "github.com/crossfoot/crossfoot/audit"

// ReportYearOf returns the report year of the pass's document, computed at
// most once per pass and shared with the YR rules (other rule families use it
// to read a figure without a year as a report-year figure). Its Evidence
// is empty: DetectReportYear lists it.
func ReportYearOf(p *audit.Pass) ReportYear { return reportYear(p).ReportYear }

// NamesOtherYear reports whether s names a year (2021年) other than the
// report year of the pass's document; any year when the report year is
// not sure. Rules of other families use it to pass over a sentence about
// another year ("2022年自评得分为95分").
func NamesOtherYear(p *audit.Pass, s string) bool {
	ys := yearScanner{s: s}
	for {
		m, ok := ys.next()
		if !ok {
			return false
		}
		if ry := ReportYearOf(p); !ry.Sure || yearAt(s, m) != ry.Year {
			return true
		}
	}
}
