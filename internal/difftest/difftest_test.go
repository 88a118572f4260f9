package difftest

import "testing"

// A number equal to a pid of one trace but not of the other is not a
// difference: CI's fresh containers hand out pids as small as the ELF
// header size every dynamic binary reads.
func TestPidLikeNumbers(t *testing.T) {
	ref := Split([]string{
		`4711  read(3, "\177ELF"..., 832) = 832`,
		`4711  clone(child_stack=NULL, flags=SIGCHLD) = 4712`,
		`4712  getpid() = 4712`,
		`4711  wait4(4712, NULL, 0, NULL) = 4712`,
	})
	ours := Split([]string{
		`832  read(3, "\177ELF"..., 832) = 832`,
		`832  clone(child_stack=NULL, flags=SIGCHLD) = 901`,
		`901  getpid() = 901`,
		`832  wait4(901, NULL, 0, NULL) = 901`,
	})
	if m, total, bad := Compare(ref, ref, ours); m != total || total != 4 {
		t.Errorf("%d/%d lines match: %v", m, total, bad)
	}
	// A real difference still counts, with or without a pid in it.
	wrong := Split([]string{
		`832  read(3, "\177ELF"..., 832) = 831`,
		`832  clone(child_stack=NULL, flags=SIGCHLD) = 901`,
		`901  getpid() = 832`,
		`832  wait4(901, NULL, 0, NULL) = 901`,
	})
	if m, total, bad := Compare(ref, ref, wrong); m != 2 || total != 4 {
		t.Errorf("%d/%d lines match, want 2/4: %v", m, total, bad)
	}
}
