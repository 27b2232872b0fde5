package parser

import (
	"bytes"

	"github.com/crossfoot/crossfoot/parser/text"
)

// Format is what Sniff recognises from the first bytes of a file.
type Format int

const (
	FormatUnknown Format = iota // binary data of no known kind
	FormatEmpty                 // no bytes at all
	FormatZip                   // a zip archive: .docx, .xlsx, .odt, ...
	FormatOLE2                  // an OLE2 compound file: .doc, .xls, .wps, encrypted .docx
	FormatPDF
	FormatRTF
	FormatHTML // HTML or MHT, e.g. a "Web page" saved with a .doc name
	FormatXML  // XML, e.g. Word 2003 XML or Flat OPC
	FormatImage
	FormatArchive // rar, 7z, gzip
	FormatText    // plain text (any encoding parser/text may recognise)
)

// sniffLen is how many leading bytes Sniff looks at.
const sniffLen = 8 << 10

// Sniff tells the format from the leading bytes of a file (Parse passes the
// first 8 KiB). It does not look at the name.
func Sniff(head []byte) Format {
	switch {
	case len(head) == 0:
		return FormatEmpty
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")), bytes.HasPrefix(head, []byte("PK\x07\x08")):
		return FormatZip
	case bytes.HasPrefix(head, oleMagic):
		return FormatOLE2
	case bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(head, []byte("{\\rtf")):
		return FormatRTF
	case bytes.HasPrefix(head, []byte("\x89PNG")), bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}),
		bytes.HasPrefix(head, []byte("GIF8")), bytes.HasPrefix(head, []byte("BM")) && len(head) > 14 && head[6] == 0 && head[7] == 0:
		return FormatImage
	case bytes.HasPrefix(head, []byte("Rar!")), bytes.HasPrefix(head, []byte("7z\xBC\xAF")), bytes.HasPrefix(head, []byte{0x1F, 0x8B}):
		return FormatArchive
	}
	if !looksLikeText(head) {
		return FormatUnknown
	}
	// Markup is text too, but not a report we can read as such.
	lead := bytes.ToLower(head[:min(len(head), 512)])
	lead = bytes.TrimLeft(bytes.TrimPrefix(lead, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	switch {
	case bytes.HasPrefix(lead, []byte("<!doctype html")), bytes.HasPrefix(lead, []byte("<html")),
		bytes.HasPrefix(lead, []byte("mime-version:")):
		return FormatHTML
	case bytes.HasPrefix(lead, []byte("<?xml")):
		if bytes.Contains(lead, []byte("<html")) {
			return FormatHTML
		}
		return FormatXML
	}
	return FormatText
}

// looksLikeText reports whether head can be text: UTF-16 with a byte order
// mark, or bytes without NULs and with few control characters (legacy
// Chinese encodings use only bytes ≥ 0x80, so they pass).
func looksLikeText(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return true
	}
	if _, _, err := text.Decode(head[:len(head)&^1]); err == nil && bytes.IndexByte(head, 0) >= 0 {
		return true // UTF-16 without a byte order mark
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A:
			ctl++
		}
	}
	if ctl*100 > len(head) {
		return false
	}
	// Whether it decodes is for parser/text to decide.
	return true
}

// hint says what to do with a file of format f that crossfoot cannot read.
func (f Format) hint() string {
	switch f {
	case FormatEmpty:
		return "请检查是否上传了正确的文件"
	case FormatPDF:
		return "这是 PDF 文件，无法可靠读取表格，请提交 Word 原件（.docx）或纯文本（.txt）"
	case FormatRTF:
		return "这是 RTF 文件，请在 Word 或 WPS 中另存为 .docx 后再提交"
	case FormatHTML:
		return "这是网页格式（可能是另存为网页的 .doc），请在 Word 或 WPS 中另存为 .docx 后再提交"
	case FormatXML:
		return "这是 XML 文件（如 Word 2003 XML），请在 Word 或 WPS 中另存为 .docx 后再提交"
	case FormatImage:
		return "这是图片，请提交 Word 报告（.docx）"
	case FormatArchive:
		return "这是压缩包，请解压后提交其中的 Word 报告（.docx）"
	}
	return "无法识别的二进制文件，请提交 Word 报告（.docx）或纯文本（.txt）"
}

// String names the format in English, for logs.
func (f Format) String() string {
	switch f {
	case FormatEmpty:
		return "empty"
	case FormatZip:
		return "zip"
	case FormatOLE2:
		return "ole2"
	case FormatPDF:
		return "pdf"
	case FormatRTF:
		return "rtf"
	case FormatHTML:
		return "html"
	case FormatXML:
		return "xml"
	case FormatImage:
		return "image"
	case FormatArchive:
		return "archive"
	case FormatText:
		return "text"
	}
	return "unknown"
}
