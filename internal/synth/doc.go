// Package synth generates synthetic reports of the genre crossfoot audits —
// 部门整体支出绩效自评报告 and 部门决算说明 — as .docx (via internal/docxwrite)
// and as the TAB text export, together with a ground truth of the mistakes
// injected into them.
//
// Documents are consistent by construction: amounts are drawn in exact cents,
// totals are computed exactly and only then rounded for display (四舍五入), so
// a displayed total may differ from the sum of displayed parts by rounding, as
// in real reports. Then zero or more mistakes of known kinds (footing,
// cross-footing, difference, rate, prose↔table, prose sum, prose difference,
// polarity, year label, digit slip, score sum, numbering, entity name) are
// injected and recorded with their place: table/row/column or paragraph and
// byte offsets.
//
// Everything is deterministic from the seed. synth knows nothing about the
// parsers or rules; the accuracy test (internal/accuracy) joins them.
package synth
