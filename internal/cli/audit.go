package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/report"
	"github.com/crossfoot/crossfoot/rules"
)

const auditUsage = `用法：crossfoot audit [选项] 文件或目录…

审核每个文件，列出数字不一致之处：位置、算式和把握程度。目录会递归展开
（.docx .docm .dotx .dotm .txt .md；隐藏文件与 ~$ 临时文件跳过）；直接给出的
文件无论扩展名都会审核（按内容识别格式）。

选项：
  --format text|line|json|csv|md
                            输出格式（默认 text）：text 终端表格；line 每个问题一行
                            （路径:位置: 级别 规则 说明 [算式] (把握 高)）；json 带版本的
                            JSON（见 README「JSON output format」）；csv 表格软件用
                            （带 BOM，Excel 可直接打开）；md Markdown 表格
  --fail-on error|warning|info
                            有达到此级别的问题时退出码为 1（默认 error）；统计所有
                            问题，包括因 --min-severity 未显示的
  --min-severity error|warning|info
                            显示的最低级别（默认 warning；info 即舍入范围内的差异，默认不显示）
  --lang zh|en              说明文字的语言（默认 zh）
  --jobs N                  并行处理的文件数（默认 CPU 数）；输出顺序始终与输入顺序一致
  --rules ID,ID             只运行这些规则；也可写规则族前缀，如 TBL
  --disable ID,ID           不运行这些规则（或规则族）
  --rounding half-up|truncate
                            表格数字的舍入方式：half-up 四舍五入（默认），truncate 截尾；
                            决定多大的差异算作舍入误差
  --baseline 文件.json      不列出该文件（先前 --format json 的输出）中已有的问题（按指纹
                            识别），只看新增的；退出码也只看新增的
  --width N                 text 格式的表格宽度（默认：环境变量 COLUMNS，否则终端宽度，
                            否则 120）

退出码：0 无问题；1 有达到 --fail-on 级别的问题；2 用法错误，或有文件无法读取
（此时其余文件照常审核；无法读取优先于发现问题）。无法读取的文件在标准错误输出
一行「文件名: 错误说明（该怎么做）」。
`

func auditCommand() *command {
	c := &command{name: "audit", summary: "审核文件或目录，列出不一致之处", usage: auditUsage}
	c.run = func(ctx context.Context, e *env, args []string) int { return runAudit(ctx, e, c, args) }
	return c
}

type auditFlags struct {
	format, failOn, minSeverity, lang string
	jobs, width                       int
	only, disable, baseline, rounding string
}

func runAudit(ctx context.Context, e *env, c *command, args []string) int {
	var f auditFlags
	fs := newFlagSet(c.name)
	fs.StringVar(&f.format, "format", "text", "")
	fs.StringVar(&f.failOn, "fail-on", "error", "")
	fs.StringVar(&f.minSeverity, "min-severity", "warning", "")
	fs.StringVar(&f.lang, "lang", "zh", "")
	fs.IntVar(&f.jobs, "jobs", runtime.NumCPU(), "")
	fs.IntVar(&f.width, "width", 0, "")
	fs.StringVar(&f.only, "rules", "", "")
	fs.StringVar(&f.disable, "disable", "", "")
	fs.StringVar(&f.baseline, "baseline", "", "")
	fs.StringVar(&f.rounding, "rounding", "half-up", "")
	paths, code := parseFlags(e, c, fs, args)
	if code >= 0 {
		return code
	}
	if err := oneOf(f.format, report.Formats...); err != nil {
		return usageErr(e, c.name, "--format "+err.Error(), "")
	}
	if err := oneOf(f.lang, "zh", "en"); err != nil {
		return usageErr(e, c.name, "--lang "+err.Error(), "")
	}
	failOn, err := audit.ParseSeverity(f.failOn)
	if err != nil {
		return usageErr(e, c.name, "--fail-on: "+err.Error(), "")
	}
	minSev, err := audit.ParseSeverity(f.minSeverity)
	if err != nil {
		return usageErr(e, c.name, "--min-severity: "+err.Error(), "")
	}
	if f.jobs < 1 {
		return usageErr(e, c.name, fmt.Sprintf("--jobs 必须至少为 1（收到 %d）", f.jobs), "")
	}
	if len(paths) == 0 {
		return usageErr(e, c.name, "缺少要审核的文件或目录", "例如：crossfoot audit 报告.docx；运行 'crossfoot help audit' 查看用法。")
	}
	var ropt rules.Options
	switch f.rounding {
	case "half-up", "四舍五入":
		ropt.Rounding = figures.HalfUp
	case "truncate", "截尾":
		ropt.Rounding = figures.Truncate
	default:
		return usageErr(e, c.name, fmt.Sprintf("--rounding 只能是 half-up（四舍五入）或 truncate（截尾），收到 %q", f.rounding), "")
	}
	selected, err := selectRules(e.rules(ropt), f.only, f.disable)
	if err != nil {
		return usageErr(e, c.name, err.Error(), "运行 'crossfoot rules' 列出全部规则。")
	}

	known, err := readBaseline(f.baseline)
	if err != nil {
		return usageErr(e, c.name, err.Error(), "--baseline 需要先前 'crossfoot audit --format json' 的输出文件。")
	}

	en := f.lang == "en"
	opt := report.Options{Lang: f.lang, MinSeverity: minSev, Width: f.width}
	if opt.Width <= 0 {
		opt.Width, _ = strconv.Atoi(e.getenv("COLUMNS"))
	}
	if opt.Width <= 0 && e.isTerminal(e.stdout) {
		opt.Width = e.termWidth(e.stdout)
	}
	if f.format == "text" && e.isTerminal(e.stdout) && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb" {
		opt.Color = true
	}
	printer, err := report.New(f.format, e.stdout, opt)
	if err != nil {
		return usageErr(e, c.name, err.Error(), "")
	}

	inputs := expand(paths)
	failed, failing := false, false
	baselined := 0
	var writeErr error
	ctx, cancel := context.WithCancel(ctx) // stops the batch when the output breaks
	defer cancel()
	process(ctx, inputs, f.jobs, func(in input) outcome { return auditOne(ctx, e, in, selected) }, func(o outcome) {
		if writeErr != nil {
			return
		}
		r := o.result
		if r.Err != nil {
			failed = true
			r.Err = explainInputError(r.Path, r.Err, en)
			fmt.Fprintf(e.stderr, "%s: %v\n", r.Path, r.Err)
		}
		for _, p := range r.Problems {
			fmt.Fprintf(e.stderr, "%s: %s%s\n", r.Path, pick(en, "warning: ", "注意："), strings.Join(strings.Fields(p.Error()), " "))
		}
		if o.internal {
			failed = true
		}
		if known != nil {
			kept := r.Findings[:0:0]
			for _, fd := range r.Findings {
				if known[fd.Fingerprint] {
					baselined++
					continue
				}
				kept = append(kept, fd)
			}
			r.Findings = kept
		}
		for _, fd := range r.Findings {
			if fd.Severity >= failOn {
				failing = true
			}
		}
		if writeErr = printer.Document(r); writeErr != nil {
			cancel()
		}
	})
	if writeErr == nil {
		writeErr = printer.Close()
	}
	if baselined > 0 && writeErr == nil {
		fmt.Fprintf(e.stderr, "crossfoot audit: %s\n", pick(en,
			fmt.Sprintf("%d findings already in the baseline %s were left out", baselined, f.baseline),
			fmt.Sprintf("基线 %s 中已有的 %d 处问题未列出", f.baseline, baselined)))
	}
	switch {
	case writeErr != nil:
		fmt.Fprintf(e.stderr, "crossfoot audit: %s%v\n", pick(en, "cannot write the output: ", "无法写出结果："), writeErr)
		return ExitUsage
	case failed:
		return ExitUsage
	case failing:
		return ExitFindings
	}
	return ExitClean
}

// readBaseline returns the fingerprints of the findings in a JSON report
// written earlier by `crossfoot audit --format json`, or nil for "".
func readBaseline(path string) (map[string]bool, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %v", err)
	}
	defer f.Close()
	rep, err := report.ReadJSON(f)
	if err != nil {
		return nil, fmt.Errorf("--baseline %s: %v", path, err)
	}
	known := map[string]bool{}
	for _, d := range rep.Documents {
		for _, fd := range d.Findings {
			known[fd.Fingerprint] = true
		}
	}
	return known, nil
}

func pick(en bool, english, chinese string) string {
	if en {
		return english
	}
	return chinese
}

// selectRules applies --rules and --disable. Each is a comma-separated list
// of rule IDs or families (an ID's leading letters, e.g. TBL), case-insensitive.
// A name matching no rule is an error.
func selectRules(all []*audit.Rule, only, disable string) ([]*audit.Rule, error) {
	match := func(list, flagName string) (map[string]bool, error) {
		set := map[string]bool{}
		for _, name := range strings.Split(list, ",") {
			name = strings.ToUpper(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			found := false
			for _, r := range all {
				if r.ID == name || family(r.ID) == name {
					set[r.ID] = true
					found = true
				}
			}
			if !found {
				return nil, fmt.Errorf("%s：没有规则 %q", flagName, name)
			}
		}
		return set, nil
	}
	var keep, drop map[string]bool
	var err error
	if strings.TrimSpace(only) != "" {
		if keep, err = match(only, "--rules"); err != nil {
			return nil, err
		}
	}
	if drop, err = match(disable, "--disable"); err != nil {
		return nil, err
	}
	var out []*audit.Rule
	for _, r := range all {
		if (keep == nil || keep[r.ID]) && !drop[r.ID] {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// family returns the letters an ID starts with: "TBL" for "TBL001".
func family(id string) string {
	i := 0
	for i < len(id) && id[i] >= 'A' && id[i] <= 'Z' {
		i++
	}
	return id[:i]
}

// outcome is one input's result; internal marks a crash inside crossfoot
// (a parser or rule panic), which makes the run exit with 2.
type outcome struct {
	result   report.Result
	internal bool
}

// process runs work on every input with up to jobs goroutines and calls emit
// with the outcomes in input order, as soon as each one and all before it
// are done. After ctx is cancelled, inputs not yet started are reported as
// interrupted.
func process(ctx context.Context, inputs []input, jobs int, work func(input) outcome, emit func(outcome)) {
	results := make([]chan outcome, len(inputs))
	for i := range results {
		results[i] = make(chan outcome, 1)
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for i, in := range inputs {
			if ctx.Err() != nil {
				results[i] <- outcome{result: report.Result{Path: in.path, Err: ctx.Err()}}
				continue
			}
			select {
			case next <- i:
			case <-ctx.Done():
				results[i] <- outcome{result: report.Result{Path: in.path, Err: ctx.Err()}}
			}
		}
	}()
	for w := 0; w < min(jobs, len(inputs)); w++ {
		go func() {
			for i := range next {
				results[i] <- work(inputs[i])
			}
		}()
	}
	for i := range inputs {
		emit(<-results[i])
	}
}

// auditOne parses and audits one input. A panic in the parser fails this
// input only; a panic in a rule is reported as a problem and the other
// rules' findings are kept.
func auditOne(ctx context.Context, e *env, in input, rules []*audit.Rule) (o outcome) {
	o.result.Path = in.path
	if in.err != nil {
		o.result.Err = in.err
		return o
	}
	defer func() {
		if p := recover(); p != nil {
			o = outcome{internal: true, result: report.Result{Path: in.path, Err: internalError(p)}}
		}
	}()
	doc, err := e.parse(ctx, in.path)
	if err != nil {
		o.result.Err = err
		return o
	}
	if doc == nil {
		o.result.Err = errors.New("解析器未返回文档（内部错误，请报告此问题）")
		o.internal = true
		return o
	}
	guarded := make([]*audit.Rule, len(rules))
	for i, r := range rules {
		g := *r
		run := r.Run
		g.Run = func(p *audit.Pass) {
			defer func() {
				if x := recover(); x != nil {
					o.internal = true
					where := ""
					if site := panicSite(string(debug.Stack())); site != "" {
						where = "（位于 " + site + "）"
					}
					o.result.Problems = append(o.result.Problems, fmt.Errorf("规则 %s 内部错误，其结果不完整（请报告此问题）：%v%s", g.ID, x, where))
				}
			}()
			run(p)
		}
		guarded[i] = &g
	}
	o.result.Findings = audit.Run(doc, guarded)
	o.result.Problems = append(append([]error(nil), doc.Errors...), o.result.Problems...)
	return o
}

func internalError(p any) error {
	if where := panicSite(string(debug.Stack())); where != "" {
		return fmt.Errorf("内部错误：%v（位于 %s；请把该文件和此信息报告给开发者）", p, where)
	}
	return fmt.Errorf("内部错误：%v（请把该文件和此信息报告给开发者）", p)
}

// panicSite finds, in a goroutine stack taken while recovering, the first
// frame after panic( that is not in the runtime: the function that
// panicked, as "pkg.Func (file.go:123)".
func panicSite(stack string) string {
	lines := strings.Split(stack, "\n")
	seenPanic := false
	for i := 0; i+1 < len(lines); i++ {
		fn := lines[i]
		if strings.HasPrefix(fn, "\t") || fn == "" {
			continue
		}
		if strings.HasPrefix(fn, "panic(") {
			seenPanic = true
			continue
		}
		if !seenPanic || strings.HasPrefix(fn, "runtime.") {
			continue
		}
		if j := strings.LastIndex(fn, "("); j > 0 {
			fn = fn[:j]
		}
		fn = fn[strings.LastIndex(fn, "/")+1:]
		file := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(file, " +0x"); j > 0 {
			file = file[:j]
		}
		file = file[strings.LastIndexAny(file, "/\\")+1:]
		return fn + " (" + file + ")"
	}
	return ""
}
