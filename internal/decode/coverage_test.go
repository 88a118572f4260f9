package decode

import (
	"runtime"
	"testing"

	"gostrace/internal/sysent"
)

// Every name the coverage lists mention must be a decoder's (or, for the
// raw ones, a known call without one): a stale entry would misreport.
func TestCoverageListsAreCurrent(t *testing.T) {
	for name := range partial {
		if !Decoded(name) {
			t.Errorf("partial lists %s, which has no decoder", name)
		}
	}
	for name := range archPartial {
		if !Decoded(name) {
			t.Errorf("archPartial lists %s, which has no decoder", name)
		}
	}
	for name := range rawAsStrace {
		if _, ok := sysent.Number(name); !ok && runtime.GOARCH == "amd64" {
			t.Errorf("rawAsStrace lists %s, unknown on x86_64", name)
		}
		if Decoded(name) {
			t.Errorf("rawAsStrace lists %s, which has a decoder", name)
		}
	}
	for name := range elsewhere {
		if _, ok := sysent.Number(name); !ok {
			t.Errorf("elsewhere lists %s, unknown here", name)
		}
	}
}

func TestCoverageOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Coverage
	}{
		{"read", CoverFull},
		{"ioctl", CoverPartial},
		{"sysfs", CoverRawAsStrace},
		{"restart_syscall", CoverFull},
		{"cachestat", CoverFull},
	} {
		if got, _ := CoverageOf(tc.name); got != tc.want {
			t.Errorf("CoverageOf(%s) = %d, want %d", tc.name, got, tc.want)
		}
	}
}
