#!/usr/bin/env python3
"""xlatprobe: write internal/xlat/probed.go from what strace prints.

Each enumeration of probed.go is taken from the oracle itself: probe.c makes
one call per value (socket(i, ...), setsockopt(-1, level, i, ...), ...),
strace prints it, and every value strace names (no "/* X_??? */" comment)
becomes a table entry. Names that golang.org/x/sys/unix defines with the same
value are written as unix constants so that the compiler checks them.

  gcc -w -o /tmp/probe probe.c
  python3 xlatprobe.py /tmp/probe > ../../xlat/probed.go && gofmt -w ../../xlat/probed.go

Needs strace 6.1 (the version gostrace imitates) on x86_64, and root for the
AF_PACKET sockets. It takes a few minutes (65536 calls for two tables).
"""
import glob, os, re, subprocess, sys

PROBE = sys.argv[1]
OUT = '/tmp/xlatprobe.out'


def unix_consts():
    root = subprocess.run(['go', 'list', '-m', '-f', '{{.Dir}}', 'golang.org/x/sys'],
                          capture_output=True, text=True, check=True).stdout.strip()
    def parse(name):
        out = {}
        for line in open(os.path.join(root, 'unix', name)):
            m = re.match(r'^\s+([A-Z][A-Z0-9_]*)\s+=\s+(0x[0-9a-fA-F]+|-?\d+)\s*$', line)
            if m:
                out[m.group(1)] = int(m.group(2), 0)
        return out
    consts = {}
    for f in ['zerrors_linux.go', 'ztypes_linux.go']:
        consts.update(parse(f))
    amd = {**parse('zerrors_linux_amd64.go'), **parse('ztypes_linux_amd64.go')}
    arm = {**parse('zerrors_linux_arm64.go'), **parse('ztypes_linux_arm64.go')}
    # An architecture's constant is usable only if arm64 builds too.
    consts.update({k: v for k, v in amd.items() if k in arm})
    return consts


def split_args(s):
    """The top-level arguments of an strace line's call."""
    out, depth, cur, quoted, i = [], 0, '', False, 0
    while i < len(s):
        ch = s[i]
        if quoted:
            cur += ch
            if ch == '\\':
                cur += s[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted, cur = True, cur + ch
        elif ch in '([{':
            depth, cur = depth + 1, cur + ch
        elif ch in ')]}':
            depth, cur = depth - 1, cur + ch
        elif ch == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
        i += 1
    if cur.strip():
        out.append(cur.strip())
    return out


def probe(args, sysname, argi, n, field=None):
    """The (value, name) pairs strace names for values 0..n-1."""
    subprocess.run(['strace', '-qq', '-e', 'signal=none', '-e', 'trace=' + sysname,
                    '-o', OUT, PROBE] + args, check=True)
    lines = [l for l in open(OUT) if l.startswith(sysname + '(')]
    assert len(lines) == n, (args, len(lines), n)
    res = []
    for v, l in enumerate(lines):
        a = split_args(l[len(sysname) + 1:l.rindex(') ')])[argi]
        if field:
            m = re.search(field + r'=([^,}]+)', a)
            if not m:
                continue
            a = m.group(1)
        if '/*' not in a:
            res.append((v, a))
    return res


def swap16(v):
    return ((v & 0xff) << 8) | (v >> 8)


# var, probe, unknown text, doc, print values in hex
SPECS = [
    ('AddrFamilies', lambda: probe(['af'], 'socket', 0, 64), 'AF_???', 'are the address families (socket domains).', False),
    ('InetProtocols', lambda: probe(['ipproto'], 'socket', 2, 300), 'IPPROTO_???', 'are the IP protocol numbers of AF_INET and AF_INET6 sockets.', False),
    ('NetlinkProtocols', lambda: probe(['netlink'], 'socket', 2, 40), 'NETLINK_???', 'are the protocols of AF_NETLINK sockets.', False),
    ('SocketLevels', lambda: probe(['sol'], 'setsockopt', 1, 300), 'SOL_??', 'are the option levels of setsockopt and getsockopt (strace names level 40 AF_VSOCK).', False),
    ('SockOptions', lambda: probe(['solopt', '1'], 'setsockopt', 2, 100), 'SO_???', 'are the SOL_SOCKET options.', False),
    ('SockIPSetOptions', lambda: probe(['solopt', '0'], 'setsockopt', 2, 100), 'IP_???', 'are the SOL_IP options of setsockopt.', False),
    ('SockIPGetOptions', lambda: probe(['getsolopt', '0'], 'getsockopt', 2, 100), 'IP_???', 'are the SOL_IP options of getsockopt (the iptables ones differ).', False),
    ('SockIPv6SetOptions', lambda: probe(['solopt', '41'], 'setsockopt', 2, 100), 'IPV6_???', 'are the SOL_IPV6 options of setsockopt.', False),
    ('SockIPv6GetOptions', lambda: probe(['getsolopt', '41'], 'getsockopt', 2, 100), 'IPV6_???', 'are the SOL_IPV6 options of getsockopt.', False),
    ('SockTCPOptions', lambda: probe(['solopt', '6'], 'setsockopt', 2, 100), 'TCP_???', 'are the SOL_TCP options.', False),
    ('SockUDPOptions', lambda: probe(['solopt', '17'], 'setsockopt', 2, 100), 'UDP_???', 'are the SOL_UDP options.', False),
    ('SockNetlinkOptions', lambda: probe(['solopt', '270'], 'setsockopt', 2, 100), 'NETLINK_???', 'are the SOL_NETLINK options.', False),
    ('SockPacketOptions', lambda: probe(['solopt', '263'], 'setsockopt', 2, 100), 'PACKET_???', 'are the SOL_PACKET options.', False),
    ('SockVsockOptions', lambda: probe(['solopt', '40'], 'setsockopt', 2, 100), 'SO_VM_???', 'are the AF_VSOCK level options.', False),
    ('ScmTypes', lambda: probe(['scm'], 'sendmsg', 1, 80, 'cmsg_type'), 'SCM_???', 'are the SOL_SOCKET control message types.', False),
    ('PacketTypes', lambda: probe(['pkttype'], 'bind', 1, 256, 'sll_pkttype'), 'PACKET_???', "are sockaddr_ll's sll_pkttype values.", False),
    ('ArpHardwareTypes', lambda: probe(['hatype'], 'bind', 1, 0x10000, 'sll_hatype'), 'ARPHRD_???', "are sockaddr_ll's sll_hatype values.", False),
    ('EthProtocols', lambda: sorted((swap16(v), n[6:-1]) for v, n in probe(['packet'], 'socket', 2, 0x10000)),
     'ETH_P_???', 'are the Ethernet protocol ids of AF_PACKET (in host order).', True),
    ('Clocks', lambda: probe(['clock'], 'clock_getres', 0, 16), 'CLOCK_???', 'are the clock ids.', False),
    ('FutexOps', lambda: probe(['futex'], 'futex', 1, 0x200), 'FUTEX_???', "are futex's operations with their FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME combinations.", False),
    ('IoUringRegisterOps', lambda: probe(['iouregister'], 'io_uring_register', 1, 40), 'IORING_REGISTER_???', "are io_uring_register's opcodes.", False),
]


def main():
    consts = unix_consts()
    out = ['// The names below are exactly those strace 6.1 prints for each value on',
           '// x86_64: internal/gen/xlatprobe makes each call with every value under',
           '// strace and writes this file from what strace printed.', '',
           'package xlat', '', 'import "golang.org/x/sys/unix"', '']
    for var, get, unknown, doc, hexfmt in SPECS:
        out.append('// %s %s' % (var, doc))
        out.append('var %s = T("%s",' % (var, unknown))
        for v, name in get():
            if consts.get(name) == v:
                out.append('\tP(unix.%s, "%s"),' % (name, name))
            else:
                out.append('\tP(%s, "%s"),' % ('%#x' % v if hexfmt else v, name))
        out.append(').Index()')
        out.append('')
    print('\n'.join(out))


main()
