package tracer

import (
	"runtime"
	"testing"
)

func TestEnsureProcs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))

	t.Setenv("GOMAXPROCS", "")
	runtime.GOMAXPROCS(1)
	ensureProcs()
	if n := runtime.GOMAXPROCS(0); n != minProcs {
		t.Errorf("one P raised to %d, want %d", n, minProcs)
	}
	runtime.GOMAXPROCS(3)
	ensureProcs()
	if n := runtime.GOMAXPROCS(0); n != 3 {
		t.Errorf("three Ps changed to %d", n)
	}

	// The user's explicit choice stands, even one.
	t.Setenv("GOMAXPROCS", "1")
	runtime.GOMAXPROCS(1)
	ensureProcs()
	if n := runtime.GOMAXPROCS(0); n != 1 {
		t.Errorf("GOMAXPROCS=1 in the environment overridden to %d", n)
	}
}
