package filter

import (
	"reflect"
	"testing"
	"time"

	"gostrace/internal/sysent"
)

func TestInject(t *testing.T) {
	every := When{First: 1, Last: WhenInfinite, Step: 1}
	for _, tc := range []struct {
		expr  string
		fault bool
		check func(*Inject) bool
	}{
		{"open:error=ENOENT", false, func(in *Inject) bool { return in.Error == 2 && in.When == every && in.Syscall == -1 }},
		{"open:error=enoent", false, func(in *Inject) bool { return in.Error == 2 }},
		{"open:error= 13", false, func(in *Inject) bool { return in.Error == 13 }},
		{"open:error=4095", false, func(in *Inject) bool { return in.Error == 4095 }},
		{"open:error=ERESTARTSYS", false, func(in *Inject) bool { return in.Error == 512 }},
		{"open:retval=42", false, func(in *Inject) bool { return in.HasRetval && in.Retval == 42 && in.Error == 0 }},
		{"open:retval=0x10", false, func(in *Inject) bool { return in.Retval == 16 }},
		{"open:retval=010", false, func(in *Inject) bool { return in.Retval == 8 }},
		{"open:retval=-1", false, func(in *Inject) bool { return in.Retval == ^uint64(0) }},
		{"open:signal=SIGUSR1", false, func(in *Inject) bool { return in.Signal == 10 }},
		{"open:signal=64", false, func(in *Inject) bool { return in.Signal == 64 }},
		{"open:delay_enter=1.5ms:delay_exit=2", false, func(in *Inject) bool {
			return in.DelayEnter == 1500*time.Microsecond && in.DelayExit == 2*time.Microsecond && in.HasDelay == [2]bool{true, true}
		}},
		{"open:delay_enter=0", false, func(in *Inject) bool { return in.HasDelay[0] && in.DelayEnter == 0 }},
		{"open:poke_enter=@arg1=00ff,@arg7=ABcd:poke_exit=@arg2=0g", false, func(in *Inject) bool {
			return reflect.DeepEqual(in.PokeEnter, []Poke{{1, []byte{0, 0xff}}, {7, []byte{0xab, 0xcd}}}) &&
				reflect.DeepEqual(in.PokeExit, []Poke{{2, []byte{0}}})
		}},
		{"open:poke_enter=@arg1=-1", false, func(in *Inject) bool { return in.PokeEnter[0].Data[0] == 0xff }},
		{"open:poke_enter=@arg1=0x00", false, func(in *Inject) bool {
			return reflect.DeepEqual(in.PokeEnter[0].Data, []byte{0, 0})
		}},
		{"open:error=EIO:when=3", false, func(in *Inject) bool { return in.When == When{3, 3, 1} }},
		{"open:error=EIO:when=3+", false, func(in *Inject) bool { return in.When == When{3, WhenInfinite, 1} }},
		{"open:error=EIO:when=3+2", false, func(in *Inject) bool { return in.When == When{3, WhenInfinite, 2} }},
		{"open:error=EIO:when=3..5", false, func(in *Inject) bool { return in.When == When{3, 5, 1} }},
		{"open:error=EIO:when=3..5+", false, func(in *Inject) bool { return in.When == When{3, 5, 1} }},
		{"open:error=EIO:when=3..5+2", false, func(in *Inject) bool { return in.When == When{3, 5, 2} }},
		{"open:error=EIO:when=+2", false, func(in *Inject) bool { return in.When == When{2, 2, 1} }},
		{"open:error=EIO:when=65535+65535", false, func(in *Inject) bool { return in.When == When{65535, WhenInfinite, 65535} }},
		// strace 6.1 injects at the 65535th call only for the first, from
		// it on for the second (checked with 70000 calls): they must differ.
		{"open:error=EIO:when=65535", false, func(in *Inject) bool { return in.When == When{65535, 65535, 1} }},
		{"open:error=EIO:when=65535+", false, func(in *Inject) bool { return in.When == When{65535, WhenInfinite, 1} }},
		{"open:error=EIO:when=1:when=2", false, func(in *Inject) bool { return in.When.First == 2 }},
		{"open::error=EIO:", false, func(in *Inject) bool { return in.Error == 5 }},
		{"open", true, func(in *Inject) bool { return in.Fault && in.Error == 38 }},
		{"open:error=EPERM:when=2", true, func(in *Inject) bool { return in.Error == 1 && in.When.First == 2 }},
		{"!open,close:retval=0", false, func(in *Inject) bool {
			o, _ := sysent.Number("open")
			r, _ := sysent.Number("read")
			return !in.Syscalls.Has(o) && in.Syscalls.Has(r)
		}},
	} {
		in, _, err := ParseInject(tc.expr, tc.fault)
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		if !tc.check(in) {
			t.Errorf("%q: unexpected %+v", tc.expr, *in)
		}
	}
}

// Messages from strace 6.1's "-e inject=EXPR" / "-e fault=EXPR".
func TestInjectErrors(t *testing.T) {
	for _, tc := range []struct {
		expr  string
		fault bool
		msg   string
	}{
		{"open", false, "invalid inject argument 'open'"},
		{"open:", false, "invalid inject argument 'open:'"},
		{"x", false, "invalid system call 'x'"},
		{"x:error=EIO", false, "invalid system call 'x'"},
		{"x:error=bad", false, "invalid inject argument 'x:error=bad'"},
		{"x:foo", false, "invalid inject argument 'x:foo'"},
		{":error=EIO", false, "invalid system call ''"},
		{"open:error=0", false, "invalid inject argument 'open:error=0'"},
		{"open:error=4096", false, "invalid inject argument 'open:error=4096'"},
		{"open:error=0x2", false, "invalid inject argument 'open:error=0x2'"},
		{"open:error=EWOULDBLOCK", false, "invalid inject argument 'open:error=EWOULDBLOCK'"},
		{"open:error=ENOTSUP", false, "invalid inject argument 'open:error=ENOTSUP'"},
		{"open:error=ENOPARAM", false, "invalid inject argument 'open:error=ENOPARAM'"},
		{"open:error=ENOENT:retval=0", false, "invalid inject argument 'open:error=ENOENT:retval=0'"},
		{"open:error=ENOENT:error=EIO", false, "invalid inject argument 'open:error=ENOENT:error=EIO'"},
		{"open:retval=x", false, "invalid inject argument 'open:retval=x'"},
		{"open:retval=99999999999999999999", false, "invalid inject argument 'open:retval=99999999999999999999'"},
		{"open:signal=0", false, "invalid inject argument 'open:signal=0'"},
		{"open:signal=65", false, "invalid inject argument 'open:signal=65'"},
		{"open:signal= 2", false, "invalid inject argument 'open:signal= 2'"},
		{"open:signal=INT:signal=TERM", false, "invalid inject argument 'open:signal=INT:signal=TERM'"},
		{"open:syscall=x", false, "invalid inject argument 'open:syscall=x'"},
		{"open:syscall=read:retval=0", false, "invalid inject argument 'open:syscall=read:retval=0'"},
		{"open:syscall=GETPID:retval=1", false, "invalid inject argument 'open:syscall=GETPID:retval=1'"},
		{"open:delay_enter=x", false, "invalid inject argument 'open:delay_enter=x'"},
		{"open:delay_enter=1:delay_enter=2", false, "invalid inject argument 'open:delay_enter=1:delay_enter=2'"},
		{"open:when=3", false, "invalid inject argument 'open:when=3'"},
		{"open:error=EIO:when=0", false, "invalid inject argument 'open:error=EIO:when=0'"},
		{"open:error=EIO:when=65536", false, "invalid inject argument 'open:error=EIO:when=65536'"},
		{"open:error=EIO:when=3..2", false, "invalid inject argument 'open:error=EIO:when=3..2'"},
		{"open:error=EIO:when=3..65535", false, "invalid inject argument 'open:error=EIO:when=3..65535'"},
		{"open:error=EIO:when=3+0", false, "invalid inject argument 'open:error=EIO:when=3+0'"},
		{"open:error=EIO:when=3+65536", false, "invalid inject argument 'open:error=EIO:when=3+65536'"},
		{"open:error=EIO:when=3..", false, "invalid inject argument 'open:error=EIO:when=3..'"},
		{"open:error=EIO:when=..3", false, "invalid inject argument 'open:error=EIO:when=..3'"},
		{"open:error=EIO:when=3+x", false, "invalid inject argument 'open:error=EIO:when=3+x'"},
		{"open:error=EIO:when=", false, "invalid inject argument 'open:error=EIO:when='"},
		{"open:ERROR=EIO", false, "invalid inject argument 'open:ERROR=EIO'"},
		{"open:poke_enter=@arg0=00", false, "invalid inject argument 'open:poke_enter=@arg0=00'"},
		{"open:poke_enter=@arg8=00", false, "invalid inject argument 'open:poke_enter=@arg8=00'"},
		{"open:poke_enter=@arg1=0", false, "invalid inject argument 'open:poke_enter=@arg1=0'"},
		{"open:poke_enter=@arg1=", false, "invalid inject argument 'open:poke_enter=@arg1='"},
		{"open:poke_enter=@arg1=xy", false, "invalid inject argument 'open:poke_enter=@arg1=xy'"},
		{"open:poke_enter=arg1=00", false, "invalid inject argument 'open:poke_enter=arg1=00'"},
		{"open:poke_enter=@ARG1=00", false, "invalid inject argument 'open:poke_enter=@ARG1=00'"},
		{"open:poke_enter=@arg01=00", false, "invalid inject argument 'open:poke_enter=@arg01=00'"},
		{"open:poke_enter=@arg1=00,@arg1=11", false, "invalid inject argument 'open:poke_enter=@arg1=00,@arg1=11'"},
		{"open:poke_enter=", false, "invalid inject argument 'open:poke_enter='"},
		{"open:poke_enter=@arg1=00:poke_enter=@arg2=00", false, "invalid inject argument 'open:poke_enter=@arg1=00:poke_enter=@arg2=00'"},
		{"open:retval=0", true, "invalid fault argument 'open:retval=0'"},
		{"open:signal=INT", true, "invalid fault argument 'open:signal=INT'"},
		{"open:delay_enter=1", true, "invalid fault argument 'open:delay_enter=1'"},
		{"open:poke_enter=@arg1=00", true, "invalid fault argument 'open:poke_enter=@arg1=00'"},
		{"open:error=EIO:error=EIO", true, "invalid fault argument 'open:error=EIO:error=EIO'"},
		{"x", true, "invalid system call 'x'"},
	} {
		_, _, err := ParseInject(tc.expr, tc.fault)
		if err == nil || err.Error() != tc.msg {
			t.Errorf("%q: got %v, want %s", tc.expr, err, tc.msg)
		}
	}
}

func TestInjectPokeLimit(t *testing.T) {
	long := make([]byte, 2*maxPokeData)
	for i := range long {
		long[i] = '0'
	}
	if _, _, err := ParseInject("open:poke_enter=@arg1="+string(long), false); err != nil {
		t.Errorf("1024 bytes: %v", err)
	}
	if _, _, err := ParseInject("open:poke_enter=@arg1="+string(long)+"00", false); err == nil {
		t.Errorf("1025 bytes accepted")
	}
}

// The warnings are strace 6.1's, for the same values.
func TestInjectRetvalWarnings(t *testing.T) {
	for _, tc := range []struct{ expr, warning string }{
		{"open:retval=-1", "Inadvertent injection of error 1 is possible for retval=18446744073709551615"},
		{"open:retval=-4095", "Inadvertent injection of error 4095 is possible for retval=18446744073709547521"},
		{"open:retval=4294967295", "Inadvertent injection of error 1 is possible in compat personality for retval=4294967295"},
		{"open:retval=9223372036854775807", "Inadvertent injection of error 1 is possible in compat personality for retval=9223372036854775807"},
		{"open:retval=4294963201", "Inadvertent injection of error 4095 is possible in compat personality for retval=4294963201"},
		{"open:retval=-4096", "Injected return value 18446744073709547520 will be clipped to 4294963200 in compat personality"},
		{"open:retval=4294967296", "Injected return value 4294967296 will be clipped to 0 in compat personality"},
		{"open:retval=-2147483648", "Injected return value 18446744071562067968 will be clipped to 2147483648 in compat personality"},
		{"open:retval=4294963200", ""},
		{"open:retval=2147483648", ""},
		{"x:retval=-1", "Inadvertent injection of error 1 is possible for retval=18446744073709551615"},
	} {
		_, warnings, _ := ParseInject(tc.expr, false)
		var want []string
		if tc.warning != "" {
			want = []string{tc.warning}
		}
		if !reflect.DeepEqual(warnings, want) {
			t.Errorf("%q: got %q, want %q", tc.expr, warnings, want)
		}
	}
}
