package options

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"gostrace/internal/sysent"
)

const realStrace = "/usr/bin/strace"

// haveClasses reports whether the syscall tables carry their classes yet.
func haveClasses() bool { return len(sysent.InClass(sysent.Pure)) > 0 }

// needStrace skips when strace is absent, unless the environment demands
// it (CI sets GOSTRACE_REQUIRE_STRACE).
func needStrace(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(realStrace); err != nil {
		if os.Getenv("GOSTRACE_REQUIRE_STRACE") != "" {
			t.Fatalf("GOSTRACE_REQUIRE_STRACE is set but %s is missing: %v", realStrace, err)
		}
		t.Skipf("%s not installed", realStrace)
	}
}

// runStrace runs the real strace, named "strace" in argv[0], and returns
// what it printed on stderr with "strace" replaced by "gostrace", and its
// exit status.
func runStrace(t *testing.T, args []string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, realStrace, args...)
	cmd.Args[0] = "strace"
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running strace %q: %v", args, err)
	}
	return strings.ReplaceAll(stderr.String(), "strace", "gostrace"), code
}

// ours returns what gostrace prints for a refused command line, and 1; or
// its warnings and 0 when it accepts it.
func ours(args []string) (string, int) {
	cfg, err := Parse(append([]string{"gostrace"}, args...))
	var b bytes.Buffer
	if err != nil {
		var ue *UsageError
		if !errors.As(err, &ue) {
			return "not a UsageError: " + err.Error(), -1
		}
		ue.Write(&b, "gostrace")
		return b.String(), 1
	}
	cfg.WriteWarnings(&b)
	return b.String(), 0
}

// Command lines strace 6.1 refuses. None may reach the point of running a
// command: either the options are bad, or a fatal check follows them.
var malformed = [][]string{
	{"-Q"},
	{"-s", "x"},
	{},
	{"--foo"},
	{"--foo=bar"},
	{"---x"},
	{"--d"},
	{"--st=5"},
	{"--=x"},
	{"-s"},
	{"-fs"},
	{"-f-"},
	{"--string-limit"},
	{"--follow-forks=x"},
	{"--h=x"},
	{"--fa"},
	{"--si"},
	{"-e", "trace=foo"},
	{"-e", "trace=open,foo"},
	{"-e", "trace=%foo"},
	{"-e", "trace=/("},
	{"-e", "trace=/[z-a]"},
	{"-e", "trace=/a{1a}"},
	{"-e", "trace=/^zz"},
	{"-e", "trace=/[[:foo:]]"},
	{"-e", "trace=/\\1"},
	{"-e", "trace=/*"},
	{"-e", "trace=/["},
	{"-e", "trace=open@foo"},
	{"-e", "trace=?open@"},
	{"-e", "trace="},
	{"-e", "trace=!"},
	{"-e", "trace=,"},
	{"-e", "trace=none,open"},
	{"-e", "trace=1000"},
	{"-e", "trace=400@64"},
	{"-e", "trace=net"},
	{"-e", "Trace=open"},
	{"--trace"},
	{"-e", "signal=FOO"},
	{"-e", "signal=256"},
	{"-e", "signal=all,INT"},
	{"-e", "signal=+2"},
	{"-e", "status=fail"},
	{"-e", "quiet=x"},
	{"--quiet=ALL"},
	{"-e", "decode-fds=all,x"},
	{"--decode-fds="},
	{"-e", "decode-pids=x"},
	{"-e", "read=-1"},
	{"-e", "write=3,x"},
	{"-e", "read=!,"},
	{"-e", "kvm=VCPU"},
	{"-e", "inject=open"},
	{"-e", "inject=open:error=EFOO"},
	{"-e", "inject=open:error=EWOULDBLOCK"},
	{"-e", "inject=x:error=EIO"},
	{"-e", "inject=x:error=bad"},
	{"-e", "inject=open:retval=-1:error=EIO"},
	{"-e", "inject=open:retval=-4096", "-s", "x"},
	{"-e", "inject=open:retval=4294967295", "-s", "x"},
	{"-e", "fault=open:retval=0"},
	{"-e", "inject=open:error=EIO:when=3..2"},
	{"-e", "inject=open:error=EIO:when=3+0"},
	{"-e", "inject=open:poke_enter=@arg8=00"},
	{"-e", "inject=open:poke_enter=@arg1=0"},
	{"-e", "inject=open:delay_enter=1h"},
	{"-e", "inject=open:signal=65"},
	{"-e", "inject=open:syscall=read:retval=0"},
	{"-p", "1abc"},
	{"-p", "1,,2"},
	{"-p", "0"},
	{"-p", " 1"},
	{"-a", "x"},
	{"-a", "2147483648"},
	{"-s", "1073741824"},
	{"-s", "0x10"},
	{"-I", "5"},
	{"-X", "RAW"},
	{"-O", "1S"},
	{"-O", " .5"},
	{"-S", "Calls"},
	{"-U", "calls,calls"},
	{"-U", "calls,errors,calls,name"},
	{"-U", "calls,x"},
	{"-U", "calls,"},
	{"-b", "exec"},
	{"--daemonize=x"},
	{"--absolute-timestamps=format:x"},
	{"--timestamps=time,x"},
	{"--relative-timestamps=sec"},
	{"--syscall-times=x"},
	{"--strings-in-hex=x"},
	{"--tips=id:x"},
	{"--secontext"},
	{"-e", "secontext=full"},
	{"-c", "-C"},
	{"-c", "-s", "x", "-C"},
	{"-x", "--strings-in-hex", "true"},
	{"-y", "-e", "decode-fds=path", "true"},
	{"-t", "--absolute-timestamps", "true"},
	{"-D", "--daemonize", "true"},
	{"-f", "--follow-forks", "true"},
	{"-ff", "--output-separately", "true"},
	{"-x", "--strings-in-hex", "-D", "--daemonize", "true"},
	{"-c", "-ff", "true"},
	{"--output-separately", "-C", "true"},
	{"-w", "true"},
	{"-U", "calls", "true"},
	{"-q", "--quiet", "true"},
	{"-q", "-e", "quiet=none", "true"},
	{"-D", "-p", "1"},
	{"-A", "-q", "--quiet", "true"},
	{"-S", "calls", "-F", "-q", "--quiet", "true"},
	{"-F", "-f", "-c", "-ff", "true"},
	{"-z", "-Z", "-q", "--quiet", "true"},
	{"--seccomp-bpf", "-q", "--quiet", "true"},
	{"--seccomp-bpf", "-f", "-q", "--quiet", "true"},
	{"--output-separately", "-A", "-q", "--quiet", "true"},
	{"-ff", "-o", "|cat", "true"},
	{"-r", "-t", "-T", "-i", "-n", "-k", "-y", "-c", "-q", "--quiet", "true"},
	{"-F", "-w", "true"},
	{"-V", "-s", "x"},
}

// Command lines whose options strace 6.1 accepts; without a command they
// all end in "must have PROG [ARGS] or -p PID", after any warnings. This
// checks that gostrace accepts the same spellings.
var accepted = [][]string{
	{"-fT"},
	{"-ff"},
	{"-qqq"},
	{"-F", "-F"},
	{"--"},
	{"-p", ""},
	{"-s", "0"},
	{"-s", "1073741823"},
	{"-s", " 3"},
	{"-s", "+3"},
	{"-s64"},
	{"-a", "0"},
	{"-a", "2147483647"},
	{"-I", "never_tstp"},
	{"-I", "ANYWHERE"},
	{"-I", "01"},
	{"-X", "verbose"},
	{"-O", "1.5ms"},
	{"-O", "1e3"},
	{"-O", "+.5"},
	{"-O", "-0"},
	{"-S", "time_min"},
	{"-S", "none"},
	{"-U", "syscall_name,calls,shortest"},
	{"-b", "execve"},
	{"--daemonize=PGRP"},
	{"--daemonize"},
	{"-DDDD"},
	{"--absolute-timestamps=Format:unix,precision:ns"},
	{"--absolute-timestamps=,us"},
	{"--timestamps"},
	{"--relative-timestamps=MS"},
	{"--syscall-times=ns"},
	{"--strings-in-hex=NON-ASCII-CHARS"},
	{"--tips=full,5"},
	{"--tips="},
	{"--tips=id: 3"},
	{"--decode-fds"},
	{"--pidns-translation", "-Y"},
	{"--sig=INT"},
	{"--fail"},
	{"--sile=exit"},
	{"--output", "x"},
	{"-o", "-f"},
	{"-e", "trace=%%stat"},
	{"-e", "trace=?foo"},
	{"-e", "trace=??open"},
	{"-e", "trace=!!open"},
	{"-e", "trace=!none"},
	{"-e", "trace=file,process"},
	{"-e", "trace=open@32"},
	{"-e", "trace=%file@x32"},
	{"-e", "trace=/^(open|close)$"},
	{"-e", "trace=/[[:alpha:]]+64$"},
	{"-e", "trace=/a**"},
	{"-e", "trace=?/a)"},
	{"-e", "trace=335"},
	{"-e", "trace=010"},
	{"-e", "trace=_llseek"},
	{"-e", "trace=?/^zz"},
	{"-e", "trace=,open,"},
	{"-e", "t=open", "-e", "trace=close"},
	{"-e", "open"},
	{"-e", "signal=sigrt_5"},
	{"-e", "s=!SIGIO"},
	{"-e", "signal=00"},
	{"-e", "status=!failed"},
	{"-e", "status=none"},
	{"-e", "quiet=exits,superseded"},
	{"-e", "decode-fds=PATH,dev"},
	{"-e", "decode-pid=comm"},
	{"-e", "read=!!3"},
	{"-e", "w=+3, 4"},
	{"-e", "kvm=vcpu"},
	{"-e", "inject=open:error=enoent:when=3..5+2"},
	{"-e", "inject=open:error=EIO:when=+2"},
	{"-e", "inject=open:error=512"},
	{"-e", "fault=all"},
	{"-e", "inject=open:poke_enter=@arg1=0g,@arg2=-1"},
	{"-e", "inject=open:delay_enter=9223372036854775807s:delay_exit=.5"},
	{"-e", "inject=open:retval=-1"},
	{"-e", "inject=open:retval=9223372036854775807"},
	{"-e", "inject=open:signal=rtmin"},
	{"-e", "x=open"},
	{"-e", "?foo=1,open"},
}

// More accepted command lines, which need the syscall classes of the
// tables (%pure for inject's syscall=, %file).
var acceptedWithClasses = [][]string{
	{"-e", "fault=open:syscall=getpid"},
	{"-e", "inject=open:signal=rtmin:syscall=gettid"},
	{"-e", "trace=%file,%pure,%creds,%clock"},
}

func TestAgainstStraceMalformed(t *testing.T) {
	needStrace(t)
	if len(malformed) < 40 {
		t.Fatalf("only %d malformed command lines", len(malformed))
	}
	for _, args := range malformed {
		want, wantCode := runStrace(t, args)
		got, gotCode := ours(args)
		if got != want || gotCode != wantCode {
			t.Errorf("%q:\n got (%d) %q\nwant (%d) %q", args, gotCode, got, wantCode, want)
		}
	}
}

func TestAgainstStraceAccepted(t *testing.T) {
	needStrace(t)
	cases := accepted
	if haveClasses() {
		cases = append(cases, acceptedWithClasses...)
	} else {
		t.Logf("sysent has no class data yet: %d cases left out", len(acceptedWithClasses))
	}
	for _, args := range cases {
		want, wantCode := runStrace(t, args)
		got, gotCode := ours(args)
		if !strings.HasSuffix(want, "must have PROG [ARGS] or -p PID\nTry 'gostrace -h' for more information.\n") {
			t.Errorf("%q: strace did not stop for the missing command: %q", args, want)
		}
		if got != want || gotCode != wantCode {
			t.Errorf("%q:\n got (%d) %q\nwant (%d) %q", args, gotCode, got, wantCode, want)
		}
	}
}

// pieces are options, good and bad, for TestAgainstStraceRandom. None may
// make strace trace anything: attaching is to a pid beyond pid_max.
var pieces = []string{
	"-f", "-ff", "-F", "-q", "-qq", "-x", "-xx", "-y", "-yy", "-Y", "-t", "-tt", "-r", "-T", "-c", "-C", "-w", "-z", "-Z",
	"-A", "-i", "-k", "-n", "-v", "-D", "-DD", "--seccomp-bpf", "--follow-forks", "--output-separately",
	"--strings-in-hex", "--decode-fds", "--quiet", "--absolute-timestamps", "--daemonize", "--pidns-translation",
	"-s10", "-sx", "-a5", "-I3", "-Ox", "-O5", "-Scalls", "-Ucalls", "-Ux", "-bexecve", "-Xraw", "-o/dev/null", "-o|cat",
	"-p-x", "-p4194305", "-p0", "-S", "-Dx", "--daemonize=session", "-ezz", "-e", "-etrace=?/x", "-etrace=!open", "--seccomp-bpf", "-etrace=open", "-etrace=foo", "-equiet=exit", "-estatus=failed", "-esignal=INT", "-edecode-fds=path",
	"-einject=open:retval=-1", "-einject=open", "-efault=open", "-eread=3", "-ekvm=vcpu", "--tips", "--str", "--sum",
	"--timestamps=unix", "--syscall-times=ns", "--relative-timestamps=ms", "--tips=x", "-Q", "--foo", "-V",
	"-etrace=/(", "-e", "--trace", "-s", "-Ecmd=1", "-unobody", "-P/tmp",
}

// TestAgainstStraceRandom compares random command lines made of the
// pieces above with strace, refused or accepted (then with their warnings:
// the command never exists, so strace stops at "Can't stat").
func TestAgainstStraceRandom(t *testing.T) {
	needStrace(t)
	r := rand.New(rand.NewSource(1))
	bad, compared := 0, 0
	defer func() {
		if compared < 700 {
			t.Errorf("only %d command lines compared", compared)
		}
	}()
	for i := 0; i < 800; i++ {
		n := 1 + r.Intn(5)
		var args []string
		for j := 0; j < n; j++ {
			args = append(args, pieces[r.Intn(len(pieces))])
		}
		if r.Intn(2) == 0 {
			args = append(args, "/nonexistent/cmd")
		}
		want, wc := runStrace(t, args)
		const cant = "gostrace: Can't stat '/nonexistent/cmd': No such file or directory\n"
		if strings.HasSuffix(want, cant) {
			want, wc = strings.TrimSuffix(want, cant), 0
		} else if wc == 0 || strings.Contains(want, "attach:") || strings.Contains(want, "Usage") {
			continue
		}
		compared++
		got, gc := ours(args)
		if got != want || gc != wc {
			bad++
			if bad < 30 {
				t.Errorf("%q:\n got (%d) %q\nwant (%d) %q", args, gc, got, wc, want)
			}
		}
	}
}
