package parser

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/docx"
	"github.com/crossfoot/crossfoot/parser/text"
)

// Sentinel errors callers branch on. Returned errors wrap them with %w and
// carry the file name and a hint.
var (
	ErrEncrypted         = errors.New("受密码保护，请去除密码后再提交")
	ErrLegacyDoc         = errors.New("暂不支持旧版 .doc/.wps 格式，请在 Word 或 WPS 中另存为 .docx 后再提交")
	ErrUnsupportedFormat = errors.New("不支持的文件格式（支持 .docx/.docm/.dotx 与 .txt）")
	ErrTooLarge          = errors.New("文件超出大小限制")
	ErrCorrupt           = errors.New("文件已损坏或不完整")
	ErrEmpty             = errors.New("文件为空")
)

// Options limits what a parser will accept. The zero value is sensible:
// each zero field means the documented default.
type Options struct {
	MaxUncompressed int64 // total bytes inflated from a .docx; default 512 MiB
	MaxRatio        int   // largest inflate ratio of one zip entry; default 200
	MaxDepth        int   // deepest XML nesting; default 512
	MaxCellBytes    int   // longest single paragraph or cell text; default 64 MiB
	MaxFileBytes    int64 // largest input file; default 256 MiB
}

// Defaults of Options.
const (
	// The .docx limits are the docx reader's own, so the two cannot drift.
	DefaultMaxUncompressed = docx.DefaultMaxUncompressed
	DefaultMaxRatio        = docx.DefaultMaxRatio
	DefaultMaxDepth        = docx.DefaultMaxDepth
	DefaultMaxCellBytes    = docx.DefaultMaxCellBytes
	DefaultMaxFileBytes    = 256 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxUncompressed <= 0 {
		o.MaxUncompressed = DefaultMaxUncompressed
	}
	if o.MaxRatio <= 0 {
		o.MaxRatio = DefaultMaxRatio
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxCellBytes <= 0 {
		o.MaxCellBytes = DefaultMaxCellBytes
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	return o
}

// Parse reads a report of any supported format. The format is found from
// the content, never from the name: a .docx (zip with a Word main part) goes
// to parser/docx, text to parser/text. Everything else is refused with an
// error that names the file, says what to do and wraps one of the sentinels;
// a file with no text at all is ErrEmpty. When ctx ends first, the error
// wraps ctx.Err() instead. Parse never panics; a panic inside a parser
// becomes ErrCorrupt.
func Parse(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (doc *model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc = nil
			err = fail(name, ErrCorrupt, fmt.Sprintf("读取时出错（%v），请用 Word 打开并另存为 .docx 后重试", p))
		}
	}()
	opt = opt.withDefaults()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s：%w", name, err)
	}
	if size <= 0 {
		return nil, fail(name, ErrEmpty, "请检查是否上传了正确的文件")
	}
	if size > opt.MaxFileBytes {
		return nil, fail(name, ErrTooLarge, fmt.Sprintf("%s，上限 %s，请压缩图片或拆分后再提交", byteSize(size), byteSize(opt.MaxFileBytes)))
	}
	head := make([]byte, min(size, sniffLen))
	if n, err := r.ReadAt(head, 0); n < len(head) {
		return nil, fail(name, ErrCorrupt, "无法读取文件："+oneLine(err))
	}
	switch f := Sniff(head); f {
	case FormatZip:
		doc, err = parseZip(ctx, r, size, name, opt)
	case FormatOLE2:
		return nil, oleError(r, size, name)
	case FormatText:
		doc, err = parseText(ctx, r, size, name, opt)
	default:
		return nil, fail(name, ErrUnsupportedFormat, f.hint())
	}
	if err != nil {
		return nil, err
	}
	// Nothing to audit: say so rather than report a clean bill of health.
	if strings.TrimSpace(doc.Text) == "" {
		hint := "文件中没有文字，请检查是否上传了正确的文件"
		if doc.Format == "docx" {
			hint = "文档中没有读到文字（图片、图表和嵌入对象中的内容无法检查），请检查是否上传了正确的文件"
		}
		return nil, fail(name, ErrEmpty, hint)
	}
	return doc, nil
}

// ParseFile opens and parses the file at path. Errors opening the file
// wrap the os error (errors.Is(err, fs.ErrNotExist) works) and no sentinel.
func ParseFile(ctx context.Context, path string, opt Options) (*model.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, openError(path, err)
	}
	if st.IsDir() {
		return nil, fail(path, ErrUnsupportedFormat, "这是一个文件夹，请选择报告文件")
	}
	return Parse(ctx, f, st.Size(), path, opt)
}

func openError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s：无法打开文件，请检查路径和读取权限：%w", path, err)
}

func parseText(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*model.Document, error) {
	data := make([]byte, size)
	if n, err := r.ReadAt(data, 0); int64(n) < size {
		return nil, fail(name, ErrCorrupt, "无法读取文件："+oneLine(err))
	}
	doc, err := text.ParseBytes(ctx, data, name, text.Options{MaxBytes: opt.MaxFileBytes, MaxCellBytes: opt.MaxCellBytes})
	switch {
	case err == nil:
	case errors.Is(err, text.ErrEncoding):
		return nil, fmt.Errorf("%s：%w：%w", name, ErrUnsupportedFormat, text.ErrEncoding)
	case errors.Is(err, text.ErrTooLarge):
		return nil, fail(name, ErrTooLarge, strings.TrimPrefix(oneLine(err), name+"："))
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%s：%w", name, ctx.Err())
	default:
		return nil, fail(name, ErrCorrupt, oneLine(err))
	}
	return doc, nil
}

// oleError classifies an OLE2 compound file: an encrypted .docx, a legacy
// Word/WPS document, or something else from old Office.
func oleError(r io.ReaderAt, size int64, name string) error {
	names, err := oleStreamNames(r, size)
	has := func(s string) bool {
		for _, n := range names {
			if strings.EqualFold(n, s) {
				return true
			}
		}
		// A damaged directory: look for the name in the raw bytes.
		return err != nil && oleHasName(r, size, s)
	}
	switch {
	case has("EncryptedPackage") || has("EncryptionInfo"):
		return fail(name, ErrEncrypted, "")
	case has("WordDocument"):
		return fail(name, ErrLegacyDoc, "")
	case has("Workbook") || has("Book"):
		return fail(name, ErrUnsupportedFormat, "这是旧版 Excel 表格（.xls），请提交 Word 报告（.docx）")
	case has("PowerPoint Document"):
		return fail(name, ErrUnsupportedFormat, "这是旧版 PowerPoint 演示文稿，请提交 Word 报告（.docx）")
	case err != nil:
		return fail(name, ErrCorrupt, "旧版 Office 文件已损坏，请用 Word 或 WPS 打开并另存为 .docx 后再提交")
	}
	return fail(name, ErrUnsupportedFormat, "这是旧版 Office 文件，请另存为 .docx 后再提交")
}

// fail builds the one-line error returned for an input problem:
// "<name>：<sentinel message>：<detail>". The sentinel is wrapped.
func fail(name string, sentinel error, detail string) error {
	if detail == "" {
		return fmt.Errorf("%s：%w", oneLine(errors.New(name)), sentinel)
	}
	return fmt.Errorf("%s：%w：%s", oneLine(errors.New(name)), sentinel, oneLine(errors.New(detail)))
}

// oneLine renders err on one line, without control characters.
func oneLine(err error) string {
	if err == nil {
		return "未知错误"
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7F {
			return ' '
		}
		return r
	}, err.Error())
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}
