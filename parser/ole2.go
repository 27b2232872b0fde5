package parser

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"unicode/utf16"
)

// oleMagic starts every OLE2 compound file (legacy .doc, .xls, .wps, and
// password-protected .docx, whose encrypted package Office stores in one).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

const (
	cfbEndOfChain = 0xFFFFFFFE
	cfbFreeSect   = 0xFFFFFFFF
	cfbMaxRegSect = 0xFFFFFFFA
)

var errBadCFB = errors.New("bad compound file")

// oleStreamNames lists the names of the directory entries of the compound
// file r (streams and storages, any depth). It reads just the header, the
// FAT and the directory chain, with every index checked against the file.
func oleStreamNames(r io.ReaderAt, size int64) ([]string, error) {
	var h [512]byte
	if size < 512 {
		return nil, errBadCFB
	}
	if _, err := r.ReadAt(h[:], 0); err != nil {
		return nil, err
	}
	if !bytes.Equal(h[:8], oleMagic) {
		return nil, errBadCFB
	}
	le := binary.LittleEndian
	shift := le.Uint16(h[0x1E:])
	if shift != 9 && shift != 12 {
		return nil, errBadCFB
	}
	ss := int64(1) << shift
	nSect := (size + ss - 1) / ss // sectors that can exist, header included
	sectorAt := func(n uint32) (int64, bool) {
		off := (int64(n) + 1) * ss
		return off, n <= cfbMaxRegSect && off < size
	}
	readSector := func(n uint32, buf []byte) error {
		off, ok := sectorAt(n)
		if !ok {
			return errBadCFB
		}
		k, err := r.ReadAt(buf, off)
		if k == 0 && err != nil {
			return err
		}
		clear(buf[k:]) // a short last sector reads as zeros
		return nil
	}

	// The FAT's sectors: 109 in the header, then the DIFAT chain.
	nFAT := int64(le.Uint32(h[0x2C:]))
	if nFAT > nSect {
		return nil, errBadCFB
	}
	var fatSects []uint32
	for i := 0; i < 109 && int64(len(fatSects)) < nFAT; i++ {
		fatSects = append(fatSects, le.Uint32(h[0x4C+4*i:]))
	}
	buf := make([]byte, ss)
	difat := le.Uint32(h[0x44:])
	for steps := int64(0); int64(len(fatSects)) < nFAT && difat <= cfbMaxRegSect; steps++ {
		if steps > nSect {
			return nil, errBadCFB
		}
		if err := readSector(difat, buf); err != nil {
			return nil, err
		}
		per := int(ss/4) - 1
		for i := 0; i < per && int64(len(fatSects)) < nFAT; i++ {
			fatSects = append(fatSects, le.Uint32(buf[4*i:]))
		}
		difat = le.Uint32(buf[4*per:])
	}
	fat := make([]uint32, 0, int64(len(fatSects))*ss/4)
	for _, s := range fatSects {
		if err := readSector(s, buf); err != nil {
			return nil, err
		}
		for i := int64(0); i < ss/4; i++ {
			fat = append(fat, le.Uint32(buf[4*i:]))
		}
	}

	// The directory: 128-byte entries along the chain from the header.
	var names []string
	sect := le.Uint32(h[0x30:])
	for steps := int64(0); sect != cfbEndOfChain; steps++ {
		if steps > nSect || int64(sect) >= int64(len(fat)) {
			return names, errBadCFB
		}
		if err := readSector(sect, buf); err != nil {
			return names, err
		}
		for e := int64(0); e+128 <= ss; e += 128 {
			ent := buf[e : e+128]
			typ := ent[66]
			n := int(le.Uint16(ent[64:]))
			if typ == 0 || n < 2 || n > 64 || n%2 != 0 {
				continue
			}
			u := make([]uint16, n/2-1)
			for i := range u {
				u[i] = le.Uint16(ent[2*i:])
			}
			names = append(names, string(utf16.Decode(u)))
		}
		sect = fat[sect]
	}
	return names, nil
}

// oleHasName reports whether the raw bytes of r contain name as a UTF-16LE
// directory entry name. It is the fallback when the directory cannot be
// walked (a truncated or damaged file).
func oleHasName(r io.ReaderAt, size int64, name string) bool {
	pat := make([]byte, 0, 2*len(name))
	for _, c := range name {
		pat = append(pat, byte(c), 0)
	}
	chunk := min(size, 1<<20)
	buf := make([]byte, chunk+int64(len(pat)))
	for off := int64(0); off < size; off += chunk {
		n, _ := r.ReadAt(buf, off)
		if bytes.Contains(buf[:n], pat) {
			return true
		}
		if n < len(pat) {
			break
		}
	}
	return false
}
