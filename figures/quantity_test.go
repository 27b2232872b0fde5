package figures

import (
	"slices"
	"strings"
	"testing"
)

func TestQuantities(t *testing.T) {
	type want struct {
		text   string // s[Start:End]
		value  string
		unit   string
		pct    bool
		approx bool
		label  string
		year   int
		period string
		total  bool
	}
	tests := []struct {
		in   string
		want []want
	}{
		{"2022年基本支出合计2834.44万元，其中人员经费2470.10万元。", []want{
			{"2834.44万元", "2834.44", "万元", false, false, "基本支出", 2022, "", true},
			{"2470.10万元", "2470.10", "万元", false, false, "人员经费", 0, "", false},
		}},
		// the end of last year is one period, not 上 and 年末
		{"负债总额615267.55万元，较上年末增长9.03%；上年末余额1200.00万元，本年末余额1300.00万元。", []want{
			{"615267.55万元", "615267.55", "万元", false, false, "负债总额", 0, "", false},
			{"9.03%", "9.03", "", true, false, "", 0, "上年末", false},
			{"1200.00万元", "1200.00", "万元", false, false, "余额", 0, "上年末", false},
			{"1300.00万元", "1300.00", "万元", false, false, "余额", 0, "本年末", false},
		}},
		{"本年支出合计7 878.70万元。", []want{ // a space between thousands
			{"7 878.70万元", "7878.70", "万元", false, false, "支出", 0, "本年", true},
		}},
		{"比2021年项目支出4078.15万元增加2070.25万元，降幅50.76%。", []want{
			{"4078.15万元", "4078.15", "万元", false, false, "项目支出", 2021, "", false},
			{"2070.25万元", "2070.25", "万元", false, false, "", 0, "", false},
			{"50.76%", "50.76", "", true, false, "降幅", 0, "", false},
		}},
		// a remark on the figure's scope between its label and the figure
		{"全年预算数（含年中追加调整）6048.50万元，项目支出（含结转）327.50万元。", []want{
			{"6048.50万元", "6048.50", "万元", false, false, "", 0, "全年预算数", false},
			{"327.50万元", "327.50", "万元", false, false, "项目支出", 0, "", false},
		}},
		{"2022年三公经费预算73.30万元，全年预算数7838.03万元，年初预算1761.31万元。", []want{
			{"73.30万元", "73.30", "万元", false, false, "三公经费", 2022, "预算", false},
			{"7838.03万元", "7838.03", "万元", false, false, "", 0, "全年预算数", false},
			{"1761.31万元", "1761.31", "万元", false, false, "", 0, "年初预算", false},
		}},
		{"开展无线电监测时长8500余小时，5G基站在网数超过4000个，产值接近60亿元，约3.5万人，增长10%以上，100个左右。", []want{
			{"8500余小时", "8500", "小时", false, true, "开展无线电监测时长", 0, "", false},
			{"4000个", "4000", "个", false, true, "5G基站在网数", 0, "", false},
			{"60亿元", "60", "亿元", false, true, "产值", 0, "", false},
			{"3.5万人", "3.5", "万人", false, true, "", 0, "", false},
			{"10%以上", "10", "", true, true, "", 0, "", false},
			{"100个左右", "100", "个", false, true, "", 0, "", false},
		}},
		{"锐阳电子等3家企业，十四个科室，两项指标，降低百分之五。", []want{
			{"3家", "3", "家", false, false, "锐阳电子等", 0, "", false},
			{"十四个", "14", "个", false, false, "", 0, "", false},
			{"两项", "2", "项", false, false, "", 0, "", false},
			{"百分之五", "5", "", true, false, "", 0, "", false},
		}},
		// a bare 百/千 is one hundred/thousand; 数/上/过 make it an order of magnitude
		{"投资过百亿元，数百家企业，一千零五十万元。", []want{
			{"百亿元", "10000000000", "元", false, true, "投资", 0, "", false},
			{"百家", "100", "家", false, true, "", 0, "", false},
			{"一千零五十万元", "10500000", "元", false, false, "", 0, "", false},
		}},
		// 多 after a complete figure and before another compares ("多4.10万元"), it does not qualify
		{"支出18.65万元，较2022年14.55万元多4.10万元，来访300人多。", []want{
			{"18.65万元", "18.65", "万元", false, false, "支出", 0, "", false},
			{"14.55万元", "14.55", "万元", false, false, "", 2022, "", false},
			{"4.10万元", "4.10", "万元", false, false, "", 0, "", false},
			{"300人多", "300", "人", false, true, "来访", 0, "", false},
		}},
		// a short quoted term inside a label belongs to it
		{"2021年度“三公”经费支出31.85万元，“十四五”规划项目5个，说“好”的30人。", []want{
			{"31.85万元", "31.85", "万元", false, false, "“三公”经费支出", 2021, "", false},
			{"5个", "5", "个", false, false, "“十四五”规划项目", 0, "", false},
			{"30人", "30", "人", false, false, "", 0, "", false},
		}},
		{"全角１２３．４５万元，负数-6.59万元。", []want{
			{"１２３．４５万元", "123.45", "万元", false, false, "全角", 0, "", false},
			{"-6.59万元", "-6.59", "万元", false, false, "负数", 0, "", false},
		}},
		// not quantities
		{"截止2022年12月31日，州办【2019】101号，（州财绩〔2023〕3号），电话0743-8223316，18674340420，代码11433100006686154J。", nil},
		{"1.贯彻落实；（2）拟定规划；任务3：招商；一、基本情况；第3项；2021-2022年；8:30；120km/h；[2]", nil},
		{"酒鬼酒公司入选“2022湖南制造业企业100强”，三公经费，一般公共预算，十四五规划。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Quantities(tt.in)
			var keep []Quantity
			for _, q := range got {
				if q.Unit != "" || q.Percent || q.Chinese || len(tt.want) > 0 {
					keep = append(keep, q)
				}
			}
			if len(tt.want) == 0 {
				for _, q := range got {
					if q.Unit != "" || q.Percent {
						t.Errorf("unexpected quantity %q", tt.in[q.Start:q.End])
					}
				}
				return
			}
			if len(keep) != len(tt.want) {
				var s []string
				for _, q := range keep {
					s = append(s, tt.in[q.Start:q.End])
				}
				t.Fatalf("got %d quantities %q, want %d", len(keep), s, len(tt.want))
			}
			for i, w := range tt.want {
				q := keep[i]
				if g := tt.in[q.Start:q.End]; g != w.text {
					t.Errorf("#%d text = %q, want %q", i, g, w.text)
				}
				if q.String() != w.value || q.Unit != w.unit || q.Percent != w.pct || q.Approx != w.approx {
					t.Errorf("#%d %q: value %s unit %q pct %v approx %v, want %s %q %v %v", i, w.text, q.String(), q.Unit, q.Percent, q.Approx, w.value, w.unit, w.pct, w.approx)
				}
				if q.Label != w.label || q.Year != w.year || q.Period != w.period || q.Total != w.total {
					t.Errorf("#%d %q: label %q year %d period %q total %v, want %q %d %q %v", i, w.text, q.Label, q.Year, q.Period, q.Total, w.label, w.year, w.period, w.total)
				}
				if tt.in[q.LabelStart:q.LabelEnd] != q.Label {
					t.Errorf("#%d label span %q != label %q", i, tt.in[q.LabelStart:q.LabelEnd], q.Label)
				}
			}
		})
	}
}

func TestSentences(t *testing.T) {
	s := "第一句。第二句；仍是第二句！\n第三句？” 第四句"
	var got []string
	for _, r := range Sentences(s) {
		got = append(got, s[r.Start:r.End])
	}
	want := []string{"第一句。", "第二句；仍是第二句！", "第三句？”", "第四句"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseChineseNumeral(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"十四", "14"}, {"三百零五", "305"}, {"两万", "20000"}, {"二〇二二", "2022"}, {"三十点五", "30.5"},
		{"一百二十", "120"}, {"十", "10"}, {"一亿二千万", "120000000"},
	} {
		n, k := ParseChineseNumeral(tt.in)
		if k != len(tt.in) || n.String() != tt.want {
			t.Errorf("%s = %s (%d bytes), want %s", tt.in, n.String(), k, tt.want)
		}
	}
	if _, k := ParseChineseNumeral("般"); k != 0 {
		t.Errorf("non-numeral read %d bytes", k)
	}
}

func TestLabelsMatch(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"公务用车运行维护费", "公务车辆维护费", true},
		{"拟授予中小企业合同金额", "授予中小企业合同金额", true},
		{"2025年石门镇政府采购预算总额", "政府采购预算总额", true},
		{"石门街道一般公共预算支出", "一般公共预算支出", true},
		{"全市城镇居民人均可支配收入", "居民人均可支配收入", false},
		{"全县乡镇一般公共预算支出", "一般公共预算支出", false},
		{"各街道一般公共预算支出", "一般公共预算支出", false},
		{"公务用车运行维护费", "公务用车运行费", true},
		{"人员经费", "人员支出", true},
		{"公用经费", "公用支出", true},
		{"对个人与家庭补助支出", "3、对个人和家庭的补助", true},
		{"本部门专项资金项目支出", "项目支出", true},
		{"按科目分类年度工资福利支出", "工资福利支出", true},
		{"商品服务支出", "商品和服务支出", true},
		{"（一）基本支出", "基本支出", true},
		{"陕西省文化和旅游厅政府采购支出总额", "政府采购支出总额", true}, // an organisation's name before the item
		{"厅政府采购支出总额", "政府采购支出总额", false},        // too short to be a name
		{"本馆一般公共预算财政拨款基本支出中公用经费", "公用经费", true}, // the item within a spending
		{"医疗收入中门诊收入", "门诊收入", true},
		{"高中教育支出", "教育支出", false},  // 中 ends a word here
		{"支出中公用经费", "公用经费", false}, // (a bare measure says no scope)
		{"一般公共服务支出", "商品服务支出", false},
		{"新产品销售收入", "产品销售收入", false},
		{"基本支出", "项目支出", false},
		{"人员支出", "公用支出", false},
		{"市级国有资本经营预算收入", "五、其他国有资本经营预算收入", false}, // the rest, not the whole
		{"国有资本经营预算收入", "其他国有资本经营预算收入", false},
		{"其他收入", "其他收入", true},
		{"行政单位资产总额", "资产总额", false}, // a class of units, not all of them
		{"本单位资产总额", "资产总额", true},
		{"", "", false},
	} {
		if got := LabelsMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("LabelsMatch(%q, %q) = %v, want %v (normalised %q, %q)", tt.a, tt.b, got, tt.want, NormalizeLabel(tt.a), NormalizeLabel(tt.b))
		}
	}
}

// TestChangeRatePairs: a change followed by its rate, each with its own
// direction word, is a comparison even when the sentence's anchor was
// taken by an earlier subject or there is none; "增加值" is no change.
func TestChangeRatePairs(t *testing.T) {
	for _, tt := range []struct {
		s          string
		diff, rate string // the pair wanted, "" for none
	}{
		{"与2019年相比（2019年基本支出43874.85万元、项目支出9285.76万元），基本支出增加3746.92万元，增长8.54%，项目支出减少355.95万元，增长3.83%。", "减少", "增长"},
		{"与上年相比，基本支出增加3746.92万元，增长8.54%，项目支出增加10.00万元，增长1.50%。", "增加", "增长"},
		{"基本支出增加3746.92万元，增长8.54%。", "", ""},          // no anchor: no comparison (MayState)
		{"分项目看，基本支出增加3746.92万元，降幅8.54%。", "增加", "降幅"}, // no anchor, but two ways: a contradiction whatever the base
		{"其他服务业增加值872.59亿元，下降0.2%。", "", ""},
		{"项目支出减少355.95万元，占比下降3.83%。", "", ""},
	} {
		st := Analyze(tt.s)
		var got *Comparison
		for i := range st.Comparisons {
			if c := &st.Comparisons[i]; c.Diff != nil && c.Rate != nil && c.DiffWord == tt.diff && c.Rate.Start > c.Diff.Start {
				got = c
			}
		}
		switch {
		case tt.diff == "" && len(st.Comparisons) > 0:
			for _, c := range st.Comparisons {
				if c.Diff != nil && c.Rate != nil {
					t.Errorf("%s: unexpected pair %q %v / %q %v", tt.s, c.DiffWord, c.Diff, c.RateWord, c.Rate)
				}
			}
		case tt.diff != "" && (got == nil || got.RateWord != tt.rate):
			t.Errorf("%s: no pair %s…%s in %+v", tt.s, tt.diff, tt.rate, st.Comparisons)
		}
	}
}

func TestPointsUnderOpening(t *testing.T) {
	for _, tt := range []struct {
		s      string
		anchor string // the comparison of the points change, "" for none
		word   string
	}{
		{"与2023年相比，项目到位资金增加482.36万元，增长23.21%；实际支出2454.40万元，预算执行率下降8.03个百分点；结余资金减少146.84万元。", "与2023年相比", "下降"},
		{"与上年相比，收入增加12.00万元；执行率提高1.20个百分点。", "与上年相比", "提高"},
		{"收入增加12.00万元；执行率提高1.20个百分点。", "", ""},             // no anchor
		{"本年收入比上年增加12.00万元；执行率提高1.20个百分点。", "", ""},        // the anchor does not open the sentence
		{"与上年相比，收入增加12.00万元；比年初执行率提高1.20个百分点。", "比", "提高"}, // its own anchor
	} {
		st := Analyze(tt.s)
		var got *Comparison
		for i := range st.Comparisons {
			if c := &st.Comparisons[i]; c.Diff != nil && strings.HasSuffix(c.Diff.Unit, "百分点") {
				got = c
			}
		}
		switch {
		case tt.anchor == "" && got != nil:
			t.Errorf("%s: unexpected change %q %v under %q", tt.s, got.DiffWord, got.Diff, tt.s[got.Anchor.Start:got.Anchor.End])
		case tt.anchor != "" && got == nil:
			t.Errorf("%s: no change in points in %+v", tt.s, st.Comparisons)
		case tt.anchor != "" && (tt.s[got.Anchor.Start:got.Anchor.End] != tt.anchor || got.DiffWord != tt.word):
			t.Errorf("%s: change %q under %q, want %q under %q", tt.s, got.DiffWord, tt.s[got.Anchor.Start:got.Anchor.End], tt.word, tt.anchor)
		}
	}
}

func TestAnalyzeStatements(t *testing.T) {
	st := Analyze("2022年度本部门专项资金项目支出6148.40万元，比2021年项目支出4078.15万元增加2070.25万元，降幅50.76%。")
	if len(st.Comparisons) != 1 {
		t.Fatalf("comparisons = %d, want 1", len(st.Comparisons))
	}
	c := st.Comparisons[0]
	if c.Cur == nil || c.Base == nil || c.Diff == nil || c.Rate == nil {
		t.Fatalf("incomplete comparison %+v", c)
	}
	if c.Cur.String() != "6148.40" || c.Base.String() != "4078.15" || c.DiffSign != 1 || c.RateSign != -1 {
		t.Errorf("comparison X=%s Y=%s diff sign %d rate sign %d", c.Cur.String(), c.Base.String(), c.DiffSign, c.RateSign)
	}
	mag, dir, exp := DiffCheck(c.Cur.Number, c.Base.Number, c.Diff.Number, c.DiffSign)
	if !mag || !dir || exp.String() != "2070.25" {
		t.Errorf("DiffCheck = %v %v %s", mag, dir, exp.String())
	}
	ok, computed, valid := RateCheck(c.Rate.Number, c.Diff.Interval(HalfUp), c.Base.Interval(HalfUp))
	if !ok || !valid || FormatRat(computed, 2) != "50.76" {
		t.Errorf("RateCheck = %v %v %s", ok, valid, FormatRat(computed, 2))
	}

	st = Analyze("支出合计100.00万元，分别为人员支出60.00万元、公用支出30.00万元。收入50万元，其中：A 20万元；B 40万元。")
	if len(st.Enumerations) != 2 || !st.Enumerations[0].Complete || st.Enumerations[1].Complete || len(st.Enumerations[1].Parts) != 2 {
		t.Fatalf("enumerations = %+v", st.Enumerations)
	}
}

// TestMarkerClauseEnds: a marker whose clause ends before any figure
// ("主要用于保障人员经费；") introduces no parts, so the next clause's
// figure is a sibling of the total before the marker, not its part.
func TestMarkerClauseEnds(t *testing.T) {
	tests := []struct {
		in    string
		parts []string // each enumeration as "total:part,part"
	}{
		{"财政补助支出41,234,567元，其中：基本支出18,563,420元，主要用于保障人员经费；项目支出22,671,147元，主要用于设备购置。",
			[]string{"财政补助支出:基本支出,项目支出"}},
		{"基本支出18.56万元，主要用于：人员经费12.00万元；公用经费6.56万元。", []string{"基本支出:人员经费,公用经费"}},
		// a share "占收入合计的…" annotates its part; it does not end the list
		{"本院收入合计33299.67万元，其中：财政补助收入4123.46万元，占收入合计的12.38%；事业收入28544.47万元，占85.72%；其他收入631.74万元，占1.90%。",
			[]string{"本院收入:财政补助收入,事业收入,其他收入"}},
		// the total restated in the parts' unit is the total, named as the first
		{"本院收入合计332,996,720元（折合33299.67万元），其中：财政补助收入4123.46万元；事业收入28544.47万元；其他收入631.74万元。",
			[]string{"本院收入:财政补助收入,事业收入,其他收入"}},
		// "X中，" right after the total introduces its parts, clauses after each
		{"基本支出2617.92万元中，人员经费2291.64万元，主要包括基本工资等；公用经费326.28万元，主要包括办公费等。",
			[]string{"基本支出:人员经费,公用经费"}},
		// a part's own 其中 list, after its share, runs to the next ；
		{"本部门支出合计2090.91万元，其中：基本支出1258.26万元，占支出合计的60.18%，其中人员经费1035.21万元、公用经费223.05万元；项目支出832.64万元，占支出合计的39.82%。",
			[]string{"本部门支出:基本支出,项目支出", "基本支出:人员经费,公用经费"}},
		// a count whose clause runs on to "，其中": the 其中 lists what it counts
		{"县审计局共对17名领导干部开展了经济责任审计，其中乡镇党政主要领导干部9名、县级部门主要领导干部6名、国有企业主要领导人员3名。",
			[]string{"县审计局共对:乡镇党政主要领导干部,县级部门主要领导干部,国有企业主要领导人员"}},
		// …but an amount's clause running on names something else
		{"安排资金500.00万元用于项目建设，其中设备购置200.00万元、工程施工300.00万元。", nil},
		// a figure in brackets is not a total: "40件（含主办件12件），其中…"
		{"共收到建议提案40件（含主办件12件），其中市人大建议27件（含主办件9件）、市政协提案13件（含主办件3件）。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range Analyze(tt.in).Enumerations {
			var labels []string
			for _, p := range e.Parts {
				labels = append(labels, p.Label)
			}
			got = append(got, e.Total.Label+":"+strings.Join(labels, ","))
		}
		if !slices.Equal(got, tt.parts) {
			t.Errorf("%s\nparts %q, want %q", tt.in, got, tt.parts)
		}
	}
}

// TestComparisonWith covers comparisons written around their base,
// "与上年相比，…", and 多/少 as the change verb.
func TestComparisonWith(t *testing.T) {
	tests := []struct {
		in                    string
		cur, base, diff, rate string // "" when absent
		diffSign, rateSign    int
	}{
		{"科学技术支出37.91万元，与上年相比，下降12.42万元，增长48.73%。", "37.91", "", "12.42", "48.73", -1, 1},
		{"公用经费30.40万元，同上年度相比较，增加2.16万元。", "30.40", "", "2.16", "", 1, 0},
		{"基本支出60.09万元，与2020年的52.03万元相比，增加8.06万元。", "60.09", "52.03", "8.06", "", 1, 0},
		{"“三公”经费18.65万元，较2022年14.55万元多4.10万元，增幅28.18%。", "18.65", "14.55", "4.10", "28.18", 1, 1},
		{"经费260.41万元，同比减少37.03万元，下降12.45%。", "260.41", "", "37.03", "12.45", -1, -1},
		// the change belongs to something named after the comma
		{"支出合计70.07万元，与上年相比，人员经费增加3.20万元。", "", "", "", "", 0, 0},
		// 缩短/延长 are change words too
		{"平均住院日7.80天，比上年缩短0.50天，下降6.02%。", "7.80", "", "0.50", "6.02", -1, -1},
		// the anchor opens the sentence: the change is its subject's
		{"与2019年度相比，一般公共预算财政拨款支出增加370.29万元，降幅9.86%。", "", "", "370.29", "9.86", 1, -1},
		// the subject after the comma names the figures again: 各, or the label
		{"收入总计9413.70万元、支出总计9413.70万元，与上年相比，收、支总计各增加774.40万元，增长8.23%。", "9413.70", "", "774.40", "8.23", 1, 1},
		{"支出预算总额5211.63万元，与上年预算数5441.04万元相比，支出预算总额增加229.41万元。", "5211.63", "5441.04", "229.41", "", 1, 0},
		// a sentence opening "与2018年相比，收、支总计各…" speaks of the figure just before
		{"2019年度收、支总计26170.44万元。与2018年相比，收、支总计各增加1860.39万元，增长7.56%。", "26170.44", "", "1860.39", "7.56", 1, 1},
		// …but not of a figure named otherwise
		{"卫生技术人员中，执业医师508.2万人，注册护士585.5万人。与上年比较，卫生技术人员增加53.1万人（增长4.3%）。", "", "", "53.1", "4.3", 1, 1},
		// the current figure stated in an earlier sentence of the paragraph
		{"其中：基本支出3463.44万元，占68.43%。基本支出较2020年的3508.75万元增加45.31万元。", "3463.44", "3508.75", "45.31", "", 1, 0},
		// a share between the figure and its change annotates the figure…
		{"财政拨款收入39,777,100.00元，占本年收入的4.17%，较上年增加3,172,600.00元，增长7.98%。", "39777100.00", "", "3172600.00", "7.98", 1, 1},
		// …unless the change is the share's own
		{"基本支出1114.88万元，占支出合计的52.61%，较上年提高1.20个百分点。", "52.61", "", "1.20", "", 1, 0},
		// a ratio to the budget between the amount and a rate of change alone
		{"全区政府性基金预算收入1475460.00万元，为预算的77.95%，比上年下降24.77%。", "1475460.00", "", "", "24.77", 0, -1},
		// a sentence opening with its anchor compares the last amount of the sentence before
		{"支出预算为180,284.00元，支出决算为154,497.22元，完成预算的85.70%。较上年增加22,187.78元，增长12.56%。", "154497.22", "", "22187.78", "12.56", 1, 1},
		// …not when it names another subject
		{"全国医疗卫生机构床位1000.0万张，其中医院800.0万张。与上年比较，基层医疗卫生机构床位增加0.8万张（增长0.4%）。", "", "", "0.8", "0.4", 1, 1},
		// a figure written as last year's before the anchor is the base
		{"“三公”经费实际支出24.46万元，为预算的90.54%；上年实际支出28.17万元，本年比上年减少3.71万元，下降13.16%。", "", "28.17", "3.71", "13.16", -1, -1},
		// …but funds carried over from last year are this year's item
		{"上年结转312.65万元，比上年增加124.24万元，增长65.94%。", "312.65", "", "124.24", "65.94", 1, 1},
		// the base in a bracket inside "与…相比", the figure in the sentence before
		{"支出预算为5.58万元，支出决算为4.63万元，完成预算的82.98%。与上年决算（5.34万元）相比，增加0.71万元，增长13.29%。", "4.63", "5.34", "0.71", "13.29", 1, 1},
		// …and the figure just before it, in the same clause chain, the current one
		{"行政运行2023年预算数为426.71万元，上年预算数为403.33万元，比上年预算数增加23.38万元，增长5.80%。", "426.71", "403.33", "23.38", "5.80", 1, 1},
		// a bracketed figure is an aside: the change is of the figure it annotates
		{"职工基本医疗保险参保人数99.75万人（在职职工71.22万人、退休人员28.53万人），比上年末增加1.71万人，增长1.74%。", "99.75", "", "1.71", "1.74", 1, 1},
		// a share after the figure the next sentence names is passed over
		{"2021年度一般公共预算财政拨款支出1853.37万元，占本年支出合计的99.51%。与2020年度相比，一般公共预算财政拨款支出减少175.08万元，下降9.45%。", "1853.37", "", "175.08", "9.45", -1, -1},
		// a 完成预算的…% between the amount and its change is passed over, and a plan before it too
		{"公务接待费支出8,400.47元，完成预算的78.53%，较上年增加1,534.47元，增长22.35%。", "8400.47", "", "1534.47", "22.35", 1, 1},
		{"“三公”经费支出498,948.80元，年初预算570,000.00元，完成预算的87.53%，较上年540,958.50元减少42,009.70元。", "498948.80", "540958.50", "42009.70", "", -1, 0},
		// the figure of the sentence before that the subject names, not the last one
		{"2021年度财政拨款收入18,955.43万元，财政拨款支出18,397.14万元。与2020年度相比，财政拨款收入增加1,084.78万元，增长6.07%。", "18955.43", "", "1084.78", "6.07", 1, 1},
		// a plan and a 完成预算的…% before the figure; the subject without its last word
		{"2019年度“三公”经费财政拨款支出预算为4.70万元，支出决算为3.99万元，完成预算的84.89%。与上年相比，“三公”经费支出增加0.27万元，增长7.26%。", "3.99", "", "0.27", "7.26", 1, 1},
		// no earlier period between 与 and 相比
		{"支出合计70.07万元，与预期目标相比，增加3.20万元。", "", "", "", "", 0, 0},
	}
	str := func(q *Quantity) string {
		if q == nil {
			return ""
		}
		return q.String()
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			cs := Analyze(tt.in).Comparisons
			if tt.cur == "" && tt.diff == "" {
				if len(cs) != 0 {
					t.Fatalf("got %d comparisons, want none: %+v", len(cs), cs[0])
				}
				return
			}
			if len(cs) != 1 {
				t.Fatalf("got %d comparisons, want 1", len(cs))
			}
			c := cs[0]
			if str(c.Cur) != tt.cur || str(c.Base) != tt.base || str(c.Diff) != tt.diff || str(c.Rate) != tt.rate || c.DiffSign != tt.diffSign || c.RateSign != tt.rateSign {
				t.Errorf("X=%q Y=%q D=%q(%d) R=%q(%d), want %q %q %q(%d) %q(%d)", str(c.Cur), str(c.Base), str(c.Diff), c.DiffSign, str(c.Rate), c.RateSign,
					tt.cur, tt.base, tt.diff, tt.diffSign, tt.rate, tt.rateSign)
			}
			if c.Diff != nil && tt.in[c.DiffAt.Start:c.DiffAt.End] != c.DiffWord {
				t.Errorf("DiffAt %q != DiffWord %q", tt.in[c.DiffAt.Start:c.DiffAt.End], c.DiffWord)
			}
		})
	}
}

func TestMagnitudeSlip(t *testing.T) {
	parts := []Number{ParseCell("1567.51"), ParseCell("363.27"), ParseCell("902.59"), ParseCell("10.80")}
	i, fixed, ok := MagnitudeSlip(parts, ParseCell("2834.44"))
	if !ok || i != 3 || Trimmed(fixed) != "1.08" {
		t.Errorf("MagnitudeSlip = %d %s %v, want 3 1.08 true", i, Trimmed(fixed), ok)
	}
	if n, ok := SameUpToMagnitude(ParseCell("10.80"), ParseCell("1.08")); !ok || n != 1 {
		t.Errorf("SameUpToMagnitude = %d %v", n, ok)
	}
}

// FuzzQuantities checks the extractor never panics and keeps its spans
// inside the input, ordered and on rune boundaries.
func FuzzQuantities(f *testing.F) {
	for _, s := range []string{
		"2022年基本支出合计2834.44万元，其中人员经费2470.10万元；主要用于一般公共服务支出1722.60万元、教育支出1237.73万元。",
		"比2021年项目支出4078.15万元增加2070.25万元，降幅50.76%。",
		"约8500余小时，超过4000个，三家企业，十四个科室，百分之五，百分之三十点五，１２３．４５万元",
		"州办【2019】101号〔2023〕3号0743-8223316 1. （2） 一、5G 120km/h",
		"占GDP的比重17%，同比提高0.2个百分点。是年初预算的4.10倍",
		"\xff\xfe百分之", "1,234,567.89亿元", "-", "（", "百", "万元", "0.",
		"“三公”经费支出18.65万元，与上年的14.55万元相比，多4.10万元；其中：A 1万元，占5%；B 2万元，占10%。", "与2020年相比", "“”多1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// rune boundaries as Go decodes s (an invalid byte is one rune)
		boundary := map[int]bool{len(s): true}
		for i := range s {
			boundary[i] = true
		}
		prev := 0
		for _, q := range Quantities(s) {
			if q.Start < prev || q.Start > q.End || q.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", q.Start, q.End, prev, s)
			}
			for _, off := range []int{q.Start, q.End, q.LabelStart, q.LabelEnd, q.LeadStart} {
				if off < 0 || off > len(s) || !boundary[off] {
					t.Fatalf("offset %d not on a rune boundary in %q", off, s)
				}
			}
			if q.LabelStart > q.LabelEnd || q.LabelEnd > q.Start || q.LeadStart > q.Start {
				t.Fatalf("label [%d,%d) lead %d after figure %d in %q", q.LabelStart, q.LabelEnd, q.LeadStart, q.Start, s)
			}
			prev = q.End
		}
		st := Analyze(s)
		for _, r := range st.Sentences {
			if r.Start < 0 || r.End > len(s) || r.Start > r.End {
				t.Fatalf("bad sentence %v in %q", r, s)
			}
		}
		for _, c := range st.Comparisons {
			for _, r := range []Range{c.Anchor, c.DiffAt, c.RateAt, c.ToAt} {
				if r.Start < 0 || r.End > len(s) || r.Start > r.End || !boundary[r.Start] || !boundary[r.End] {
					t.Fatalf("bad comparison range %v in %q", r, s)
				}
			}
		}
	})
}

func TestClauses(t *testing.T) {
	s := "合计100万元，其中：A 60万元；B 40万元。"
	var got []string
	for _, r := range Clauses(s, Range{0, len(s)}) {
		got = append(got, s[r.Start:r.End])
	}
	if want := "合计100万元|其中|A 60万元|B 40万元"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestSharePart: a share's part is the figure its words name before 占,
// and "分别占" pairs each share with its own part, in order.
func TestSharePart(t *testing.T) {
	tests := []struct {
		in   string
		want []string // part/rate/base of each share
	}{
		{"基本支出1114.88万元，其中人员经费986.24万元、公用经费128.63万元，人员经费占基本支出的88.46%。",
			[]string{"986.24/88.46/1114.88"}},
		{"当年财政拨款4100.65万元。当年财政拨款中，中央补助资金、省级补助资金和县级配套资金分别为2876.42万元、616.38万元和607.85万元，分别占当年财政拨款的70.15%、15.03%和14.82%。",
			[]string{"2876.42/70.15/4100.65", "616.38/15.03/4100.65", "607.85/14.82/4100.65"}},
		// the base labelled by its period and total word: 本年支出合计 is labelled 支出
		{"2019年度本年支出合计11,058,005.19元，其中：基本支出9,716,553.74元，占本年支出合计的87.87%。",
			[]string{"9716553.74/87.87/11058005.19"}},
		// the base within a fund's scope: 一般公共预算基本支出 is the 基本支出 of 占基本支出的
		{"2023年一般公共预算基本支出2,135,348.06元，其中：人员经费1,812,644.36元，占基本支出的84.9%。",
			[]string{"1812644.36/84.9/2135348.06"}},
		// a share after a bracketed breakdown is the amount's the bracket breaks down
		{"2024年度支出合计2345.05万元。其中：基本支出1015.72万元（人员经费874.33万元、公用经费141.39万元），占支出合计的43.31%；项目支出1329.33万元，占56.69%。",
			[]string{"1015.72/43.31/2345.05", "1329.33/56.69/2345.05"}},
		// a share of the sum of the figures before is no share of the last
		{"问题金额31307.55万元，其中违规使用资金5246.77万元，预算执行不规范9606.61万元，两类合计占问题金额的47.44%。", nil},
		// as many rates as amounts, or none
		{"医疗收入89872.25万元，其中门诊收入28641.35万元、住院收入61230.89万元，分别占医疗收入的31.87%。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sh := range Analyze(tt.in).Shares {
			b := ""
			if len(sh.Bases) > 0 {
				b = sh.Bases[0].String()
			}
			got = append(got, sh.Part.String()+"/"+sh.Rate.String()+"/"+b)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\nshares %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestComparisonAsideWithFigures: figures inside a bracketed aside after
// the base are passed over, not read as the change (this sentence once
// panicked: the aside's second figure lay before the point it had reached).
func TestComparisonAsideWithFigures(t *testing.T) {
	st := Analyze("全年共破获刑事案件338起，破案率为57.2%（立案591起），较上年52.1%（破案366起、立案703起）提高5.1个百分点，破案率的提升主要得益于合成作战机制的深化应用。")
	for _, c := range st.Comparisons {
		if c.Base != nil && c.Base.String() == "52.1" {
			if c.Diff == nil || c.Diff.String() != "5.1" || c.Cur == nil || c.Cur.String() != "57.2" {
				t.Fatalf("comparison %+v: want 57.2 against 52.1, change 5.1", c)
			}
			return
		}
	}
	t.Fatalf("no comparison with base 52.1 in %+v", st.Comparisons)
}

// TestCountUnits: counts of things in the units reports use, 笔 (of
// payments) among them, are read with their unit: XRF001 tells an item's
// amount from a table's 合计 by them.
func TestCountUnits(t *testing.T) {
	for s, unit := range map[string]string{
		"发现2笔项目管理费用于购置办公用品": "笔",
		"抽查发现4项工程变更未履行审批程序": "项",
		"受理投诉举报12宗":         "宗",
	} {
		qs := Quantities(s)
		if len(qs) != 1 || qs[0].Unit != unit || !IsCountUnit(qs[0].Unit) {
			t.Errorf("Quantities(%q) = %+v, want one count in %s", s, qs, unit)
		}
	}
}

// TestAbbreviationInLabel: a bracketed abbreviation of capital letters
// (（GDP）) or another name (（商品和服务支出）) is part of the label before a
// figure, not a lead boundary; a bracketed remark (（初步核算）) still is.
func TestAbbreviationInLabel(t *testing.T) {
	for _, c := range []struct{ text, label string }{
		{"全县地区生产总值（GDP）达到321.70亿元", "全县地区生产总值(GDP)"},
		{"居民消费价格指数(CPI)上涨0.5%", ""},
		{"地区生产总值（初步核算）321.70亿元", ""},
		{"公用经费（商品和服务支出）281.07万元", "公用经费(商品和服务支出)"},
	} {
		st := Analyze(c.text)
		if len(st.Quantities) == 0 {
			t.Fatalf("%s: no figure", c.text)
		}
		got := NormalizeLabel(st.Quantities[0].Label)
		if c.label != "" && got != NormalizeLabel(c.label) {
			t.Errorf("%s: label %q, want %q", c.text, got, NormalizeLabel(c.label))
		}
		if c.label == "" && strings.Contains(got, "初步核算") {
			t.Errorf("%s: label %q takes in a remark", c.text, got)
		}
	}
}

// TestAlias: the bracketed other name a label ends with right before its
// figure, and none for a remark, a unit or a bracket before other words.
func TestAlias(t *testing.T) {
	for _, c := range []struct{ text, alias string }{
		{"公用经费（商品和服务支出）281.07万元", "商品和服务支出"},
		{"其中人员经费（工资福利支出和对个人和家庭的补助）1017.30万元", "工资福利支出和对个人和家庭的补助"},
		{"地区生产总值（初步核算）321.70亿元", ""},
		{"全年预算数（含年中追加调整）6048.50万元", ""},
		{"项目支出（万元）3000", ""},
		{"公用经费281.07万元", ""},
		{"（一）基本支出281.07万元", ""},
	} {
		st := Analyze(c.text)
		if len(st.Quantities) == 0 {
			t.Fatalf("%s: no figure", c.text)
		}
		if got := st.Quantities[0].Alias(c.text); got != c.alias {
			t.Errorf("%s: alias %q, want %q", c.text, got, c.alias)
		}
	}
}
