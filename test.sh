#!/usr/bin/env bash
# Runs every test: formatting and vet, a static build and a cross-build for
# arm64, and all the tests under the race detector (the differential ones
# need strace installed; with GOSTRACE_REQUIRE_STRACE set they fail instead
# of skipping without it).
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
go test -count=1 -race ./...
