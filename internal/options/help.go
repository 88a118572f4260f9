package options

// Help returns the text -h prints: every option, grouped as strace groups
// them so that its users find their way, in gostrace's own words.
func Help() string { return helpText + extrasHelp }

// Version returns the line -V prints.
func Version(version string) string { return "gostrace -- version " + version + "\n" }

const helpText = `Usage: gostrace [OPTIONS] PROG [ARGS]     run PROG and trace it
       gostrace [OPTIONS] -p PID[,PID]...    trace running processes
       gostrace -c [OPTIONS] PROG [ARGS]     count calls instead of showing them

Options stop at the first word that is not one (or after "--"). Short
options combine (-fT); values attach or follow (-s64, -s 64); long options
take --name=VALUE or --name VALUE and may be shortened while unambiguous.

General:
  -e EXPR               select or change what is traced; EXPR is
                        QUALIFIER=[!]VALUE[,VALUE]... ("!" inverts the set);
                        a bare VALUE list means trace=VALUE...
     qualifiers:        trace, abbrev, verbose, raw, signal, read, write,
                        status, quiet, decode-fds, decode-pids, kvm,
                        inject, fault

Startup:
  -p PID, --attach=PID  attach to process PID; repeat -p or give a list
                        separated by commas or spaces (or a NAME: see
                        below)
  -E VAR=VAL, --env=VAR=VAL
                        set VAR in the command's environment
  -E VAR, --env=VAR     remove VAR from the command's environment
  -u USER, --user=USER  run the command with USER's ids and groups

Tracing:
  -f, --follow-forks    trace children too (fork, vfork, clone)
  -ff                   like -f, and with -o FILE write FILE.PID per process
  --output-separately   one output file per process (needs -o)
  -b execve, --detach-on=execve
                        let a process go when it calls execve
  -D, --daemonize[=grandchild]
                        keep the tracer out of the command's ancestry
  -DD, --daemonize=pgroup
                        ... and in a process group of its own
  -DDD, --daemonize=session
                        ... and in a session of its own
  -I N, --interruptible=N
                        when signals may stop the tracer:
                        1 anywhere, 2 waiting (default), 3 never
                        (default with -o FILE PROG), 4 never_tstp
                        (also ignore ^Z)
  --seccomp-bpf         let the kernel skip the calls that are not traced
                        (needs -f; not for -p); on by default for a command
                        started with -f and a -e trace= filter, without -b
                        or --syscall-limit. Like strace's, it kills the
                        command when gostrace stops: a detached process
                        would get ENOSYS from the calls it traced
  --no-seccomp-bpf      never use the fast path
  --no-spin             never poll for the next stop: by default gostrace
                        polls for up to 50us before it sleeps, when a CPU
                        is free for that (a wake-up costs more than the
                        poll)

Filtering:
  -e trace=SET, --trace=SET
                        show only the calls in SET: names, numbers,
                        /REGEX, %CLASS, all, none; "?" before an item
                        forgives it matching nothing; "@64", "@32", "@x32"
                        after it choose a personality
     classes:           %file %process %net %network %signal %ipc %desc
                        %memory %creds %clock %pure %stat %lstat %fstat
                        %%stat %statfs %fstatfs %%statfs
  -e signal=SET, --signal=SET
                        show only these signals (names, numbers)
  -e status=SET, --status=SET
                        show only calls that ended so: successful,
                        failed, unfinished, unavailable, detached
  -P PATH, --trace-path=PATH
                        show only calls that touch PATH (repeatable)
  -z, --successful-only show only calls that succeeded
  -Z, --failed-only     show only calls that failed

Output format:
  -o FILE, --output=FILE
                        write the trace to FILE, or to a command with
                        "|CMD" or "!CMD"
  -A, --output-append-mode
                        append to the -o file instead of truncating it
  -a COL, --columns=COL align return values at column COL (40)
  -s N, --string-limit=N
                        show at most N bytes of each string (32)
  -v, --no-abbrev       show structures, arrays and environments in full
  -e abbrev=SET, --abbrev=SET
                        shorten big structures of the calls in SET
  -e verbose=SET, --verbose=SET
                        look inside structures of the calls in SET
  -e raw=SET, --raw=SET show the arguments of the calls in SET as numbers
  -X FORMAT, --const-print-style=FORMAT
                        constants as names (abbrev), numbers (raw) or
                        both (verbose)
  -x, --strings-in-hex=non-ascii
                        hex for strings with non-ASCII bytes
  -xx, --strings-in-hex[=all]
                        hex for every string
  --strings-in-hex=non-ascii-chars
                        hex instead of octal in escapes
  -e read=FDS, --read=FDS
                        dump the data read from these descriptors
  -e write=FDS, --write=FDS
                        dump the data written to these descriptors
  -y, --decode-fds[=path]
                        show the path of each descriptor
  -yy, --decode-fds=all show sockets, devices and pidfds as well
  -e decode-fds=SET, --decode-fds=SET
                        choose among path, socket, dev, pidfd
  -Y, --decode-pids=comm
                        show the command name next to process ids
  --pidns-translation, --decode-pids=pidns
                        show ids in the tracer's pid namespace too
  -q, --quiet           no attach and detach messages
  -qq                   ... and no exit status lines
  -qqq, --quiet=all     no optional messages at all
  -e quiet=SET, --quiet=SET
                        choose among attach, exit, path-resolution,
                        personality, thread-execve
  -t, --absolute-timestamps
                        start lines with the time of day
  -tt                   ... with microseconds
  -ttt                  ... as seconds since the epoch
  --absolute-timestamps=[format:]FMT,[precision:]PREC
                        FMT: none, time, unix; PREC: s, ms, us, ns
  -r, --relative-timestamps[=PREC]
                        start lines with the time since the previous one
  -T, --syscall-times[=PREC]
                        end lines with the time spent in the call
  -i, --instruction-pointer
                        show where each call was made from
  -k, --stack-traces    show the stack after each call
  -n, --syscall-number  show the number of each call
  -e kvm=vcpu, --kvm=vcpu
                        show why KVM virtual CPUs exited
  --output-format=FORMAT
                        text (strace's, the default) or json: one JSON
                        object per line and event (docs/json.md); works
                        with -o and -ff
  --color[=WHEN]        color the text: never (the default), auto (when
                        it goes to a terminal, unless NO_COLOR is set) or
                        always (a bare --color is auto); failed calls in
                        red, calls of 0.1 s or more in bold yellow;
                        GOSTRACE_COLORS=key=SGR:... changes the colors
                        (keys: syscall argname argval call const comment
                        punct retval error slow)

Statistics:
  -c, --summary-only    count calls, errors and time; show only the table
  -C, --summary         show the trace and the table
  -w, --summary-wall-clock
                        count elapsed time instead of system time
  -S BY, --summary-sort-by=BY
                        sort the table by time, min-time, max-time,
                        avg-time, calls, errors, name or nothing
  -U COLS, --summary-columns=COLS
                        table columns: time-percent, total-time,
                        min-time, max-time, avg-time, calls, errors, name
  -O TIME, --summary-syscall-overhead=TIME
                        time to subtract per call (N[s|ms|us|ns])

Tampering:
  -e inject=SET:WHAT[:WHAT]..., --inject=SET:WHAT[:WHAT]...
                        change the calls in SET; WHAT is one of
                          error=ERRNO or retval=VALUE   fake the result
                          signal=SIG                    send a signal
                          syscall=NAME                  run this pure call
                          delay_enter=TIME, delay_exit=TIME
                                                        sleep around it
                          poke_enter=@argN=HEX,...      write memory
                          poke_exit=@argN=HEX,...
                          when=FIRST[..LAST][+[STEP]]   which calls
  -e fault=SET[:error=ERRNO][:when=...], --fault=...
                        make the calls fail (ENOSYS unless told)

Miscellaneous:
  -d, --debug           print the tracer's own debugging messages
  -h, --help            print this help
  -V, --version         print the version
  --tips[=[id:]N|random,[format:]none|compact|full]
                        end with a tip
`
