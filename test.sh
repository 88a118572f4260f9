#!/usr/bin/env bash
# Runs every test: formatting and vet, a static build and a cross-build (and
# vet) for arm64, all the tests under the race detector (the differential ones
# need strace installed; with GOSTRACE_REQUIRE_STRACE set they fail instead
# of skipping without it; GOSTRACE_HEAVY=1 runs the reliability suite's
# heavy variants), and a short fuzz run.
set -euo pipefail
cd "$(dirname "$0")"
test -z "$(gofmt -l cmd internal)" || { echo "gofmt needed:"; gofmt -l cmd internal; exit 1; }
go vet ./...
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -o "$tmp/gostrace" ./cmd/gostrace
if readelf -l "$tmp/gostrace" | grep -q interpreter; then
  echo "gostrace is not a static binary"; exit 1
fi
GOARCH=arm64 go build ./...
GOARCH=arm64 go vet ./... # compiles the tests too: arm64 has no mkdir, open, ...
go test -count=1 -race ./...

# A short run of every fuzz target (the option parser, the -e parsers, the
# structure decoders), GOSTRACE_FUZZTIME each (-fuzztime's syntax; 0 skips
# it): whatever the input, no panic, a whole line. An input that fails is
# written under the package's testdata/fuzz: commit it with the fix, and it
# stays a test case. The default is a count of inputs, not a duration: with
# a duration, Go 1.26's fuzzing coordinator can report its own deadline as
# the target's failure ("context deadline exceeded", no failing input;
# golang/go#75804, fixed in Go 1.27), which it did here once in a few runs.
fuzztime=${GOSTRACE_FUZZTIME:-10000x}
if [ "$fuzztime" != 0 ]; then
  execs=0
  for dir in $(grep -rl --include='*_test.go' '^func Fuzz' cmd internal | xargs -n1 dirname | sort -u); do
    for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | cut -d' ' -f2); do
      if ! out=$(go test -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" "./$dir" 2>&1); then
        echo "$out"; exit 1
      fi
      n=$(echo "$out" | sed -n 's/.*execs: \([0-9]*\) .*/\1/p' | tail -1)
      execs=$((execs + ${n:-0}))
    done
  done
  echo "fuzz: $execs executions, no failure"
fi
