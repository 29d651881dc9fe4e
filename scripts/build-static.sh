#!/usr/bin/env bash
# The static release binary: glibc's static libc (crt-static; musl is not
# needed), for FROM scratch images and the Debian package. --target keeps
# build scripts and proc-macros dynamic. Output:
#   target/x86_64-unknown-linux-gnu/release/dsenv
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTFLAGS='-C target-feature=+crt-static' \
  cargo build --release --offline --frozen --target x86_64-unknown-linux-gnu
bin=target/x86_64-unknown-linux-gnu/release/dsenv
file "$bin"
if ldd "$bin" >/dev/null 2>&1 && ! ldd "$bin" 2>&1 | grep -q 'statically linked'; then
  echo "build-static: $bin is dynamically linked:" >&2
  ldd "$bin" >&2
  exit 1
fi
ls -l "$bin"
