package options

import (
	"strings"

	"gostrace/internal/filter"
)

// qualifierNames maps the names strace 6.1 accepts before '=' in -e to the
// canonical qualifier (the key of its long option).
var qualifierNames = map[string]string{
	"trace": "trace", "t": "trace",
	"abbrev": "abbrev", "a": "abbrev",
	"verbose": "verbose", "v": "verbose",
	"raw": "raw", "x": "raw",
	"signal": "signal", "signals": "signal", "s": "signal",
	"read": "read", "reads": "read", "r": "read",
	"write": "write", "writes": "write", "w": "write",
	"fault": "fault", "inject": "inject", "status": "status",
	"quiet": "quiet", "silent": "quiet", "silence": "quiet", "q": "quiet",
	"decode-fds": "decode-fds", "decode-fd": "decode-fds",
	"decode-pids": "decode-pids", "decode-pid": "decode-pids",
	"kvm": "kvm", "secontext": "secontext",
}

// qualifier applies -e EXPR. Without a known "NAME=" prefix the whole
// expression is a trace= set ("-e open", and also "-e foo=1").
func (p *parser) qualifier(expr string) *UsageError {
	if name, val, ok := strings.Cut(expr, "="); ok {
		if q, known := qualifierNames[name]; known {
			p.set(q)
			return p.qualify(q, val)
		}
	}
	p.set("trace")
	return p.qualify("trace", expr)
}

// qualify applies qualifier q (canonical name) with value val.
func (p *parser) qualify(q, val string) *UsageError {
	c := p.cfg
	var err error
	switch q {
	case "trace":
		c.Trace, err = filter.ParseSyscallSet(val)
	case "abbrev":
		c.Abbrev, err = filter.ParseSyscallSet(val)
	case "verbose":
		c.Verbose, err = filter.ParseSyscallSet(val)
	case "raw":
		c.Raw, err = filter.ParseSyscallSet(val)
	case "signal":
		c.Signals, err = filter.ParseSignalSet(val)
	case "status":
		c.Status, err = filter.ParseStatusSet(val)
	case "quiet":
		p.quietQualifier = true
		c.Quiet, err = filter.ParseQuietSet(val)
	case "decode-fds":
		p.longDecodeFds = true
		c.DecodeFds, err = filter.ParseDecodeFdsSet(val)
	case "decode-pids":
		c.DecodePids, err = filter.ParseDecodePidsSet(val)
	case "read":
		c.ReadFds, err = filter.ParseFdSet(val)
	case "write":
		c.WriteFds, err = filter.ParseFdSet(val)
	case "inject", "fault":
		in, warnings, ierr := filter.ParseInject(val, q == "fault")
		c.Warnings = append(c.Warnings, warnings...)
		if ierr != nil {
			return filterErr(ierr)
		}
		c.Injects = append(c.Injects, in)
	case "kvm":
		if val != "vcpu" {
			return usageErr(false, "invalid -e kvm= argument: '%s'", val)
		}
		c.KVM = true
	case "secontext":
		return p.secontext()
	}
	if err != nil {
		return filterErr(err)
	}
	return nil
}

// secontext is refused as by a strace built without SELinux support; the
// message names the program, not argv[0].
func (p *parser) secontext() *UsageError {
	return usageErr(false, "SELinux context printing (--secontext option) is not supported by this build of gostrace")
}
