#!/usr/bin/env bash
# Builds the size and speed reference, the smallest Yew widget
# (bench/yew-floor), with the widget's profile, wasm-bindgen and wasm-opt
# flags, into target/yew-floor/pkg. Used by size.sh and phone.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
features=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",' | sed 's/-Oz//')
floor=target/yew-floor
cargo build --quiet --locked --release --target wasm32-unknown-unknown \
  --manifest-path bench/yew-floor/Cargo.toml --target-dir "$floor"
wasm-bindgen --target web --no-typescript --out-dir "$floor/pkg" "$floor/wasm32-unknown-unknown/release/yew_floor.wasm"
wasm-opt $features -Oz "$floor/pkg/yew_floor_bg.wasm" -o "$floor/pkg/yew_floor_bg.wasm"
