package cli

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/crossfoot/crossfoot/parser"
)

// advice pairs a sentinel with what to say in Chinese and English. Parser
// messages usually say what to do already ("请…"); the Chinese advice is
// appended only to a message that has none.
var advice = []struct {
	err    error
	zh, en string
}{
	{fs.ErrNotExist, "文件不存在（请检查路径和文件名）", "no such file (check the path and the file name)"},
	{fs.ErrPermission, "没有读取权限（请检查文件权限）", "permission denied (check the file's permissions)"},
	{parser.ErrEncrypted, "（请去除密码后再提交）", "the file is password-protected (remove the password and try again)"},
	{parser.ErrLegacyDoc, "（请在 Word 或 WPS 中另存为 .docx 后再提交）", "legacy .doc/.wps files are not supported (save as .docx in Word or WPS and try again)"},
	{parser.ErrUnsupportedFormat, "（支持 .docx/.docm/.dotx 与 .txt）", "unsupported file format (use .docx, .docm, .dotx or .txt)"},
	{parser.ErrTooLarge, "（请拆分文件或去掉其中的大图片后再试）", "the file exceeds the size limit (split it or remove large images)"},
	{parser.ErrCorrupt, "（请用 Word 或 WPS 打开并另存为 .docx 后再试）", "the file is damaged or incomplete (open it in Word or WPS and save it again as .docx)"},
	{parser.ErrEmpty, "（请确认文件内容）", "the file is empty (check that it is the right file)"},
	{context.Canceled, "已中断", "interrupted"},
	{context.DeadlineExceeded, "已超时", "timed out"},
	{errNoFiles, "", "no auditable files in this directory (" + strings.Join(extensions, " ") + ")"},
}

// inputError is an input problem reworded for the user; it still wraps the
// original error.
type inputError struct {
	msg string
	err error
}

func (e *inputError) Error() string { return e.msg }
func (e *inputError) Unwrap() error { return e.err }

// describeInputError renders err as "path: 说明（该做什么）" on one line.
func describeInputError(path string, err error, en bool) string {
	return path + ": " + explainInputError(path, err, en).Error()
}

// explainInputError rewords err in the chosen language, without the file
// name, on one line, saying what to do.
func explainInputError(path string, err error, en bool) error {
	if ie, ok := err.(*inputError); ok {
		return ie
	}
	msg := strings.TrimSpace(err.Error())
	// Parsers prefix the file name; the line starts with it already.
	for _, p := range []string{path, filepath.Base(path)} {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			for _, sep := range []string{": ", ":", "：", " "} {
				if r, ok := strings.CutPrefix(rest, sep); ok {
					msg = r
					break
				}
			}
			break
		}
	}
	for _, a := range advice {
		if !errors.Is(err, a.err) {
			continue
		}
		switch {
		case en:
			msg = a.en
		case errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
			msg = a.zh // replace Go's English "open x: no such file or directory"
		case a.zh != "" && !strings.Contains(msg, "请"): // no advice yet
			msg += a.zh
		}
		break
	}
	return &inputError{msg: strings.Join(strings.Fields(msg), " "), err: err}
}
