package filter

import (
	"math"
	"sort"
)

// FdSet is a set of file descriptors, as -e read= and -e write= select
// them. Descriptors go up to INT_MAX, so the set is a sorted list plus a
// sign rather than a bitmap.
type FdSet struct {
	fds []int32
	neg bool
}

// Has reports whether fd is in the set.
func (s *FdSet) Has(fd int) bool {
	if s == nil || fd < 0 || fd > math.MaxInt32 {
		return false
	}
	i := sort.Search(len(s.fds), func(i int) bool { return s.fds[i] >= int32(fd) })
	found := i < len(s.fds) && s.fds[i] == int32(fd)
	return found != s.neg
}

// Empty reports whether no descriptor is in the set.
func (s *FdSet) Empty() bool { return s == nil || (!s.neg && len(s.fds) == 0) }

// ParseFdSet compiles -e read= and -e write=: descriptors 0 to INT_MAX,
// "all", "none", and '!'.
func ParseFdSet(expr string) (*FdSet, error) {
	s := &FdSet{}
	seen := map[int32]bool{}
	err := parseList(expr, func(item string) bool {
		fd, ok := ParseDecimal(item, 0, math.MaxInt32)
		if ok && !seen[int32(fd)] {
			seen[int32(fd)] = true
			s.fds = append(s.fds, int32(fd))
		}
		return ok
	}, func() { s.neg = !s.neg }, "invalid descriptor '%s'")
	if err != nil {
		return nil, err
	}
	sort.Slice(s.fds, func(i, j int) bool { return s.fds[i] < s.fds[j] })
	return s, nil
}
