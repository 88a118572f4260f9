package options

import (
	"strings"
)

// Values of single options, with strace 6.1's spellings. Names of modes are
// matched without regard to case where strace does so (-I, --daemonize,
// precisions, --strings-in-hex, --absolute-timestamps, --tips) and exactly
// where it does not (-X, -S, -U, -b).

var interruptibleNames = map[string]int{"anywhere": 1, "waiting": 2, "never": 3, "never_tstp": 4}

var daemonizeNames = map[string]Daemonize{
	"grandchild": DaemonizeGrandchild, "pgroup": DaemonizePgroup,
	"pgrp": DaemonizePgroup, "session": DaemonizeSession,
}

var precisionNames = map[string]Precision{"s": PrecisionS, "ms": PrecisionMS, "us": PrecisionUS, "ns": PrecisionNS}

var hexNames = map[string]HexStyle{
	"none": HexNone, "non-ascii-chars": HexNonASCIIChars, "non-ascii": HexNonASCII, "all": HexAll,
}

var constStyleNames = map[string]ConstStyle{"raw": ConstRaw, "abbrev": ConstAbbrev, "verbose": ConstVerbose}

var timeFormatNames = map[string]TimeFormat{"none": TimeNone, "time": TimeOfDay, "unix": TimeUnix}

var tipsFormatNames = map[string]TipsFormat{"none": TipsNone, "compact": TipsCompact, "full": TipsFull}

// sortByNames maps -S spellings to the canonical criterion. strace accepts
// '_' for '-' in the names.
var sortByNames = map[string]string{
	"time": "time", "time-percent": "time", "time-total": "time", "total-time": "time",
	"min-time": "min-time", "shortest": "min-time", "time-min": "min-time",
	"max-time": "max-time", "longest": "max-time", "time-max": "max-time",
	"avg-time": "avg-time", "time-avg": "avg-time",
	"calls": "calls", "count": "calls",
	"errors": "errors", "error": "errors",
	"name": "name", "syscall": "name", "syscall-name": "name",
	"nothing": "nothing", "none": "nothing",
}

// columnNames maps -U spellings to canonical column names.
var columnNames = map[string]string{
	"time-percent": "time-percent", "time": "time-percent",
	"total-time": "total-time", "time-total": "total-time",
	"min-time": "min-time", "shortest": "min-time", "time-min": "min-time",
	"max-time": "max-time", "longest": "max-time", "time-max": "max-time",
	"avg-time": "avg-time", "time-avg": "avg-time",
	"calls": "calls", "count": "calls",
	"errors": "errors", "error": "errors",
	"name": "name", "syscall": "name", "syscall-name": "name",
}

func lookupFold[V any](m map[string]V, s string) (V, bool) {
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

func dashed(s string) string { return strings.ReplaceAll(s, "_", "-") }

// parseSummaryColumns reads -U: a comma-separated list without empty
// items or repeated columns.
func parseSummaryColumns(s string) ([]string, *UsageError) {
	var cols []string
	seen := map[string]bool{}
	rest := s
	for {
		item, after, more := strings.Cut(rest, ",")
		col, ok := columnNames[dashed(item)]
		if !ok {
			return nil, usageErr(true, "unknown column name: '%s'", item)
		}
		if seen[col] {
			return nil, usageErr(true, "call summary column has been provided more than once: '%s' (-U option residual: '%s')", item, rest)
		}
		seen[col] = true
		cols = append(cols, col)
		if !more {
			return cols, nil
		}
		rest = after
	}
}

// parseAbsTimestamps reads --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION]...
// Later items override earlier ones; empty items are skipped.
func parseAbsTimestamps(s string, format TimeFormat, prec Precision) (TimeFormat, Precision, bool) {
	for _, item := range strings.Split(s, ",") {
		if item == "" {
			continue
		}
		key, val, hasKey := strings.Cut(item, ":")
		switch {
		case !hasKey:
			if f, ok := lookupFold(timeFormatNames, item); ok {
				format = f
			} else if p, ok := lookupFold(precisionNames, item); ok {
				prec = p
			} else {
				return 0, 0, false
			}
		case strings.EqualFold(key, "format"):
			f, ok := lookupFold(timeFormatNames, val)
			if !ok {
				return 0, 0, false
			}
			format = f
		case strings.EqualFold(key, "precision"):
			p, ok := lookupFold(precisionNames, val)
			if !ok {
				return 0, 0, false
			}
			prec = p
		default:
			return 0, 0, false
		}
	}
	return format, prec, true
}

// parseTips reads --tips=[[id:]ID][,[format:]FORMAT]: ID is a number or
// "random".
func parseTips(s string, id int, format TipsFormat) (int, TipsFormat, bool) {
	parseID := func(v string) (int, bool) {
		if strings.EqualFold(v, "random") {
			return -1, true
		}
		n, ok := parseCInt(v, 0, 1<<31-1)
		return int(n), ok
	}
	for _, item := range strings.Split(s, ",") {
		if item == "" {
			continue
		}
		key, val, hasKey := strings.Cut(item, ":")
		var ok bool
		switch {
		case !hasKey:
			if f, isFormat := lookupFold(tipsFormatNames, item); isFormat {
				format, ok = f, true
			} else {
				id, ok = parseID(item)
			}
		case strings.EqualFold(key, "id"):
			id, ok = parseID(val)
		case strings.EqualFold(key, "format"):
			format, ok = lookupFold(tipsFormatNames, val)
		}
		if !ok {
			return 0, 0, false
		}
	}
	return id, format, true
}
