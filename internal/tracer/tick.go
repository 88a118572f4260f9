package tracer

import (
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// The periodic wake-up (Config.Tick, for --summary-interval). The loop
// blocks in wait4, which no timer ends: a goroutine counts the periods and
// rings the bell until the loop has seen the count. The loop looks at the
// count once per iteration, an atomic load: no goroutine hand-off per stop,
// and one per period.
type ticker struct {
	n    atomic.Int64 // periods elapsed
	seen atomic.Int64 // the count the loop has acted on
	done chan struct{}
}

// startTicker starts counting periods of d.
func (tr *Tracer) startTicker(d time.Duration) {
	tk := &ticker{done: make(chan struct{})}
	tr.tick = tk
	pid := unix.Getpid()
	go func() {
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-tk.done:
				return
			case <-t.C:
			}
			n := tk.n.Add(1)
			// A ring that lands just before wait4 is entered is lost,
			// hence the repeats.
			for tk.seen.Load() < n {
				select {
				case <-tk.done:
					return
				default:
				}
				_ = unix.Tgkill(pid, tr.waitTid, bellSignal)
				time.Sleep(time.Millisecond)
			}
		}
	}()
}

// stopTicker ends the goroutine.
func (tr *Tracer) stopTicker() {
	if tr.tick != nil {
		close(tr.tick.done)
		tr.tick = nil
	}
}

// checkTick calls Config.OnTick once if a period ended since the last
// call.
func (tr *Tracer) checkTick() {
	tk := tr.tick
	if tk == nil {
		return
	}
	if n := tk.n.Load(); n != tk.seen.Load() {
		tk.seen.Store(n)
		tr.cfg.OnTick()
	}
}
