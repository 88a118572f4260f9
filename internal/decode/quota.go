package decode

import "gostrace/internal/xlat"

// Disk quotas: quotactl and quotactl_fd, with the structures of the
// generic (if_dqblk, if_dqinfo) and XFS (fs_disk_quota, fs_quota_stat[v])
// interfaces.

// Commands (QCMD's upper bits) whose argument layout differs.
const (
	qSync, qQuotaOn, qQuotaOff, qGetFmt          = 0x800001, 0x800002, 0x800003, 0x800004
	qGetInfo, qSetInfo, qGetQuota, qSetQuota     = 0x800005, 0x800006, 0x800007, 0x800008
	qGetNextQuota                                = 0x800009
	qXQuotaOn, qXQuotaOff, qXGetQuota, qXSetQLim = 0x5801, 0x5802, 0x5803, 0x5804
	qXGetQStat, qXQuotaRm, qXQuotaSync           = 0x5805, 0x5806, 0x5807
	qXGetQStatV, qXGetNextQuota                  = 0x5808, 0x5809
)

func init() {
	register(Decoder{Entry: func(c *Call) bool {
		c.quotaCmd(c.Args[0])
		c.Path(c.Args[1])
		return c.quotaArgs(c.Args[0], c.Args[2], c.Args[3])
	}, Exit: func(c *Call) { c.quotaResult(c.Args[0], c.Args[3]) }}, "quotactl")
	register(Decoder{Entry: func(c *Call) bool {
		c.Fd(c.Args[0])
		c.quotaCmd(c.Args[1])
		return c.quotaArgs(c.Args[1], c.Args[2], c.Args[3])
	}, Exit: func(c *Call) { c.quotaResult(c.Args[1], c.Args[3]) }}, "quotactl_fd")
}

// quotaCmd appends QCMD(command, type).
func (c *Call) quotaCmd(v uint64) {
	cmd := uint32(v)
	c.Func("QCMD")
	c.Const(uint64(cmd>>8), xlat.QuotaCmds)
	c.Const(uint64(cmd&0xff), xlat.QuotaTypes)
	c.End()
}

// quotaArgs appends what follows the device or descriptor and reports
// whether the command fills a structure at exit.
func (c *Call) quotaArgs(cmdArg, id, addr uint64) bool {
	switch uint32(cmdArg) >> 8 {
	case qQuotaOff, qSync, qXQuotaSync:
		return false
	case qQuotaOn:
		c.Const(uint64(uint32(id)), xlat.QuotaFormats)
		c.Path(addr)
		return false
	case qGetInfo, qGetFmt, qXGetQStat, qXGetQStatV:
		return true
	case qGetQuota, qGetNextQuota, qXGetQuota, qXGetNextQuota:
		c.Int32(id)
		return true
	case qSetInfo:
		c.dqinfo(addr)
	case qSetQuota:
		c.Int32(id)
		c.dqblk(addr, false)
	case qXSetQLim:
		c.Int32(id)
		c.fsDiskQuota(addr)
	case qXQuotaOn, qXQuotaOff:
		c.quotaU32Flags(addr, xlat.XfsQuotaFlags)
	case qXQuotaRm:
		c.quotaU32Flags(addr, xlat.XfsQuotaTypes)
	default:
		c.Int32(id)
		c.Ptr(addr)
	}
	return false
}

func (c *Call) quotaResult(cmdArg, addr uint64) {
	if c.Failed() {
		c.Ptr(addr)
		return
	}
	switch uint32(cmdArg) >> 8 {
	case qGetInfo:
		c.dqinfo(addr)
	case qGetFmt:
		v, ok := c.ReadU32(addr)
		if !ok {
			c.Ptr(addr)
			return
		}
		c.Array()
		c.Const(uint64(v), xlat.QuotaFormats)
		c.End()
	case qGetQuota:
		c.dqblk(addr, false)
	case qGetNextQuota:
		c.dqblk(addr, true)
	case qXGetQuota, qXGetNextQuota:
		c.fsDiskQuota(addr)
	case qXGetQStat:
		c.fsQuotaStat(addr, false)
	case qXGetQStatV:
		c.fsQuotaStat(addr, true)
	}
}

// quotaU32Flags appends [flags] for the u32 at addr.
func (c *Call) quotaU32Flags(addr uint64, t *xlat.Table) {
	v, ok := c.ReadU32(addr)
	if !ok {
		c.Ptr(addr)
		return
	}
	c.Array()
	c.Flags(uint64(v), t)
	c.End()
}

// dqblk appends struct if_dqblk (if_nextdqblk with next): without -v the
// first six limits and counts, then "...".
func (c *Call) dqblk(addr uint64, next bool) {
	c.fieldsAt(addr, 72, func(b []byte) {
		names := [...]string{"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace", "dqb_ihardlimit",
			"dqb_isoftlimit", "dqb_curinodes", "dqb_btime", "dqb_itime"}
		verbose := c.opt != nil && c.opt.Verbose
		for i, name := range names {
			if i == 6 && !verbose {
				break
			}
			c.Field(name)
			c.Uint(ple.Uint64(b[8*i:]))
		}
		if verbose {
			c.Field("dqb_valid")
			c.Flags(uint64(ple.Uint32(b[64:])), xlat.QuotaDqbValid)
		}
		if next {
			c.Field("dqb_id")
			c.Uint(uint64(ple.Uint32(b[68:])))
		}
		if !verbose {
			c.Ellipsis()
		}
	})
}

// dqinfo appends struct if_dqinfo.
func (c *Call) dqinfo(addr uint64) {
	c.fieldsAt(addr, 24, func(b []byte) {
		c.Field("dqi_bgrace")
		c.Uint(ple.Uint64(b))
		c.Field("dqi_igrace")
		c.Uint(ple.Uint64(b[8:]))
		c.Field("dqi_flags")
		c.Flags(uint64(ple.Uint32(b[16:])), xlat.QuotaDqiFlags)
		c.Field("dqi_valid")
		c.Flags(uint64(ple.Uint32(b[20:])), xlat.QuotaDqiValid)
	})
}

// fsDiskQuota appends XFS's struct fs_disk_quota: without -v up to
// d_icount, then "...".
func (c *Call) fsDiskQuota(addr uint64) {
	c.fieldsAt(addr, 112, func(b []byte) {
		c.Field("d_version")
		c.Int(int64(int8(b[0])))
		c.Field("d_flags")
		c.Flags(uint64(b[1]), xlat.XfsQuotaTypes)
		c.Field("d_fieldmask")
		c.Hex(uint64(ple.Uint16(b[2:])))
		c.Field("d_id")
		c.Uint(uint64(ple.Uint32(b[4:])))
		for i, name := range [...]string{"d_blk_hardlimit", "d_blk_softlimit", "d_ino_hardlimit",
			"d_ino_softlimit", "d_bcount", "d_icount"} {
			c.Field(name)
			c.Uint(ple.Uint64(b[8+8*i:]))
		}
		if c.opt == nil || !c.opt.Verbose {
			c.Ellipsis()
			return
		}
		c.Field("d_itimer")
		c.Int32(uint64(ple.Uint32(b[56:])))
		c.Field("d_btimer")
		c.Int32(uint64(ple.Uint32(b[60:])))
		c.Field("d_iwarns")
		c.Uint(uint64(ple.Uint16(b[64:])))
		c.Field("d_bwarns")
		c.Uint(uint64(ple.Uint16(b[66:])))
		c.Field("d_rtb_hardlimit")
		c.Uint(ple.Uint64(b[72:]))
		c.Field("d_rtb_softlimit")
		c.Uint(ple.Uint64(b[80:]))
		c.Field("d_rtbcount")
		c.Uint(ple.Uint64(b[88:]))
		c.Field("d_rtbtimer")
		c.Int32(uint64(ple.Uint32(b[96:])))
		c.Field("d_rtbwarns")
		c.Uint(uint64(ple.Uint16(b[100:])))
	})
}

// fsQuotaStat appends struct fs_quota_stat, or fs_quota_statv with v:
// without -v only the version.
func (c *Call) fsQuotaStat(addr uint64, v bool) {
	size := 80
	if v {
		size = 160
	}
	c.fieldsAt(addr, size, func(b []byte) {
		c.Field("qs_version")
		c.Int(int64(int8(b[0])))
		if c.opt == nil || !c.opt.Verbose {
			c.Ellipsis()
			return
		}
		c.Field("qs_flags")
		c.Flags(uint64(ple.Uint16(b[2:])), xlat.XfsQuotaFlags)
		files := []string{"qs_uquota", "qs_gquota"}
		tail := 56
		if v {
			c.Field("qs_incoredqs")
			c.Uint(uint64(ple.Uint32(b[4:])))
			files = append(files, "qs_pquota")
			tail = 80
		}
		for i, name := range files {
			f := b[8+24*i:]
			c.Field(name)
			c.Struct()
			c.Field("qfs_ino")
			c.Uint(ple.Uint64(f))
			c.Field("qfs_nblks")
			c.Uint(ple.Uint64(f[8:]))
			c.Field("qfs_nextents")
			c.Uint(uint64(ple.Uint32(f[16:])))
			c.End()
		}
		if !v {
			c.Field("qs_incoredqs")
			c.Uint(uint64(ple.Uint32(b[56:])))
			tail = 60
		}
		for i, name := range [...]string{"qs_btimelimit", "qs_itimelimit", "qs_rtbtimelimit"} {
			c.Field(name)
			c.Int32(uint64(ple.Uint32(b[tail+4*i:])))
		}
		c.Field("qs_bwarnlimit")
		c.Uint(uint64(ple.Uint16(b[tail+12:])))
		c.Field("qs_iwarnlimit")
		c.Uint(uint64(ple.Uint16(b[tail+14:])))
	})
}
