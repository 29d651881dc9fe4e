#!/usr/bin/env bash
# The man page and shell completions the Debian package ships, made by the
# binary itself (`dsenv man`, `dsenv completion SHELL`), into target/assets/.
# Usage: scripts/package-assets.sh [DSENV_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/x86_64-unknown-linux-gnu/release/dsenv}
out=target/assets
mkdir -p "$out"
"$bin" man | gzip -9n > "$out/dsenv.1.gz"
"$bin" completion bash > "$out/dsenv.bash"
"$bin" completion zsh > "$out/_dsenv"
"$bin" completion fish > "$out/dsenv.fish"
ls -l "$out"
