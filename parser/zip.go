package parser

import (
	"archive/zip"
	"context"
	"io"
	"path"
	"strings"

	"github.com/crossfoot/crossfoot/model"
)

// zipKind tells what a zip archive holds, from its entry names and content
// types, without inflating more than [Content_Types].xml (bounded).
type zipKind int

const (
	zipWord zipKind = iota
	zipExcel
	zipPowerPoint
	zipODF
	zipOFD
	zipOther
)

func classifyZip(zr *zip.Reader) zipKind {
	var ct string
	names := make(map[string]bool, len(zr.File))
	for _, f := range zr.File {
		n := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		names[n] = true
		if n == "[content_types].xml" {
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
				rc.Close()
				ct = string(b)
			}
		}
	}
	switch {
	case strings.Contains(ct, "wordprocessingml") || strings.Contains(ct, "ms-word"), names["word/document.xml"]:
		return zipWord
	case strings.Contains(ct, "spreadsheetml") || strings.Contains(ct, "ms-excel"), names["xl/workbook.xml"]:
		return zipExcel
	case strings.Contains(ct, "presentationml") || strings.Contains(ct, "ms-powerpoint"), names["ppt/presentation.xml"]:
		return zipPowerPoint
	case names["mimetype"] && names["content.xml"]:
		return zipODF
	case names["ofd.xml"]:
		return zipOFD
	}
	// Some producers rename the main part; a word/ folder is still telling.
	for n := range names {
		if path.Dir(n) == "word" && strings.HasSuffix(n, ".xml") {
			return zipWord
		}
	}
	return zipOther
}

// parseZip reads a zip archive: Word packages go to parser/docx; anything
// else is refused with a hint.
func parseZip(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*model.Document, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		// Usually a truncated upload or download: the zip directory sits at
		// the end of the file.
		return nil, fail(name, ErrCorrupt, "压缩结构不完整（可能未下载或上传完整），请重新保存或重新上传 .docx")
	}
	switch classifyZip(zr) {
	case zipWord:
		return parseDocx(ctx, r, size, name, opt)
	case zipExcel:
		return nil, fail(name, ErrUnsupportedFormat, "这是 Excel 表格，请提交 Word 报告（.docx）")
	case zipPowerPoint:
		return nil, fail(name, ErrUnsupportedFormat, "这是 PowerPoint 演示文稿，请提交 Word 报告（.docx）")
	case zipODF:
		return nil, fail(name, ErrUnsupportedFormat, "这是 OpenDocument 文件（.odt 等），请另存为 .docx 后再提交")
	case zipOFD:
		return nil, fail(name, ErrUnsupportedFormat, "这是 OFD 版式文件，请提交 Word 原件（.docx）")
	}
	// Unknown content: parser/docx follows the package relationships to a
	// main part under any name, and reports ErrNoDocument when there is none.
	return parseDocx(ctx, r, size, name, opt)
}
