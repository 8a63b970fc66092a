#!/usr/bin/env bash
# Download size of the widget (raw, gzip -9, brotli -11), where the
# wasm's bytes come from (twiggy by crate, and brotli by part), and the
# same figures for the smallest Yew widget (bench/yew-floor) as a reference.
# Usage: bench/size.sh   (after make build-web; make bench-size)
set -euo pipefail
cd "$(dirname "$0")/.."
# Raw, gzip -9 and brotli -11 of each file: the size test prints them.
node --test tests/e2e/size.test.mjs 2>&1 | sed -n 's/^# \(pkg\/\|cp-\|texts\/\|total\)/\1/p'
# twiggy needs the function names, which the shipped wasm drops: rebuild
# the same bytes with names kept (the cargo output through wasm-bindgen and
# wasm-opt with the flags of Cargo.toml and -g) and group twiggy's items by crate.
wasm=target/wasm-release/wasm32-unknown-unknown/release/cp_estimator.wasm
flags=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
wasm-bindgen --target web --out-dir target/size-names "$wasm"
wasm-opt $flags -g target/size-names/cp_estimator_bg.wasm -o target/size-names/named.wasm
echo
echo "Where the shipped wasm's bytes come from (twiggy top, grouped by crate; raw bytes):"
twiggy top -n 1000000 --format csv target/size-names/named.wasm | python3 bench/twiggy_groups.py
echo
echo "What each part costs in the download (brotli bytes saved if it were removed):"
python3 bench/brotli_groups.py target/size-names/named.wasm

# The reference: the smallest Yew widget (bench/yew-floor), built with the
# same profile, wasm-bindgen and wasm-opt flags. What it weighs, every Yew
# widget pays before its own code and texts.
floor=target/yew-floor
bench/floor.sh
echo
echo "Reference: the smallest Yew widget (bench/yew-floor), same build:"
node -e '
const fs = require("fs"), zlib = require("zlib");
const br = (f) => zlib.brotliCompressSync(fs.readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const w = br(process.argv[1]), j = br(process.argv[2]);
console.log(`  wasm ${w} B + JS glue ${j} B = ${w + j} B brotli (${((w + j) / 1024).toFixed(1)} KB)`);
' "$floor/pkg/yew_floor_bg.wasm" "$floor/pkg/yew_floor.js"
