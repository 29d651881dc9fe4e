#!/usr/bin/env bash
# Fills target/docker/ for the Dockerfile's `prebuilt` stage: the static
# dsenv (stripped) and a static busybox (Debian: busybox-static).
# Usage: scripts/docker-context.sh [DSENV_BINARY] [BUSYBOX]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/x86_64-unknown-linux-gnu/release/dsenv}
busybox=${2:-/bin/busybox}
file -L "$busybox" | grep -q 'statically linked' || {
  echo "docker-context: $busybox is not a static binary (apt-get install busybox-static)" >&2
  exit 1
}
mkdir -p target/docker
cp "$bin" target/docker/dsenv.tmp
strip target/docker/dsenv.tmp
mv target/docker/dsenv.tmp target/docker/dsenv
cp "$busybox" target/docker/busybox
