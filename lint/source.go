package lint

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format names a format reader.
type Format string

// The formats coquille reads.
const (
	PlainText Format = "text"
	Markdown  Format = "markdown"
)

// FormatOf picks the format from a file name: Markdown for .md and
// .markdown, plain text otherwise.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	}
	return PlainText
}

// Source is one input: its name in reports and its exact bytes.
type Source struct {
	Path string
	// Data is never modified once the source is checked: its Document
	// reads it in place.
	Data   []byte
	Format Format
}

// ErrBinary is returned by Validate for data that is not text.
var ErrBinary = errors.New("fichier binaire (octet nul)")

// Validate tells why data cannot be checked as UTF-8 text, or returns nil.
// A UTF-8 byte order mark is accepted. The size of data is the Checker's
// business (see limits.go).
func Validate(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return errors.New("encodage UTF-16 non pris en charge\u00a0: convertissez le fichier en UTF-8")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidOffset(data)], []byte{'\n'})
		return fmt.Errorf("UTF-8 invalide à la ligne %d", line)
	}
	return nil
}

// invalidOffset returns the offset of the first invalid UTF-8 sequence.
func invalidOffset(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}
