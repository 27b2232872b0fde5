package text

import (
	"bytes"
	"errors"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ErrEncoding reports text whose character encoding could not be recognised.
var ErrEncoding = errors.New("无法识别文本编码，请将文件另存为 UTF-8 编码后再提交")

// Encoding names the character encodings Decode recognises.
const (
	UTF8    = "UTF-8"
	UTF8BOM = "UTF-8 BOM"
	UTF16LE = "UTF-16LE"
	UTF16BE = "UTF-16BE"
	GB18030 = "GB18030"
)

// Decode converts data to UTF-8 and names the encoding it found. A byte
// order mark decides UTF-8 or UTF-16; zero bytes all at odd (or all at even)
// offsets mean UTF-16 without a mark; otherwise valid UTF-8 is taken as is,
// and anything else is tried as GB18030 (a superset of GBK and GB2312) and
// accepted only when the result looks like text. Decode fails with
// ErrEncoding when nothing fits.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return validUTF8(data[3:]), UTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), UTF16LE, nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), UTF16BE, nil
	}
	if be, ok := utf16NoBOM(data); ok {
		out := decodeUTF16(data, be)
		if !plausible(out) {
			return "", "", ErrEncoding
		}
		if be {
			return out, UTF16BE, nil
		}
		return out, UTF16LE, nil
	}
	if utf8.Valid(data) {
		if !plausible(string(data)) {
			return "", "", ErrEncoding
		}
		return string(data), UTF8, nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || !plausible(string(out)) {
		return "", "", ErrEncoding
	}
	return string(out), GB18030, nil
}

// validUTF8 returns data as a string with invalid sequences replaced, so a
// file that declares UTF-8 by its BOM still yields valid text.
func validUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
}

// utf16NoBOM reports whether data looks like UTF-16 without a byte order
// mark, and which byte order: report text has ASCII (digits, line ends)
// among its Chinese, so zero bytes appear often and all on one side of the
// code units — odd offsets for little-endian, even for big-endian. The
// decoded text must still pass plausible.
func utf16NoBOM(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 1<<16) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	zeros := even + odd
	if zeros*50 < n { // fewer than 2 % zero bytes: not UTF-16 with ASCII in it
		return false, false
	}
	// Mostly one side: a few CJK characters such as 一 (U+4E00) put a zero
	// on the other side too.
	switch {
	case odd*4 >= zeros*3:
		return false, true
	case even*4 >= zeros*3:
		return true, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	s := string(utf16.Decode(u))
	if len(data)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// plausible reports whether s reads like a Chinese or English document:
// almost no replacement or control characters, and nearly all characters
// from the scripts and symbol blocks such documents use. A wrong decoding of
// GB18030 bytes, or binary data, fails it.
func plausible(s string) bool {
	var total, bad, odd int
	for _, r := range s {
		total++
		switch {
		case r == utf8.RuneError:
			bad++
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			bad++
		case !common(r):
			odd++
		}
	}
	if total == 0 {
		return true
	}
	// A damaged byte or two in a long file is tolerated; binary is not.
	return bad*1000 <= total && (bad+odd)*20 <= total
}

// common reports whether r belongs to a block that Chinese and English
// report text commonly uses.
func common(r rune) bool {
	switch {
	case r < 0x250: // ASCII, Latin-1, Latin Extended-A/B
		return true
	case r >= 0x370 && r < 0x530: // Greek, Cyrillic (in GBK)
		return true
	case r >= 0x2000 && r < 0x2C00: // punctuation, symbols, arrows, math, box drawing, circled numbers
		return true
	case r >= 0x2E80 && r < 0xA000: // CJK radicals, symbols, kana, Bopomofo, CJK ideographs
		return true
	case r >= 0xF900 && r < 0xFB00: // CJK compatibility ideographs
		return true
	case r >= 0xFE30 && r < 0xFFF0: // CJK compatibility forms, full-width forms
		return true
	case r >= 0x20000 && r < 0x32000: // CJK extension B and beyond
		return true
	}
	return false
}
