// Package scores holds the SCR rules for performance self-evaluation
// scores (绩效自评): an item's 得分 above its 分值, a level-1 indicator's
// stated 分值 against its items, a summary table (一级指标 | 指标分值 |
// 自评得分 | 得分率) against the detail table, 得分率 against 得分 ÷ 分值,
// totals against their items, the total against the stated grade band,
// and scores quoted in prose against the tables.
//
// Scores are exact numbers (figures.Number.Exact): 9 of 10 is 90%, not
// "100% within rounding". Score tables are read by a small private reader
// (scoretable.go) that finds the 分值/得分 columns itself.
package scores
