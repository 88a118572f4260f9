package output

import (
	"strconv"
	"time"
)

// StampFormat is the format of the timestamp in front of each line.
type StampFormat uint8

const (
	StampNone StampFormat = iota
	StampTime             // -t: 10:55:19 (local time of day)
	StampUnix             // -ttt: 1795690519 (seconds since the epoch)
)

// Timing holds the timing options: absolute or relative timestamps in
// front of each line, and the time spent in each call after it (-T).
// Precisions are digits after the decimal point: 0, 3, 6 or 9.
type Timing struct {
	Format        StampFormat
	Precision     int
	Relative      bool // -r: time since the previous line
	RelPrecision  int
	Durations     bool // -T
	DurPrecision  int
	loc           *time.Location
	last          int64 // -r: time of the previous line
	haveLast      bool
	durationsOnly bool
}

// Active reports whether lines need a clock reading.
func (tm *Timing) Active() bool { return tm.Format != StampNone || tm.Relative || tm.Durations }

// appendStamp appends the prefix for a line printed at now (ns since the
// epoch): "10:55:19.154805 ", "     0.000239 ", or with both
// "10:55:19.154805 (+     0.000239) ".
func (tm *Timing) appendStamp(dst []byte, now int64) []byte {
	if tm.Format != StampNone {
		sec, ns := now/1e9, now%1e9
		if tm.Format == StampTime {
			if tm.loc == nil {
				tm.loc = time.Local
			}
			t := time.Unix(sec, 0).In(tm.loc)
			h, m, s := t.Clock()
			dst = append(dst, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10))
		} else {
			dst = strconv.AppendInt(dst, sec, 10)
		}
		dst = appendFraction(dst, ns, tm.Precision)
		dst = append(dst, ' ')
	}
	if tm.Relative {
		var d int64
		if tm.haveLast {
			d = now - tm.last
		}
		tm.last, tm.haveLast = now, true
		if tm.Format != StampNone {
			dst = append(dst, "(+"...)
		}
		dst = appendPadded(dst, d/1e9, 6)
		dst = appendFraction(dst, d%1e9, tm.RelPrecision)
		if tm.Format != StampNone {
			dst = append(dst, ')')
		}
		dst = append(dst, ' ')
	}
	return dst
}

// appendDuration appends " <0.000150>" (-T).
func (tm *Timing) appendDuration(dst []byte, d int64) []byte {
	if d < 0 {
		d = 0
	}
	dst = append(dst, " <"...)
	dst = strconv.AppendInt(dst, d/1e9, 10)
	dst = appendFraction(dst, d%1e9, tm.DurPrecision)
	return append(dst, '>')
}

// appendFraction appends "." and the first prec digits of ns (prec 0: nothing).
func appendFraction(dst []byte, ns int64, prec int) []byte {
	if prec <= 0 {
		return dst
	}
	for i := prec; i < 9; i++ {
		ns /= 10
	}
	dst = append(dst, '.')
	var b [9]byte
	for i := prec - 1; i >= 0; i-- {
		b[i] = byte('0' + ns%10)
		ns /= 10
	}
	return append(dst, b[:prec]...)
}

func appendPadded(dst []byte, v int64, width int) []byte {
	var b [20]byte
	s := strconv.AppendInt(b[:0], v, 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, ' ')
	}
	return append(dst, s...)
}
