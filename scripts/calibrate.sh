#!/usr/bin/env bash
# Recalibrates the thresholds δ a shipped tolerant task carries, and writes
# them into the task file:
#
#   scripts/calibrate.sh testdata/tasks/tiny.json [DATA_DIR]
#
# 1. trains an honest bundle of the task for arm64 and runs it under
#    qemu-aarch64-static (apt-get install qemu-user-static);
# 2. replays every segment of that bundle here (amd64), with thresholds loose
#    enough to measure the cross-platform error rather than judge it;
# 3. profiles the task here (`verifier profile`: GOMAXPROCS 1 and 4×CPUs, the
#    batch reversed, float64 rounding) with the arm64 replays folded in as one
#    more perturbation, and writes δ = 10 × the largest error per metric and
#    kind of state into the task's "delta" (rounded up to 3 digits).
#
# The task's identity (its hash) does not change: δ is not part of it.
# TestShippedThresholdsCalibrated fails when a shipped δ is more than 2×
# what profiling gives.
set -euo pipefail
task=${1:?usage: scripts/calibrate.sh TASK.json [DATA_DIR]}
data=${2:-}
cd "$(dirname "$0")/.."
command -v qemu-aarch64-static >/dev/null || { echo "needs qemu-user-static (apt-get install qemu-user-static)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dataflag=()
[ -n "$data" ] && dataflag=(-data "$data")

GOARCH=arm64 go build -o "$work/solver.arm64" ./examples/solver
go build -o "$work/verifier" ./examples/verifier

echo "== training on arm64 (qemu)"
qemu-aarch64-static "$work/solver.arm64" -task "$task" -out "$work/arm64" -quiet "${dataflag[@]}"

echo "== replaying every arm64 segment on $(go env GOARCH)"
loose=l1=1e9,l2=1e9,linf=1e9,cosine=1,optimizer.l1=1e9,optimizer.l2=1e9,optimizer.linf=1e9,optimizer.cosine=1
"$work/verifier" -task "$task" -proof "$work/arm64" -budget 1 -delta "$loose" -relative 1e9 -min-progress 0 \
  -report "$work/arm64-replay.json" -quiet "${dataflag[@]}" >/dev/null

echo "== profiling"
"$work/verifier" profile -task "$task" -platform-report "arm64=$work/arm64-replay.json" \
  -out "$work/profile.json" -write-delta "$task" -quiet "${dataflag[@]}"
