package options

import (
	"strings"
	"testing"
)

// --output-format and --color: gostrace's own, by their exact names, with
// values checked as strace checks its named values (any case).
func TestFormatOptions(t *testing.T) {
	c := mustParse(t, "x")
	if c.OutputFormat != FormatText || c.Color != ColorNever || c.Set["output-format"] || c.Set["color"] {
		t.Errorf("defaults: format %q, color %v, set %v", c.OutputFormat, c.Color, c.Set)
	}
	for _, tc := range []struct {
		args   []string
		format string
		color  ColorMode
	}{
		{[]string{"--output-format=json", "x"}, FormatJSON, ColorNever},
		{[]string{"--output-format", "JSON", "x"}, FormatJSON, ColorNever},
		{[]string{"--output-format=text", "x"}, FormatText, ColorNever},
		{[]string{"--color", "x"}, FormatText, ColorAuto},
		{[]string{"--color=always", "x"}, FormatText, ColorAlways},
		{[]string{"--color=Never", "x"}, FormatText, ColorNever},
		{[]string{"--color=auto", "--output-format=json", "x"}, FormatJSON, ColorAuto},
	} {
		c := mustParse(t, tc.args...)
		if c.OutputFormat != tc.format || c.Color != tc.color {
			t.Errorf("%q: format %q color %v, want %q %v", tc.args, c.OutputFormat, c.Color, tc.format, tc.color)
		}
		for _, a := range tc.args {
			if k := strings.TrimPrefix(strings.SplitN(a, "=", 2)[0], "--"); k == "color" || k == "output-format" {
				if !c.Set[k] {
					t.Errorf("%q: %s not in Set", tc.args, k)
				}
			}
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--output-format=xml", "x"}, "invalid --output-format argument: 'xml'"},
		{[]string{"--output-format"}, "option '--output-format' requires an argument"},
		{[]string{"--color=sometimes", "x"}, "invalid --color argument: 'sometimes'"},
		// A bare --color does not take the next word as its value.
		{[]string{"--color", "always"}, ""},
		// Exact names only: prefixes stay strace 6.1's.
		{[]string{"--output-f=json", "x"}, "unrecognized option '--output-f=json'"},
		{[]string{"--colo", "x"}, "unrecognized option '--colo'"},
	} {
		_, err := Parse(append([]string{"gostrace"}, tc.args...))
		if tc.want == "" {
			if err != nil {
				t.Errorf("%q: %v", tc.args, err)
			}
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.args, err, tc.want)
		}
	}
}
