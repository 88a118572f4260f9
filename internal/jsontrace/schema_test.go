package jsontrace

import (
	"path/filepath"
	"strings"
	"testing"
)

// The validator's keywords, each shown to accept and to refuse.
func TestSchemaKeywords(t *testing.T) {
	s, err := ParseSchema([]byte(`{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$defs": {
			"hex": {"type": "string", "pattern": "^0x[0-9a-f]+$"},
			"tagged": {"oneOf": [
				{"type": "object", "required": ["a"], "additionalProperties": false, "properties": {"a": {"type": "integer", "minimum": 0}, "c": {"type": "string"}}},
				{"type": "object", "required": ["b"], "additionalProperties": false, "properties": {"b": {"$ref": "#/$defs/hex"}, "c": {"type": "string"}}}
			]}
		},
		"type": "object",
		"required": ["k"],
		"properties": {
			"k": {"enum": ["x", "y"]},
			"n": {"type": ["integer", "null"]},
			"t": {"const": true},
			"list": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/tagged"}},
			"any": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
			"free": {"type": "object", "additionalProperties": {"type": "integer"}}
		},
		"additionalProperties": false
	}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		doc, err string
	}{
		{`{"k":"x"}`, ""},
		{`{"k":"x","n":null,"t":true,"list":[{"a":0},{"b":"0x1f","c":"z"}],"any":3,"free":{"q":1}}`, ""},
		{`{"k":"x","n":18446744073709551615}`, ""},
		{`{}`, `"k" is required`},
		{`{"k":"z"}`, "is not one of"},
		{`{"k":"x","n":1.5}`, "is not of type"},
		{`{"k":"x","t":false}`, "is not true"},
		{`{"k":"x","list":[]}`, "fewer than 1 items"},
		{`{"k":"x","list":[{"a":-1}]}`, "is less than 0"},
		{`{"k":"x","list":[{"b":"0x1F"}]}`, "does not match"},
		{`{"k":"x","list":[{"a":1,"b":"0x1"}]}`, "matches none of oneOf"},
		{`{"k":"x","list":[{"c":"z"}]}`, "matches none of oneOf"},
		{`{"k":"x","any":true}`, "matches none of anyOf"},
		{`{"k":"x","free":{"q":"1"}}`, "/free/q"},
		{`{"k":"x","extra":1}`, `property "extra" is not allowed`},
		{`{"k":"x"} {}`, "trailing data"},
	} {
		err := s.Validate([]byte(tc.doc))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.doc, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: %v, want %q", tc.doc, err, tc.err)
		}
	}
	// Two alternatives matching is not one.
	s2, _ := ParseSchema([]byte(`{"oneOf": [{"type": "integer"}, {"minimum": 0}]}`))
	if err := s2.Validate([]byte(`3`)); err == nil || !strings.Contains(err.Error(), "matches 2 of oneOf") {
		t.Errorf("oneOf with two matches: %v", err)
	}
}

// A schema that says what the validator cannot check is refused.
func TestSchemaRefused(t *testing.T) {
	for _, tc := range []struct{ schema, err string }{
		{`{"format": "date-time"}`, `keyword "format" not supported`},
		{`{"properties": {"a": {"maxLength": 3}}}`, `keyword "maxLength" not supported`},
		{`{"$ref": "#/$defs/none"}`, "does not resolve"},
		{`{"pattern": "("}`, "missing closing"},
		{`[]`, "not an object"},
	} {
		if _, err := ParseSchema([]byte(tc.schema)); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: %v, want %q", tc.schema, err, tc.err)
		}
	}
}

// The project's schema loads, and tells events apart.
func TestTraceSchema(t *testing.T) {
	s, err := LoadSchema(filepath.Join("..", "..", "docs", "trace.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		doc string
		ok  bool
	}{
		{`{"type":"exit","pid":1,"tid":1,"time_ns":5,"status":0}`, true},
		{`{"type":"exit","pid":1,"tid":1,"time_ns":5}`, false},
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"close","nr":3,"entry_ns":1,"exit_ns":2,"duration_ns":1,"args":[{"fd":3}],"ret":0}`, true},
		// A finished call has a return value.
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"close","nr":3,"entry_ns":1,"exit_ns":2,"duration_ns":1,"args":[{"fd":3}]}`, false},
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"exit","nr":60,"entry_ns":1,"time_ns":1,"args":[0],"unfinished":true}`, true},
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"x","nr":1,"entry_ns":1,"exit_ns":2,"duration_ns":1,"args":[{"fd":3,"flags":[]}],"ret":0}`, false},
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"x","nr":1,"entry_ns":1,"exit_ns":2,"duration_ns":1,"args":[{"flags":["A"],"value":1,"rest":"0x8"},{"comment":"c"},{"raw":"|"}],"ret":{"hex":"0x10"}}`, true},
		{`{"type":"syscall","pid":1,"tid":1,"syscall":"x","nr":1,"entry_ns":1,"exit_ns":2,"duration_ns":1,"args":[{"hex":"10"}],"ret":0}`, false},
		{`{"type":"signal","pid":1,"tid":1,"time_ns":1,"signal":"SIGCHLD","signo":17,"siginfo":{"struct":{"si_signo":{"const":"SIGCHLD"}}}}`, true},
		{`{"type":"nonsense"}`, false},
	} {
		if err := s.Validate([]byte(tc.doc)); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.doc, err)
		}
	}
}
