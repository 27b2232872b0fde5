package prose

import (
	"fmt"
	"math"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// misstatedWhole reports, once, a whole that the shares of its parts
// contradict together: "资金34,515.44万元，其中：A 10,630.32万元、占31.16%；
// B 4,677.47万元、占13.71%；…" where every share is off against 34,515.44
// but all of them hold for one other whole, and the parts add up to it
// (34,113.36): the whole is wrong, not the five shares. It returns the
// indexes of u's shares it accounted for (nil when it reported nothing).
func misstatedWhole(p *audit.Pass, u *unit) map[int]bool {
	// the shares of each stated whole, by its position
	groups := map[int][]int{}
	for k, s := range u.st.Shares {
		if len(s.Bases) == 0 {
			continue
		}
		if base, same := oneBase(s.Bases); same && base.Mant > 0 && !base.Approx && s.Part.Unit == base.Unit && !s.Part.Approx && !s.Rate.Approx && s.Rate.Mant > 0 {
			groups[base.Start] = append(groups[base.Start], k)
		}
	}
	var done map[int]bool
	for _, ks := range groups {
		if len(ks) < 2 {
			continue
		}
		base, _ := oneBase(u.st.Shares[ks[0]].Bases)
		// every share off against the whole written, and the wholes each
		// share implies (part ÷ rate, both to their last places) meeting
		lo, hi := 0.0, math.Inf(1)
		sum, dec := 0.0, 0
		seen := map[int]bool{}
		ok := true
		for _, k := range ks {
			s := u.st.Shares[k]
			if holds, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, base.Number, figures.HalfUp); !valid || holds || seen[s.Part.Start] {
				ok = false
				break
			}
			if big, slip := baseUnitSlip(u, s, base); slip {
				if holds, valid := figures.RatioHolds(s.Rate.Number, big, base.Number, figures.HalfUp); valid && holds {
					ok = false // the whole's unit is wrong, not its value (runPRS006)
					break
				}
			}
			seen[s.Part.Start] = true
			pv, ph := s.Part.Float(), halfUnit(s.Part.Dec)
			rv, rh := s.Rate.Float()/100, halfUnit(s.Rate.Dec)/100
			if rv-rh <= 0 {
				ok = false
				break
			}
			lo, hi = max(lo, (pv-ph)/(rv+rh)), min(hi, (pv+ph)/(rv-rh))
			sum += pv
			dec = max(dec, s.Part.Dec)
		}
		if !ok || lo > hi {
			continue
		}
		if sum < lo || sum > hi {
			// a list of some parts only ("床位2282张，其中：医院1604张（占
			// 72.0%），基层医疗卫生机构444张（占19.9%）"): the whole is
			// wrong when one reading of its digits (two adjacent swapped,
			// the point moved), 2228, makes every share hold
			if slipWhole(p, u, ks, base, sum, dec) {
				if done == nil {
					done = map[int]bool{}
				}
				for _, k := range ks {
					done[k] = true
				}
			}
			continue
		}
		if bv := base.Float(); math.Abs(bv-sum) <= halfUnit(base.Dec)+halfUnit(dec)*float64(len(ks)) {
			continue // (the whole is the sum: the shares are wrong, each reported)
		}
		parts := make([]string, len(ks))
		var related []model.Span
		for i, k := range ks {
			parts[i] = u.st.Shares[k].Part.String()
			related = append(related, u.spanOf(u.st.Shares[k].Rate))
		}
		want := fmt.Sprintf("%.*f", dec, sum)
		f := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(base),
			Expr:       fmt.Sprintf("%s = %s ≠ %s", strings.Join(parts, " + "), want, base.String()),
			Expected:   want + base.Unit,
			Actual:     show(base),
			Confidence: 0.8,
			Related:    related,
		}
		f.Message = fmt.Sprintf("所写 %d 项占比按 %s 计算均不符，却都与各项之和 %s%s 相符：疑总数 %s 有误（应为 %s%s）。",
			len(ks), show(base), want, base.Unit, show(base), want, base.Unit)
		f.MessageEN = fmt.Sprintf("None of the %d shares fits %s, but all fit the parts' sum %s%s: the whole is probably wrong.",
			len(ks), show(base), want, base.Unit)
		locate(p, u, &f, base.Start)
		p.Report(f)
		if done == nil {
			done = map[int]bool{}
		}
		for _, k := range ks {
			done[k] = true
		}
	}
	return done
}

// halfUnit is half a unit in the last of dec decimal places.
func halfUnit(dec int) float64 { return 0.5 * math.Pow(10, -float64(dec)) }

// slipWhole reports the whole of shares ks when exactly one reading of
// its digits (slipReadings) makes all of them hold and no reading of any
// part's does for its own share: the whole is mistyped. sum is the parts'
// sum, dec their places.
func slipWhole(p *audit.Pass, u *unit, ks []int, base figures.Quantity, sum float64, dec int) bool {
	for _, k := range ks {
		s := u.st.Shares[k]
		for _, r := range slipReadings(s.Part.Number) {
			if ok, valid := figures.RatioHolds(s.Rate.Number, r, base.Number, figures.HalfUp); valid && ok {
				return false // (that part is the mistyped figure: its share says so)
			}
		}
	}
	found := 0
	var want figures.Number
	for _, r := range slipReadings(base.Number) {
		all := true
		for _, k := range ks {
			s := u.st.Shares[k]
			if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, r, figures.HalfUp); !valid || !ok {
				all = false
				break
			}
		}
		if all {
			found++
			want = r
		}
	}
	if found != 1 || math.Abs(want.Float()-sum) <= halfUnit(base.Dec)+halfUnit(dec)*float64(len(ks)) {
		return false // (the parts make the reading: PRS001 reports the whole against them)
	}
	for _, e := range u.st.Enumerations {
		if e.Total.Start != base.Start || len(e.Parts) < 2 {
			continue
		}
		listed := 0.0
		for _, q := range e.Parts {
			listed += q.Float()
		}
		if math.Abs(want.Float()-listed) <= halfUnit(base.Dec)*float64(len(e.Parts)+1) {
			return false // (its 其中 list adds up to the reading: PRS001 says so)
		}
	}
	shares := make([]string, len(ks))
	related := make([]model.Span, len(ks))
	for i, k := range ks {
		s := u.st.Shares[k]
		shares[i] = fmt.Sprintf("%s ÷ %s = %s", s.Part.String(), want.String(), show(s.Rate))
		related[i] = u.spanOf(s.Rate)
	}
	hint := slipHint(base.Number, want)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(base),
		Expr:       strings.Join(shares, "；"),
		Expected:   want.String() + base.Unit,
		Actual:     show(base),
		Confidence: 0.8,
		Related:    related,
		Message: fmt.Sprintf("所写 %d 项占比按 %s 计算均不符，按 %s%s 计算则全部相符：疑总数 %s 有误（应为 %s%s，%s）。",
			len(ks), show(base), want.String(), base.Unit, show(base), want.String(), base.Unit, hint),
		MessageEN: fmt.Sprintf("None of the %d shares fits %s, but all fit %s%s: the whole is probably mistyped.",
			len(ks), show(base), want.String(), base.Unit),
	}
	locate(p, u, &f, base.Start)
	p.Report(f)
	return true
}
