#!/usr/bin/env bash
# Regenerates contracts/build (ABI and bytecode) and chain/bindings (Go
# bindings) from contracts/*.sol. The outputs are committed so that a build
# needs neither solc nor abigen; CI runs this script and `git diff --exit-code`.
#
# solc: npm's solc 0.8.37 (solcjs), installed by scripts/solc.sh.
# abigen: go-ethereum v1.17.10's, run through the module cache.
set -euo pipefail
cd "$(dirname "$0")/.."

SOLC_VERSION=0.8.37
ABIGEN="go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10"

# The same solc the zk ruling's verifiers are compiled with (scripts/solc.sh
# installs it once into the cache and prints its path).
solcjs=$(scripts/solc.sh)
have=$("$solcjs" --version)
case "$have" in
"$SOLC_VERSION"+*) ;;
*) echo "contracts.sh: solcjs $have, want $SOLC_VERSION" >&2; exit 1 ;;
esac

out=contracts/build
rm -rf "$out"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One compiler run over every source, optimizer on (200 runs, solc's default).
"$solcjs" --bin --abi --optimize --base-path contracts -o "$tmp" contracts/*.sol >/dev/null
# solcjs names its outputs <file>_sol_<contract>.{abi,bin}; keep the contracts
# the bindings need under their own names.
for c in ProofMarket DisputeGame RulingByArbiter RulingVerifierZK; do
	for ext in abi bin; do
		f=$(ls "$tmp"/*_sol_"$c"."$ext" 2>/dev/null | head -n1 || true)
		[ -n "$f" ] || continue
		cp "$f" "$out/$c.$ext"
	done
done

pkg=bindings
for abi in "$out"/*.abi; do
	c=$(basename "$abi" .abi)
	lower=$(echo "$c" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
	$ABIGEN --abi "$abi" --bin "$out/$c.bin" --pkg "$pkg" --type "$c" --out "chain/bindings/$lower.go"
done
# abigen declares a struct in the binding of every contract that uses it;
# IMarketGame.Spec (DisputeGame.sol) is kept in dispute_game.go only.
awk '/^\/\/ IMarketGameSpec is an auto generated/ {skip=1} skip && /^}$/ {skip=0; getline; next} !skip' \
	chain/bindings/proof_market.go >"$tmp/pm.go"
cp "$tmp/pm.go" chain/bindings/proof_market.go
gofmt -l chain/bindings
