package parser

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/docx"
)

// parseDocx hands a Word package to parser/docx and maps its errors onto
// this package's sentinels, keeping docx's technical detail at the end.
func parseDocx(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*model.Document, error) {
	doc, err := docx.Parse(ctx, r, size, name, docx.Options{
		MaxUncompressed: opt.MaxUncompressed,
		MaxRatio:        opt.MaxRatio,
		MaxDepth:        opt.MaxDepth,
		MaxCellBytes:    opt.MaxCellBytes,
	})
	if err == nil {
		if doc == nil {
			return nil, fail(name, ErrCorrupt, "未能读出任何内容，请用 Word 打开并另存为 .docx 后再提交")
		}
		return doc, nil
	}
	detail := strings.TrimPrefix(oneLine(err), name+": ")
	switch {
	case ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)):
		return nil, fmt.Errorf("%s：%w", name, ctx.Err())
	case errors.Is(err, docx.ErrEncrypted):
		return nil, fail(name, ErrEncrypted, "")
	case errors.Is(err, docx.ErrTooLarge):
		return nil, fail(name, ErrTooLarge, "解压后内容过大或压缩比异常，请删除大图片或拆分后再提交（"+detail+"）")
	case errors.Is(err, docx.ErrTooDeep):
		return nil, fail(name, ErrTooLarge, "文档结构嵌套过深，请另存为 .docx 后再提交（"+detail+"）")
	case errors.Is(err, docx.ErrNoDocument):
		return nil, fail(name, ErrUnsupportedFormat, "压缩包中没有 Word 文档，请提交 .docx 文件")
	}
	// docx.ErrNotZip, docx.ErrCorrupt and anything unforeseen.
	return nil, fail(name, ErrCorrupt, "请用 Word 或 WPS 打开并另存为 .docx 后再提交（"+detail+"）")
}
