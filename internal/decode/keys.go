package decode

import (
	"golang.org/x/sys/unix"

	"gostrace/internal/xlat"
)

// Kernel key management: add_key, request_key, keyctl.

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.CStr(c.Args[0])
		c.CStr(c.Args[1])
		c.keyBuf(c.Args[2], c.Args[3])
		c.Uint(c.Args[3])
		c.keySerial(c.Args[4])
		return false
	}, Ret: RetDec}, "add_key")
	register(Decoder{Entry: func(c *Call) bool {
		c.CStr(c.Args[0])
		c.CStr(c.Args[1])
		c.CStr(c.Args[2])
		c.keySerial(c.Args[3])
		return false
	}}, "request_key")
	register(Decoder{Entry: keyctlEntry, Exit: keyctlExit}, "keyctl")
}

// keySerial appends a key serial: a KEY_SPEC_* name or a signed number.
func (c *Call) keySerial(v uint64) {
	if name, ok := xlat.KeySpecs.Lookup(uint64(int64(int32(v)))); ok {
		c.Text(name)
		return
	}
	c.Int32(v)
}

// keyBuf appends n bytes of payload (NULL as NULL).
func (c *Call) keyBuf(addr, n uint64) {
	if addr == 0 {
		c.Ptr(0)
		return
	}
	c.Buf(addr, n)
}

func keyctlEntry(c *Call) bool {
	cmd := uint32(c.Args[0])
	a := c.Args[1:]
	if _, ok := xlat.KeyctlCmds.Lookup(uint64(cmd)); !ok || cmd == unix.KEYCTL_WATCH_KEY {
		// strace 6.1 prints KEYCTL_WATCH_KEY and unknown commands raw.
		c.Const(uint64(cmd), xlat.KeyctlCmds)
		for i := 0; i < 4; i++ {
			c.Hex(a[i])
		}
		return false
	}
	c.Const(uint64(cmd), xlat.KeyctlCmds)
	switch cmd {
	case unix.KEYCTL_GET_KEYRING_ID:
		c.keySerial(a[0])
		c.Int32(a[1])
	case unix.KEYCTL_JOIN_SESSION_KEYRING:
		c.CStr(a[0])
	case unix.KEYCTL_UPDATE:
		c.keySerial(a[0])
		c.keyBuf(a[1], a[2])
		c.Uint(a[2])
	case unix.KEYCTL_REVOKE, unix.KEYCTL_CLEAR, unix.KEYCTL_INVALIDATE, unix.KEYCTL_ASSUME_AUTHORITY:
		c.keySerial(a[0])
	case unix.KEYCTL_CHOWN:
		c.keySerial(a[0])
		c.ownerID(a[1])
		c.ownerID(a[2])
	case unix.KEYCTL_SETPERM:
		c.keySerial(a[0])
		c.Flags(uint64(uint32(a[1])), xlat.KeyPerms)
	case unix.KEYCTL_DESCRIBE, unix.KEYCTL_READ, unix.KEYCTL_GET_SECURITY:
		c.keySerial(a[0])
		return true
	case unix.KEYCTL_LINK, unix.KEYCTL_UNLINK:
		c.keySerial(a[0])
		c.keySerial(a[1])
	case unix.KEYCTL_SEARCH:
		c.keySerial(a[0])
		c.CStr(a[1])
		c.CStr(a[2])
		c.keySerial(a[3])
	case unix.KEYCTL_INSTANTIATE:
		c.keySerial(a[0])
		c.keyBuf(a[1], a[2])
		c.Uint(a[2])
		c.keySerial(a[3])
	case unix.KEYCTL_NEGATE:
		c.keySerial(a[0])
		c.Uint32(a[1])
		c.keySerial(a[2])
	case unix.KEYCTL_SET_REQKEY_KEYRING:
		c.ConstDec(uint64(int64(int32(a[0]))), xlat.KeyReqkeyDefl)
	case unix.KEYCTL_SET_TIMEOUT:
		c.keySerial(a[0])
		c.Uint32(a[1])
	case unix.KEYCTL_REJECT:
		c.keySerial(a[0])
		c.Uint32(a[1])
		if name, ok := xlat.ErrnoName(int(uint32(a[2]))); ok {
			c.Text(name)
		} else {
			c.Uint32(a[2])
		}
		c.keySerial(a[3])
	case unix.KEYCTL_INSTANTIATE_IOV:
		c.keySerial(a[0])
		c.IovArray(a[1], a[2], IovAll)
		c.Uint(a[2])
		c.keySerial(a[3])
	case unix.KEYCTL_GET_PERSISTENT:
		c.ownerID(a[0])
		c.keySerial(a[1])
	case unix.KEYCTL_DH_COMPUTE:
		c.keyDHParams(a[0])
		return true
	case unix.KEYCTL_PKEY_QUERY:
		c.keySerial(a[0])
		c.Hex(a[1])
		c.CStr(a[2])
		return true
	case unix.KEYCTL_PKEY_ENCRYPT, unix.KEYCTL_PKEY_DECRYPT, unix.KEYCTL_PKEY_SIGN, unix.KEYCTL_PKEY_VERIFY:
		p := c.keyPkeyParams(a[0], cmd == unix.KEYCTL_PKEY_VERIFY)
		c.CStr(a[1])
		c.keyBuf(a[2], uint64(ple.Uint32(p[4:])))
		if cmd != unix.KEYCTL_PKEY_VERIFY {
			c.Scratch[0] = uint64(ple.Uint32(p[8:]))
			return true
		}
		c.keyBuf(a[3], uint64(ple.Uint32(p[8:])))
	case unix.KEYCTL_RESTRICT_KEYRING:
		c.keySerial(a[0])
		c.CStr(a[1])
		c.CStr(a[2])
	case unix.KEYCTL_MOVE:
		c.keySerial(a[0])
		c.keySerial(a[1])
		c.keySerial(a[2])
		c.Flags(uint64(uint32(a[3])), xlat.KeyctlMoveFlags)
	case unix.KEYCTL_CAPABILITIES:
		return true
	}
	return false
}

func keyctlExit(c *Call) {
	a := c.Args[1:]
	// out appends a buffer the kernel filled: as many bytes as it
	// returned, at most the size given.
	out := func(addr, size uint64) {
		if c.Failed() || addr == 0 {
			c.Ptr(addr)
			return
		}
		c.Buf(addr, min(uint64(c.Rval), size))
	}
	switch uint32(c.Args[0]) {
	case unix.KEYCTL_READ:
		out(a[1], a[2])
		c.Uint(a[2])
	case unix.KEYCTL_DESCRIBE, unix.KEYCTL_GET_SECURITY:
		// Strings with their NUL: shown as an attribute value is, the
		// NUL dropped when it is the last byte shown.
		if c.Failed() || a[1] == 0 {
			c.Ptr(a[1])
		} else {
			c.xattrValue(a[1], min(uint64(c.Rval), a[2]))
		}
		c.Uint(a[2])
	case unix.KEYCTL_DH_COMPUTE:
		out(a[1], a[2])
		c.Uint(a[2])
		c.keyKdfParams(a[3])
	case unix.KEYCTL_PKEY_QUERY:
		if c.Failed() {
			c.Ptr(a[3])
		} else {
			c.keyPkeyQuery(a[3])
		}
	case unix.KEYCTL_PKEY_ENCRYPT, unix.KEYCTL_PKEY_DECRYPT, unix.KEYCTL_PKEY_SIGN:
		if c.Failed() || a[3] == 0 {
			c.Ptr(a[3])
		} else {
			c.Buf(a[3], c.Scratch[0])
		}
	case unix.KEYCTL_CAPABILITIES:
		c.keyCaps(a[0], a[1])
		c.Uint(a[1])
	}
}

// keyDHParams appends struct keyctl_dh_params: three key serials.
func (c *Call) keyDHParams(addr uint64) {
	c.fieldsAt(addr, 12, func(b []byte) {
		for i, name := range [...]string{"private", "prime", "base"} {
			c.Field(name)
			c.keySerial(uint64(ple.Uint32(b[4*i:])))
		}
	})
}

// keySpare appends a reserved array of n 32-bit words when any is set.
func (c *Call) keySpare(b []byte, n int) {
	for i := 0; i < n; i++ {
		if ple.Uint32(b[4*i:]) != 0 {
			c.Field("__spare")
			c.Array()
			for j := 0; j < n; j++ {
				c.Hex(uint64(ple.Uint32(b[4*j:])))
			}
			c.End()
			return
		}
	}
}

// keyKdfParams appends struct keyctl_kdf_params.
func (c *Call) keyKdfParams(addr uint64) {
	c.fieldsAt(addr, 56, func(b []byte) {
		c.Field("hashname")
		c.CStr(ple.Uint64(b))
		c.Field("otherinfo")
		c.keyBuf(ple.Uint64(b[8:]), uint64(ple.Uint32(b[16:])))
		c.Field("otherinfolen")
		c.Uint(uint64(ple.Uint32(b[16:])))
		c.keySpare(b[20:], 8)
	})
}

// keyPkeyParams appends struct keyctl_pkey_params and returns its bytes
// (zeros when it cannot be read, so that no buffer is shown).
func (c *Call) keyPkeyParams(addr uint64, verify bool) []byte {
	var p []byte
	c.fieldsAt(addr, 40, func(b []byte) {
		p = b
		c.Field("key_id")
		c.keySerial(uint64(ple.Uint32(b)))
		c.Field("in_len")
		c.Uint(uint64(ple.Uint32(b[4:])))
		if verify {
			c.Field("in2_len")
		} else {
			c.Field("out_len")
		}
		c.Uint(uint64(ple.Uint32(b[8:])))
		c.keySpare(b[12:], 7)
	})
	if p == nil {
		p = make([]byte, 12)
	}
	return p
}

// keyPkeyQuery appends struct keyctl_pkey_query.
func (c *Call) keyPkeyQuery(addr uint64) {
	c.fieldsAt(addr, 56, func(b []byte) {
		c.Field("supported_ops")
		c.Flags(uint64(ple.Uint32(b)), xlat.KeyctlSupports)
		c.Field("key_size")
		c.Uint(uint64(ple.Uint32(b[4:])))
		for i, name := range [...]string{"max_data_size", "max_sig_size", "max_enc_size", "max_dec_size"} {
			c.Field(name)
			c.Uint(uint64(ple.Uint16(b[8+2*i:])))
		}
		c.keySpare(b[16:], 10)
	})
}

// keyCaps appends KEYCTL_CAPABILITIES' bytes: the first two as flags, the
// rest in hex.
func (c *Call) keyCaps(addr, size uint64) {
	if c.Failed() || addr == 0 {
		c.Ptr(addr)
		return
	}
	n := min(uint64(c.Rval), size)
	b := c.ReadStruct(addr, int(min(n, 4096)))
	if b == nil {
		c.Ptr(addr)
		return
	}
	c.Array()
	for i, v := range b {
		if i >= c.maxElems() {
			c.Ellipsis()
			break
		}
		switch i {
		case 0:
			c.Flags(uint64(v), xlat.KeyctlCaps0)
		case 1:
			c.Flags(uint64(v), xlat.KeyctlCaps1)
		default:
			c.Hex(uint64(v))
		}
	}
	c.End()
}
