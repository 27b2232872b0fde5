package years

import "github.com/crossfoot/crossfoot/audit"

// ReportYearOf returns the report year of the pass's document, computed at
// most once per pass and shared with the YR rules (other rule families use it
// to read a figure without a year as a report-year figure). Its Evidence
// is empty: DetectReportYear lists it.
func ReportYearOf(p *audit.Pass) ReportYear { return reportYear(p).ReportYear }
