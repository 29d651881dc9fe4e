#!/usr/bin/env bash
# Re-vendor every dependency into vendor/, filtered to the platforms we ship.
# Needs the network (crates.io) and cargo-vendor-filterer; commit the result
# on its own. The source replacement is moved aside while cargo fetches.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-vendor-filterer >/dev/null || cargo install --locked cargo-vendor-filterer
mv .cargo/config.toml .cargo/config.toml.off
trap 'mv .cargo/config.toml.off .cargo/config.toml' EXIT
rm -rf vendor
platforms=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-unknown-linux-musl
           aarch64-unknown-linux-musl x86_64-apple-darwin aarch64-apple-darwin)
args=()
for p in "${platforms[@]}"; do args+=(--platform="$p"); done
# Crates' benches are never built or read from vendor/ (tests and examples
# are: sequoia's build script reads tests/data, clap's docs include examples).
args+=(--exclude-crate-path="*#benches")
# --all-features: optional dependencies (the gpg-agent feature) are vendored too.
cargo vendor-filterer --all-features "${args[@]}" vendor >/dev/null
du -sh vendor
