// Package decodetest helps test decoders without a tracee: a fake memory
// made of byte regions, and a function that decodes a call and renders it
// the way the text sink prints it.
package decodetest

import (
	"bytes"
	"encoding/binary"
	"os"

	"gostrace/internal/decode"
	"gostrace/internal/output"
	"gostrace/internal/sysent"
)

// Memory is a fake tracee memory: a set of mapped regions. Reads outside
// them fail like reads of unmapped pages.
type Memory struct {
	regions []region
	next    uint64
}

type region struct {
	addr uint64
	b    []byte
}

// NewMemory returns an empty memory whose allocations start at a typical
// user-space address.
func NewMemory() *Memory { return &Memory{next: 0x7ffd0000_0000} }

// Map places b at addr.
func (m *Memory) Map(addr uint64, b []byte) {
	m.regions = append(m.regions, region{addr, append([]byte(nil), b...)})
}

// Alloc places b at a fresh address (16-byte aligned, with an unmapped gap
// after it) and returns the address.
func (m *Memory) Alloc(b []byte) uint64 {
	addr := m.next
	m.Map(addr, b)
	m.next += (uint64(len(b)) + 0x1000 + 15) &^ 15
	return addr
}

// CString allocates a NUL-terminated string.
func (m *Memory) CString(s string) uint64 { return m.Alloc(append([]byte(s), 0)) }

// Ptrs allocates an array of 64-bit pointers.
func (m *Memory) Ptrs(p ...uint64) uint64 {
	b := make([]byte, 8*len(p))
	for i, v := range p {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return m.Alloc(b)
}

// Read implements decode.Memory.
func (m *Memory) Read(addr uint64, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		found := false
		for _, r := range m.regions {
			a := addr + uint64(n)
			if a >= r.addr && a < r.addr+uint64(len(r.b)) {
				n += copy(buf[n:], r.b[a-r.addr:])
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	if n == 0 {
		return 0, os.ErrNotExist
	}
	return n, nil
}

// Call describes one call to decode.
type Call struct {
	Name  string
	Args  [6]uint64
	Rval  int64 // the return value; a negative errno with Err
	Err   bool
	Opt   *decode.Options
	Hex   int // -x level for rendering
	Entry bool
	SP    uint64 // the stack pointer at entry (rt_sigreturn)
}

// Render decodes c over mem and returns the line the text sink prints,
// without the newline: "name(args) = ret". With Entry set it returns only
// what is printed at entry (the unfinished line).
func Render(mem decode.Memory, c Call) string {
	nr, ok := sysent.Number(c.Name)
	if !ok {
		panic("unknown syscall " + c.Name)
	}
	opt := c.Opt
	if opt == nil {
		opt = decode.DefaultOptions()
	}
	var buf bytes.Buffer
	text := output.NewText(&buf)
	text.Hex = c.Hex
	var call decode.Call
	call.Reset(nr, c.Name, c.Args, mem, opt, 1234)
	call.SP = c.SP
	call.DecodeEntry()
	text.Entry(1234, &call)
	if c.Entry {
		text.Flush()
		return buf.String()
	}
	call.DecodeExit(c.Rval, c.Err)
	text.Exit(1234, &call)
	text.Flush()
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// Plain removes the alignment padding before " = " so expectations can be
// written without counting spaces.
func Plain(line string) string {
	i := bytes.Index([]byte(line), []byte(") "))
	for i >= 0 {
		j := i + 1
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j+1 < len(line) && line[j] == '=' && line[j+1] == ' ' {
			return line[:i+1] + " " + line[j:]
		}
		k := bytes.Index([]byte(line[i+1:]), []byte(") "))
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return line
}
