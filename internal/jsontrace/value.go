// Package jsontrace reads gostrace's JSON lines (--output-format=json):
// it turns them back into strace's text, which proves that they carry
// everything the text shows, and it checks them against the JSON Schema
// of docs/trace.schema.json. It is for tests and tools, off the tracer's
// hot path: it uses encoding/json.
package jsontrace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Value is a parsed JSON value that keeps the order of object keys: the
// order of a structure's members is the order strace prints them in.
type Value struct {
	Kind byte   // 'n' null, 'b' bool, '#' number, 's' string, '[' array, '{' object
	Num  string // a number as written
	Str  string
	Bool bool
	Arr  []*Value
	Keys []string
	Vals []*Value
}

// Get returns the value of key in an object, or nil.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != '{' {
		return nil
	}
	for i, k := range v.Keys {
		if k == key {
			return v.Vals[i]
		}
	}
	return nil
}

// String returns a string member's text ("" if absent).
func (v *Value) String(key string) string {
	if m := v.Get(key); m != nil && m.Kind == 's' {
		return m.Str
	}
	return ""
}

// Has reports whether an object has key.
func (v *Value) Has(key string) bool { return v.Get(key) != nil }

// True reports whether key is true.
func (v *Value) True(key string) bool {
	m := v.Get(key)
	return m != nil && m.Kind == 'b' && m.Bool
}

// Tag returns an object's first key, which names its kind.
func (v *Value) Tag() string {
	if v == nil || v.Kind != '{' || len(v.Keys) == 0 {
		return ""
	}
	return v.Keys[0]
}

// Parse parses one JSON value.
func Parse(b []byte) (*Value, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	v, err := parseValue(d)
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data after the value")
	}
	return v, nil
}

func parseValue(d *json.Decoder) (*Value, error) {
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case nil:
		return &Value{Kind: 'n'}, nil
	case bool:
		return &Value{Kind: 'b', Bool: t}, nil
	case json.Number:
		return &Value{Kind: '#', Num: string(t)}, nil
	case string:
		return &Value{Kind: 's', Str: t}, nil
	case json.Delim:
		switch t {
		case '[':
			v := &Value{Kind: '['}
			for d.More() {
				e, err := parseValue(d)
				if err != nil {
					return nil, err
				}
				v.Arr = append(v.Arr, e)
			}
			_, err := d.Token()
			return v, err
		case '{':
			v := &Value{Kind: '{'}
			for d.More() {
				k, err := d.Token()
				if err != nil {
					return nil, err
				}
				key, _ := k.(string)
				e, err := parseValue(d)
				if err != nil {
					return nil, err
				}
				v.Keys = append(v.Keys, key)
				v.Vals = append(v.Vals, e)
			}
			_, err := d.Token()
			return v, err
		}
	}
	return nil, fmt.Errorf("unexpected %v", tok)
}
