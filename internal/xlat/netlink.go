package xlat

import "golang.org/x/sys/unix"

// NetlinkFlags are the nlmsg_flags every netlink message may carry, in strace's order.
var NetlinkFlags = &Table{Unknown: "NLM_F_???", Pairs: []Pair{
	{unix.NLM_F_REQUEST, "NLM_F_REQUEST"},
	{unix.NLM_F_MULTI, "NLM_F_MULTI"},
	{unix.NLM_F_ACK, "NLM_F_ACK"},
	{unix.NLM_F_ECHO, "NLM_F_ECHO"},
	{unix.NLM_F_DUMP_INTR, "NLM_F_DUMP_INTR"},
	{unix.NLM_F_DUMP_FILTERED, "NLM_F_DUMP_FILTERED"},
}}

// NetlinkGetFlags are the nlmsg_flags of a get request, after the common ones.
var NetlinkGetFlags = &Table{Unknown: "NLM_F_???", Pairs: []Pair{
	{unix.NLM_F_DUMP, "NLM_F_DUMP"},
	{unix.NLM_F_ROOT, "NLM_F_ROOT"},
	{unix.NLM_F_MATCH, "NLM_F_MATCH"},
	{unix.NLM_F_ATOMIC, "NLM_F_ATOMIC"},
}}

// NetlinkNewFlags are the nlmsg_flags of a new request, after the common ones.
var NetlinkNewFlags = &Table{Unknown: "NLM_F_???", Pairs: []Pair{
	{unix.NLM_F_REPLACE, "NLM_F_REPLACE"},
	{unix.NLM_F_EXCL, "NLM_F_EXCL"},
	{unix.NLM_F_CREATE, "NLM_F_CREATE"},
	{unix.NLM_F_APPEND, "NLM_F_APPEND"},
}}

// NetlinkDeleteFlags are the nlmsg_flags of a delete request, after the common ones.
var NetlinkDeleteFlags = &Table{Unknown: "NLM_F_???", Pairs: []Pair{
	{unix.NLM_F_NONREC, "NLM_F_NONREC"},
	{unix.NLM_F_BULK, "NLM_F_BULK"},
}}

// NetlinkAckFlags are the nlmsg_flags of an NLMSG_ERROR (an acknowledgement), after the common ones.
var NetlinkAckFlags = &Table{Unknown: "NLM_F_???", Pairs: []Pair{
	{unix.NLM_F_CAPPED, "NLM_F_CAPPED"},
	{unix.NLM_F_ACK_TLVS, "NLM_F_ACK_TLVS"},
}}

// NetlinkTypes are the message types every netlink protocol shares.
var NetlinkTypes = &Table{Unknown: "NLMSG_???", Pairs: []Pair{
	{unix.NLMSG_NOOP, "NLMSG_NOOP"},
	{unix.NLMSG_ERROR, "NLMSG_ERROR"},
	{unix.NLMSG_DONE, "NLMSG_DONE"},
	{unix.NLMSG_OVERRUN, "NLMSG_OVERRUN"},
}, wantDense: true}

// RouteTypes are NETLINK_ROUTE's message types.
var RouteTypes = &Table{Unknown: "RTM_???", Pairs: []Pair{
	{unix.RTM_NEWLINK, "RTM_NEWLINK"},
	{unix.RTM_DELLINK, "RTM_DELLINK"},
	{unix.RTM_GETLINK, "RTM_GETLINK"},
	{unix.RTM_SETLINK, "RTM_SETLINK"},
	{unix.RTM_NEWADDR, "RTM_NEWADDR"},
	{unix.RTM_DELADDR, "RTM_DELADDR"},
	{unix.RTM_GETADDR, "RTM_GETADDR"},
	{unix.RTM_NEWROUTE, "RTM_NEWROUTE"},
	{unix.RTM_DELROUTE, "RTM_DELROUTE"},
	{unix.RTM_GETROUTE, "RTM_GETROUTE"},
	{unix.RTM_NEWNEIGH, "RTM_NEWNEIGH"},
	{unix.RTM_DELNEIGH, "RTM_DELNEIGH"},
	{unix.RTM_GETNEIGH, "RTM_GETNEIGH"},
	{unix.RTM_NEWRULE, "RTM_NEWRULE"},
	{unix.RTM_DELRULE, "RTM_DELRULE"},
	{unix.RTM_GETRULE, "RTM_GETRULE"},
	{unix.RTM_NEWQDISC, "RTM_NEWQDISC"},
	{unix.RTM_DELQDISC, "RTM_DELQDISC"},
	{unix.RTM_GETQDISC, "RTM_GETQDISC"},
	{unix.RTM_NEWTCLASS, "RTM_NEWTCLASS"},
	{unix.RTM_DELTCLASS, "RTM_DELTCLASS"},
	{unix.RTM_GETTCLASS, "RTM_GETTCLASS"},
	{unix.RTM_NEWTFILTER, "RTM_NEWTFILTER"},
	{unix.RTM_DELTFILTER, "RTM_DELTFILTER"},
	{unix.RTM_GETTFILTER, "RTM_GETTFILTER"},
	{unix.RTM_NEWACTION, "RTM_NEWACTION"},
	{unix.RTM_DELACTION, "RTM_DELACTION"},
	{unix.RTM_GETACTION, "RTM_GETACTION"},
	{unix.RTM_NEWPREFIX, "RTM_NEWPREFIX"},
	{unix.RTM_NEWMULTICAST, "RTM_NEWMULTICAST"},
	{unix.RTM_DELMULTICAST, "RTM_DELMULTICAST"},
	{unix.RTM_GETMULTICAST, "RTM_GETMULTICAST"},
	{unix.RTM_NEWANYCAST, "RTM_NEWANYCAST"},
	{unix.RTM_DELANYCAST, "RTM_DELANYCAST"},
	{unix.RTM_GETANYCAST, "RTM_GETANYCAST"},
	{unix.RTM_NEWNEIGHTBL, "RTM_NEWNEIGHTBL"},
	{unix.RTM_GETNEIGHTBL, "RTM_GETNEIGHTBL"},
	{unix.RTM_SETNEIGHTBL, "RTM_SETNEIGHTBL"},
	{unix.RTM_NEWNDUSEROPT, "RTM_NEWNDUSEROPT"},
	{unix.RTM_NEWADDRLABEL, "RTM_NEWADDRLABEL"},
	{unix.RTM_DELADDRLABEL, "RTM_DELADDRLABEL"},
	{unix.RTM_GETADDRLABEL, "RTM_GETADDRLABEL"},
	{unix.RTM_GETDCB, "RTM_GETDCB"},
	{unix.RTM_SETDCB, "RTM_SETDCB"},
	{unix.RTM_NEWNETCONF, "RTM_NEWNETCONF"},
	{unix.RTM_DELNETCONF, "RTM_DELNETCONF"},
	{unix.RTM_GETNETCONF, "RTM_GETNETCONF"},
	{unix.RTM_NEWMDB, "RTM_NEWMDB"},
	{unix.RTM_DELMDB, "RTM_DELMDB"},
	{unix.RTM_GETMDB, "RTM_GETMDB"},
	{unix.RTM_NEWNSID, "RTM_NEWNSID"},
	{unix.RTM_DELNSID, "RTM_DELNSID"},
	{unix.RTM_GETNSID, "RTM_GETNSID"},
	{unix.RTM_NEWSTATS, "RTM_NEWSTATS"},
	{unix.RTM_GETSTATS, "RTM_GETSTATS"},
	{unix.RTM_NEWCACHEREPORT, "RTM_NEWCACHEREPORT"},
	{unix.RTM_NEWCHAIN, "RTM_NEWCHAIN"},
	{unix.RTM_DELCHAIN, "RTM_DELCHAIN"},
	{unix.RTM_GETCHAIN, "RTM_GETCHAIN"},
	{unix.RTM_NEWNEXTHOP, "RTM_NEWNEXTHOP"},
	{unix.RTM_DELNEXTHOP, "RTM_DELNEXTHOP"},
	{unix.RTM_GETNEXTHOP, "RTM_GETNEXTHOP"},
	{unix.RTM_NEWLINKPROP, "RTM_NEWLINKPROP"},
	{unix.RTM_DELLINKPROP, "RTM_DELLINKPROP"},
	{unix.RTM_GETLINKPROP, "RTM_GETLINKPROP"},
	{unix.RTM_NEWVLAN, "RTM_NEWVLAN"},
	{unix.RTM_DELVLAN, "RTM_DELVLAN"},
	{unix.RTM_GETVLAN, "RTM_GETVLAN"},
	{unix.RTM_NEWNEXTHOPBUCKET, "RTM_NEWNEXTHOPBUCKET"},
	{unix.RTM_DELNEXTHOPBUCKET, "RTM_DELNEXTHOPBUCKET"},
	{unix.RTM_GETNEXTHOPBUCKET, "RTM_GETNEXTHOPBUCKET"},
}, wantDense: true}

// IfaAttrs are the attributes of NETLINK_ROUTE address messages.
var IfaAttrs = &Table{Unknown: "IFA_???", Pairs: []Pair{
	{unix.IFA_UNSPEC, "IFA_UNSPEC"},
	{unix.IFA_ADDRESS, "IFA_ADDRESS"},
	{unix.IFA_LOCAL, "IFA_LOCAL"},
	{unix.IFA_LABEL, "IFA_LABEL"},
	{unix.IFA_BROADCAST, "IFA_BROADCAST"},
	{unix.IFA_ANYCAST, "IFA_ANYCAST"},
	{unix.IFA_CACHEINFO, "IFA_CACHEINFO"},
	{unix.IFA_MULTICAST, "IFA_MULTICAST"},
	{unix.IFA_FLAGS, "IFA_FLAGS"},
	{unix.IFA_RT_PRIORITY, "IFA_RT_PRIORITY"},
	{unix.IFA_TARGET_NETNSID, "IFA_TARGET_NETNSID"},
	{11, "IFA_PROTO"},
}, wantDense: true}

// IfaFlags are an address's flags (ifa_flags and IFA_FLAGS).
var IfaFlags = &Table{Unknown: "IFA_F_???", Pairs: []Pair{
	{unix.IFA_F_SECONDARY, "IFA_F_SECONDARY"},
	{unix.IFA_F_NODAD, "IFA_F_NODAD"},
	{unix.IFA_F_OPTIMISTIC, "IFA_F_OPTIMISTIC"},
	{unix.IFA_F_DADFAILED, "IFA_F_DADFAILED"},
	{unix.IFA_F_HOMEADDRESS, "IFA_F_HOMEADDRESS"},
	{unix.IFA_F_DEPRECATED, "IFA_F_DEPRECATED"},
	{unix.IFA_F_TENTATIVE, "IFA_F_TENTATIVE"},
	{unix.IFA_F_PERMANENT, "IFA_F_PERMANENT"},
	{unix.IFA_F_MANAGETEMPADDR, "IFA_F_MANAGETEMPADDR"},
	{unix.IFA_F_NOPREFIXROUTE, "IFA_F_NOPREFIXROUTE"},
	{unix.IFA_F_MCAUTOJOIN, "IFA_F_MCAUTOJOIN"},
	{unix.IFA_F_STABLE_PRIVACY, "IFA_F_STABLE_PRIVACY"},
}}

// RoutingScopes are the routing scopes.
var RoutingScopes = &Table{Unknown: "RT_SCOPE_???", Pairs: []Pair{
	{unix.RT_SCOPE_UNIVERSE, "RT_SCOPE_UNIVERSE"},
	{unix.RT_SCOPE_SITE, "RT_SCOPE_SITE"},
	{unix.RT_SCOPE_LINK, "RT_SCOPE_LINK"},
	{unix.RT_SCOPE_HOST, "RT_SCOPE_HOST"},
	{unix.RT_SCOPE_NOWHERE, "RT_SCOPE_NOWHERE"},
}, wantDense: true}
