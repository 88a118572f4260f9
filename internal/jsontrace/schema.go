package jsontrace

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Schema is a JSON Schema (draft 2020-12) restricted to the keywords
// docs/trace.schema.json uses: $defs and $ref to them, type, const,
// enum, properties, required, additionalProperties, items, minItems,
// oneOf, anyOf, pattern, minimum. Annotations ($schema, $id, title,
// description, $comment) are read and ignored; any other keyword is an
// error when the schema is loaded, so that the schema cannot say more
// than this validator checks.
type Schema struct {
	root map[string]any
	defs map[string]any
	re   map[string]*regexp.Regexp
}

var knownKeywords = map[string]bool{
	"$schema": true, "$id": true, "title": true, "description": true, "$comment": true,
	"$defs": true, "$ref": true, "type": true, "const": true, "enum": true,
	"properties": true, "required": true, "additionalProperties": true,
	"items": true, "minItems": true, "oneOf": true, "anyOf": true,
	"pattern": true, "minimum": true,
}

// LoadSchema reads a schema file.
func LoadSchema(path string) (*Schema, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseSchema(b)
}

// ParseSchema parses a schema.
func ParseSchema(b []byte) (*Schema, error) {
	root, err := decode(b)
	if err != nil {
		return nil, err
	}
	m, ok := root.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("schema: not an object")
	}
	s := &Schema{root: m, re: map[string]*regexp.Regexp{}}
	if d, ok := m["$defs"].(map[string]any); ok {
		s.defs = d
	}
	if err := s.checkSchema(m, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

// checkSchema verifies that a schema uses only the keywords this validator
// knows, that its $refs resolve and that its patterns compile.
func (s *Schema) checkSchema(v any, at string) error {
	m, ok := v.(map[string]any)
	if !ok {
		if _, isBool := v.(bool); isBool {
			return nil
		}
		return fmt.Errorf("schema %s: not a schema", at)
	}
	for k, sub := range m {
		if !knownKeywords[k] {
			return fmt.Errorf("schema %s: keyword %q not supported by this validator", at, k)
		}
		switch k {
		case "$defs", "properties":
			for name, d := range sub.(map[string]any) {
				if err := s.checkSchema(d, at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case "items", "additionalProperties":
			if err := s.checkSchema(sub, at+"/"+k); err != nil {
				return err
			}
		case "oneOf", "anyOf":
			for i, d := range sub.([]any) {
				if err := s.checkSchema(d, at+"/"+k+"/"+strconv.Itoa(i)); err != nil {
					return err
				}
			}
		case "$ref":
			ref, _ := sub.(string)
			name, ok := strings.CutPrefix(ref, "#/$defs/")
			if !ok || s.defs[name] == nil {
				return fmt.Errorf("schema %s: $ref %q does not resolve", at, ref)
			}
		case "pattern":
			p, _ := sub.(string)
			re, err := regexp.Compile(p)
			if err != nil {
				return fmt.Errorf("schema %s: %v", at, err)
			}
			s.re[p] = re
		}
	}
	return nil
}

func decode(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if d.More() {
		return nil, fmt.Errorf("trailing data after the value")
	}
	return v, nil
}

// Validate checks one JSON document (one line of a trace).
func (s *Schema) Validate(doc []byte) error {
	v, err := decode(doc)
	if err != nil {
		return err
	}
	if s.check(s.root, v, "", nil) {
		return nil
	}
	var msg string
	s.check(s.root, v, "", &msg)
	return errors.New(msg)
}

// check reports whether v satisfies schema. With msg set it records why
// not: messages cost more than the checks, and oneOf makes most checks
// fail on purpose.
func (s *Schema) check(schema any, v any, at string, msg *string) bool {
	fail := func(format string, a ...any) bool {
		if msg != nil && *msg == "" {
			*msg = where(at) + ": " + fmt.Sprintf(format, a...)
		}
		return false
	}
	if b, ok := schema.(bool); ok {
		return b || fail("not allowed")
	}
	m := schema.(map[string]any)
	if ref, ok := m["$ref"].(string); ok {
		if !s.check(s.defs[strings.TrimPrefix(ref, "#/$defs/")], v, at, msg) {
			return false
		}
	}
	if t, ok := m["type"]; ok && !typeMatches(t, v) {
		return fail("%s is not of type %v", describe(v), t)
	}
	if obj, ok := v.(map[string]any); ok {
		if req, ok := m["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					return fail("%q is required", r)
				}
			}
		}
	}
	if c, ok := m["const"]; ok && !equal(c, v) {
		return fail("%s is not %v", describe(v), c)
	}
	if e, ok := m["enum"].([]any); ok {
		found := false
		for _, x := range e {
			found = found || equal(x, v)
		}
		if !found {
			return fail("%s is not one of %v", describe(v), e)
		}
	}
	if p, ok := m["pattern"].(string); ok {
		if str, isStr := v.(string); isStr && !s.re[p].MatchString(str) {
			return fail("%q does not match %s", str, p)
		}
	}
	if min, ok := m["minimum"].(json.Number); ok {
		if n, isNum := v.(json.Number); isNum {
			a, _ := strconv.ParseFloat(string(n), 64)
			b, _ := strconv.ParseFloat(string(min), 64)
			if a < b {
				return fail("%s is less than %s", n, min)
			}
		}
	}
	if obj, ok := v.(map[string]any); ok && !s.object(m, obj, at, msg) {
		return false
	}
	if arr, ok := v.([]any); ok {
		if n, ok := m["minItems"].(json.Number); ok {
			if k, _ := strconv.Atoi(string(n)); len(arr) < k {
				return fail("fewer than %d items", k)
			}
		}
		if items, ok := m["items"]; ok {
			for i, e := range arr {
				if !s.check(items, e, at+"/"+strconv.Itoa(i), msg) {
					return false
				}
			}
		}
	}
	if alts, ok := m["anyOf"].([]any); ok {
		found := false
		for _, alt := range alts {
			if s.check(alt, v, at, nil) {
				found = true
				break
			}
		}
		if !found {
			return fail("%s matches none of anyOf%s", describe(v), s.why(alts, v, at, msg))
		}
	}
	if alts, ok := m["oneOf"].([]any); ok {
		n := 0
		for _, alt := range alts {
			if s.check(alt, v, at, nil) {
				n++
			}
		}
		switch {
		case n == 0:
			return fail("%s matches none of oneOf%s", describe(v), s.why(alts, v, at, msg))
		case n > 1:
			return fail("%s matches %d of oneOf", describe(v), n)
		}
	}
	return true
}

// why explains, when asked to, why v matches none of alts: the reasons
// of the alternatives whose required members it has (for a tagged value,
// the one of its kind).
func (s *Schema) why(alts []any, v any, at string, msg *string) string {
	if msg == nil {
		return ""
	}
	var reasons []string
	for _, alt := range alts {
		var r string
		s.check(alt, v, at, &r)
		if r != "" && !strings.Contains(r, "is required") && !strings.Contains(r, "is not of type") {
			reasons = append(reasons, r)
		}
	}
	if len(reasons) == 0 {
		return ""
	}
	return " (" + strings.Join(reasons, "; ") + ")"
}

func (s *Schema) object(m map[string]any, obj map[string]any, at string, msg *string) bool {
	props, _ := m["properties"].(map[string]any)
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if p, ok := props[k]; ok {
			if !s.check(p, obj[k], at+"/"+k, msg) {
				return false
			}
			continue
		}
		if ap, ok := m["additionalProperties"]; ok {
			if b, isBool := ap.(bool); isBool && !b {
				if msg != nil && *msg == "" {
					*msg = fmt.Sprintf("%s: property %q is not allowed", where(at), k)
				}
				return false
			}
			if !s.check(ap, obj[k], at+"/"+k, msg) {
				return false
			}
		}
	}
	return true
}

func where(at string) string {
	if at == "" {
		return "/"
	}
	return at
}

// describe shows a value in a message, when the message is made: fail
// formats its arguments only when it records one.
func describe(v any) fmt.Stringer { return desc{v} }

type desc struct{ v any }

func (d desc) String() string {
	b, _ := json.Marshal(d.v)
	if len(b) > 80 {
		return string(b[:77]) + "..."
	}
	return string(b)
}

func typeMatches(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return typeIs(t, v)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && typeIs(s, v) {
				return true
			}
		}
	}
	return false
}

func typeIs(t string, v any) bool {
	switch t {
	case "null":
		return v == nil
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		return ok && !strings.ContainsAny(string(n), ".eE")
	case "array":
		_, ok := v.([]any)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	}
	return false
}

func equal(a, b any) bool {
	if x, ok := a.(json.Number); ok {
		y, ok := b.(json.Number)
		return ok && x == y
	}
	switch a.(type) {
	case string, bool, nil:
		return a == b
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}
