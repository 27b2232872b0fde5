// Package prose holds the rules that check figures written in sentences:
// the PRS family (a total and its parts, 增减额 = 本年 − 上年, 增幅 = 增减额 ÷
// 上年, the direction words 增加/减少 against the arithmetic, 执行率 and 占比
// against their numerator and denominator) and the XRF family (the same
// labelled figure stated in prose and in a table, or twice in prose, with
// different values).
//
// Statements are found by figures.Analyze; the rules only decide what a
// contradiction is and how sure they are. Approximate figures (约, 超过,
// 以上, 余) and rates with no stated base are never checked. The package
// knows nothing about file formats.
package prose
