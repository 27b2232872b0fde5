package parser

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/crossfoot/crossfoot/model"
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

// Parse reads a report of any supported format.
func Parse(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*model.Document, error) {
	return nil, errors.New("parser.Parse: not implemented yet")
}

// ParseFile opens and parses the file at path.
func ParseFile(ctx context.Context, path string, opt Options) (*model.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return Parse(ctx, f, st.Size(), path, opt)
}
