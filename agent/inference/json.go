package inference

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// The plaintexts are JSON objects of scalar fields, read strictly
// (docs/PROTOCOL.md §13.3): encoding/json alone would accept what two
// implementations could read differently — a key given twice (it keeps the
// last), a key in another letter case, null for an absent field, an
// escaped lone surrogate (it substitutes U+FFFD) — so a plaintext is first
// split into its fields here, each field then typed on its own.

// fields is a plaintext's members, by key (after unescaping), as raw JSON.
type fields map[string]json.RawMessage

// readObject splits b into the members of one JSON object. It refuses
// invalid UTF-8, anything but an object, a key given twice and any data
// after the object other than JSON whitespace.
func readObject(b []byte) (fields, error) {
	if !utf8.Valid(b) {
		// encoding/json would silently replace invalid bytes.
		return nil, errors.New("not UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	f := fields{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("not JSON: %w", err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, errors.New("not JSON: a key that is not a string")
		}
		if _, dup := f[key]; dup {
			return nil, fmt.Errorf("field %q given twice", key)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("not JSON: %w", err)
		}
		f[key] = raw
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data after the object")
	}
	return f, nil
}

// only reports the first key of f not in allowed.
func (f fields) only(allowed ...string) error {
	for k := range f {
		known := false
		for _, a := range allowed {
			known = known || k == a
		}
		if !known {
			return fmt.Errorf("unknown field %q", k)
		}
	}
	return nil
}

// str returns field key as a non-empty string; present is false when the
// field is absent.
func (f fields) str(key string) (s string, present bool, err error) {
	raw, ok := f[key]
	if !ok {
		return "", false, nil
	}
	if len(raw) == 0 || raw[0] != '"' {
		return "", true, fmt.Errorf("%s is not a string", key)
	}
	if err := checkSurrogates(raw); err != nil {
		return "", true, fmt.Errorf("%s: %w", key, err)
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", true, fmt.Errorf("%s: %w", key, err)
	}
	if s == "" {
		return "", true, fmt.Errorf("%s is empty", key)
	}
	return s, true, nil
}

// boolean returns field key as a bool.
func (f fields) boolean(key string) (v, present bool, err error) {
	raw, ok := f[key]
	switch {
	case !ok:
		return false, false, nil
	case string(raw) == "true":
		return true, true, nil
	case string(raw) == "false":
		return false, true, nil
	}
	return false, true, fmt.Errorf("%s is not true or false", key)
}

// integer returns field key as an integer in [0, max]: a JSON number
// without sign, fraction or exponent.
func (f fields) integer(key string, max uint64) (v uint64, present bool, err error) {
	raw, ok := f[key]
	if !ok {
		return 0, false, nil
	}
	for _, c := range raw {
		if c < '0' || c > '9' {
			return 0, true, fmt.Errorf("%s is not an integer from 0 to %d", key, max)
		}
	}
	v, err = strconv.ParseUint(string(raw), 10, 64)
	if err != nil || v > max {
		return 0, true, fmt.Errorf("%s is not an integer from 0 to %d", key, max)
	}
	return v, true, nil
}

// checkSurrogates refuses a JSON string (raw, with its quotes) holding an
// escaped UTF-16 surrogate that is not part of a pair.
func checkSurrogates(raw []byte) error {
	hex := func(i int) (rune, bool) {
		if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(raw[i+2:i+6]), 16, 16)
		return rune(v), err == nil
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		r, ok := hex(i)
		if !ok {
			i++ // a two-character escape
			continue
		}
		switch {
		case r >= 0xD800 && r < 0xDC00:
			lo, ok := hex(i + 6)
			if !ok || lo < 0xDC00 || lo > 0xDFFF {
				return errors.New("an escaped high surrogate without its low surrogate")
			}
			i += 11
		case r >= 0xDC00 && r <= 0xDFFF:
			return errors.New("an escaped low surrogate without its high surrogate")
		default:
			i += 5
		}
	}
	return nil
}

// EscapedWidth is the number of bytes character c takes inside a JSON
// string at its shortest escaping as docs/PROTOCOL.md §13.3 tabulates it
// (what encoding/json writes with HTML escaping off): 2 for '"', '\\' and
// the controls with a short escape (\b \t \n \f \r), 6 for the other
// controls and for U+2028 and U+2029 (\uXXXX), and the UTF-8 length of
// every other character.
func EscapedWidth(c rune) int {
	switch c {
	case '"', '\\', '\b', '\t', '\n', '\f', '\r':
		return 2
	case 0x2028, 0x2029:
		return 6
	}
	if c < 0x20 {
		return 6
	}
	return utf8.RuneLen(c)
}
