#!/usr/bin/env bash
# Deterministic mode across platforms: the solver, built for amd64, arm64
# (under qemu-aarch64-static), riscv64 (under qemu-riscv64-static) and
# wasip1/wasm (under Node's WASI, internal/wasirun/run.mjs), trains every
# shipped deterministic task on the embedded data (testdata/tasks/*.json with
# "mode": "deterministic" and the fashion-mnist-subset dataset) and must write
# the proof root in testdata/golden/<task>.root;
# the arbiter's one-operator re-execution (examples/reexec), built the same
# four ways, must give the output leaf the native ruling accepted for the
# operators of a tiny-det dispute. One line per platform and check; exits
# non-zero on any mismatch.
# Installs qemu-user-static and nodejs with apt-get if they are missing.
# CROSSARCH_PLATFORMS="amd64 wasm" (say) checks a subset.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PATH:/usr/local/go/bin:$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin"

platforms=${CROSSARCH_PLATFORMS:-amd64 arm64 riscv64 wasm}
for p in $platforms; do
  case "$p" in amd64|arm64|riscv64|wasm) ;; *) echo "unknown platform $p (want amd64 arm64 riscv64 wasm)"; exit 2 ;; esac
done

missing=()
for tool in qemu-aarch64-static:qemu-user-static qemu-riscv64-static:qemu-user-static node:nodejs; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== install: $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $(printf '%s\n' "${missing[@]}" | sort -u)
fi

# json FILE EXPR: EXPR evaluated on the parsed JSON object j (node is needed
# for the wasm runs anyway, and parses JSON properly).
json() { node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval(process.argv[2]) ?? "")' "$1" "$2"; }

# Every deterministic task on the embedded data; one on the full dataset
# (fashion-cnn) is trained natively by .ci/run, since under an emulator it
# would take hours.
tasks=()
for f in testdata/tasks/*.json; do
  if [ "$(json "$f" 'j.mode')" = deterministic ] && [ "$(json "$f" 'j.dataset.name')" = fashion-mnist-subset ]; then tasks+=("$f"); fi
done
[ "${#tasks[@]}" -gt 0 ] || { echo "no deterministic task in testdata/tasks"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== build the solver and reexec for: $platforms"
for p in $platforms; do
  for prog in solver reexec; do
    case "$p" in
      wasm) GOOS=wasip1 GOARCH=wasm go build -o "$work/$prog.wasm" ./examples/$prog ;;
      *) GOOS=linux GOARCH=$p go build -o "$work/$prog.$p" ./examples/$prog ;;
    esac
  done
done

# Go fuses x*y+z on arm64 and riscv64 unless the product is rounded
# explicitly; the deterministic kernels must contain no fused instruction.
for arch in arm64 riscv64; do
  [ -f "$work/solver.$arch" ] || continue
  echo "== no fused multiply-add in the deterministic code on $arch"
  if go tool objdump -s 'prooflearn/prooflearn/(kernels|train|fixed)\.|prooflearn/prooflearn\.(Cos|NewDataOrder|InitialCheckpoint|glorot)' "$work/solver.$arch" | grep -E '\bFN?M(ADD|SUB)[SD]\b'; then
    echo "$arch: fused instructions found in deterministic code"; exit 1
  fi
done

repo=$(pwd)
exe() { # exe PLATFORM PROGRAM ARG...: the program's build for PLATFORM, run
  local platform=$1 prog=$2; shift 2
  case "$platform" in
    amd64) "$work/$prog.amd64" "$@" ;;
    arm64) qemu-aarch64-static "$work/$prog.arm64" "$@" ;;
    riscv64) qemu-riscv64-static "$work/$prog.riscv64" "$@" ;;
    wasm) node --experimental-wasi-unstable-preview1 --no-warnings --no-incremental-marking internal/wasirun/run.mjs \
      --cwd "$repo" --dir "$repo/testdata" --dir "$work" -- "$work/$prog.wasm" "$@" ;;
  esac
}
run() { exe "$1" solver -task "$2" -out "$3" -quiet; } # run PLATFORM TASK OUT

echo "== deterministic roots against testdata/golden"
fail=0
for task in "${tasks[@]}"; do
  name=$(basename "$task" .json)
  golden_file=testdata/golden/$name.root
  if [ ! -f "$golden_file" ]; then
    echo "$name: no $golden_file"; fail=1; continue
  fi
  golden=$(tr -d '[:space:]' <"$golden_file")
  for platform in $platforms; do
    out="$work/proof-$name-$platform"
    start=$SECONDS
    if ! run "$platform" "$task" "$out" >"$work/log" 2>&1; then
      printf '%-8s %-10s FAIL: the solver exited non-zero\n' "$platform" "$name"; sed 's/^/    /' "$work/log"; fail=1; continue
    fi
    root=$(json "$out/manifest.json" 'j.root')
    if [ "$root" = "$golden" ]; then
      printf '%-8s %-10s root %s ok (%ds)\n' "$platform" "$name" "$root" $((SECONDS - start))
    else
      printf '%-8s %-10s root %s MISMATCH, golden %s\n' "$platform" "$name" "$root" "$golden"; fail=1
    fi
    rm -rf "$out"
  done
done

# The arbiter's one-operator re-execution (examples/reexec) on each
# platform: the operator calls of a tiny-det dispute (the disputed momentum
# update and a deterministic matmul of the same step, written by the reexec
# test on this machine with the leaf the native ruling accepted).
echo "== the arbiter's one-operator re-execution (examples/reexec) against the native ruling"
REEXEC_WRITE_CALLS="$work/calls" go test -count=1 -run 'TestReexecMatchesTheNativeRuling/native' ./examples/reexec >"$work/log" 2>&1 ||
  { cat "$work/log"; echo "reexec: writing the operator calls failed"; exit 1; }
for platform in $platforms; do
  for callfile in "$work"/calls/*.call; do
    name=$(basename "$callfile" .call)
    want=$(tr -d '[:space:]' <"${callfile%.call}.want")
    if ! got=$(exe "$platform" reexec -in "$callfile" -quiet 2>"$work/log"); then
      printf '%-8s reexec %-9s FAIL: exited non-zero\n' "$platform" "$name"; sed 's/^/    /' "$work/log"; fail=1; continue
    fi
    if [ "$got" = "$want" ]; then
      printf '%-8s reexec %-9s leaf %s ok\n' "$platform" "$name" "$got"
    else
      printf '%-8s reexec %-9s leaf %s MISMATCH, native ruling %s\n' "$platform" "$name" "$got" "$want"; fail=1
    fi
  done
done

[ "$fail" = 0 ] || { echo "crossarch: deterministic results differ across platforms"; exit 1; }
echo "crossarch: every platform writes the golden root and re-executes to the native ruling"
