#!/bin/sh
# Installs solc-js 0.8.37 from npm into the prooflearn cache (once) and prints
# the path of its solcjs, which the zkruling tests compile the exported
# Groth16 verifiers with:
#
#	PROOFLEARN_SOLCJS=$(scripts/solc.sh) go test ./zkruling/
set -eu
version=0.8.37
dir=${PROOFLEARN_SOLC_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/prooflearn/solc}
bin=$dir/node_modules/.bin/solcjs
have=$("$bin" --version 2>/dev/null | cut -d+ -f1 || true)
if [ "$have" != "$version" ]; then
	mkdir -p "$dir"
	npm install --prefix "$dir" --no-audit --no-fund "solc@$version" >&2
fi
echo "$bin"
