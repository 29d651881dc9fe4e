#!/usr/bin/env bash
# Rebuilds the committed seed corpus (fuzz/corpus/<target>/) from the
# shared fixtures and examples/. Run it when the fixtures change; commit
# the result. Inputs the fuzzer finds later are kept out of git (see
# fuzz/run.sh); fold good ones in with `cargo fuzz cmin`.
set -euo pipefail
cd "$(dirname "$0")/.."
fx=../shared/fixtures
out=fuzz/corpus
rm -rf "$out"
mkdir -p "$out"/{vault_parser,dotenv,dotenv_vault,armored_key}

# vault_parser: every fixture vault, tampered ones included, and the
# 1000-secret benchmark vault (1.4 MiB, the largest real input).
for v in basic team edge; do cp "$fx/dotsecenv/$v/vault" "$out/vault_parser/$v.vault"; done
cp "$fx/dotsecenv/edge/oversize-line.vault" "$out/vault_parser/"
cp "$fx/dotsecenv/bench/vault-100" "$out/vault_parser/bench-100.vault"
cp "$fx/dotsecenv/bench/vault-1000" "$out/vault_parser/bench-1000.vault"
for t in "$fx"/dotsecenv/tampered/*.vault; do cp "$t" "$out/vault_parser/tampered-$(basename "$t")"; done
cp examples/demo/vault "$out/vault_parser/demo.vault"
# A version 1 header (identities as [fingerprint, line] pairs) with no data.
printf '# === VAULT HEADER v1 ===\n{"version":1,"identities":[],"secrets":{}}\n# === VAULT DATA ===\n' \
  >"$out/vault_parser/empty-v1.vault"

# dotenv: the plaintext sources of the Dotenv Vault fixture, plus the
# interpolation and quoting the tests use.
for e in .env .env.production .env.ci; do cp "$fx/dotenv-vault/sources/$e" "$out/dotenv/sources$e"; done
printf 'BASE=/srv\nexport BIN=${BASE}/bin\nFROM_PARENT=${HOME}/x\nQUOTED="two\nlines" # comment\n' \
  >"$out/dotenv/interpolation.env"
cat >"$out/dotenv/escapes.env" <<'END'
A="back\\slash \n \$HOME \' \""
B='it is $literal'
C=$A$B${A}
# comment
export D=spaced # trailing comment
END

# dotenv_vault: `DOTENV_KEY` on the first line, the .env.vault file after.
key() { grep "^DOTENV_KEY_$1=" "$fx/dotenv-vault/.env.keys" | cut -d'"' -f2; }
for env in DEVELOPMENT CI PRODUCTION; do
  { key "$env"; cat "$fx/dotenv-vault/.env.vault"; } >"$out/dotenv_vault/${env,,}"
done
{ key PRODUCTION; cat "$fx/dotenv-vault/tampered.env.vault"; } >"$out/dotenv_vault/tampered-production"
# Key rotation: a wrong key first, then the right one.
{ printf '%s,%s\n' "$(key CI | sed 's/environment=ci/environment=production/')" "$(key PRODUCTION)"
  cat "$fx/dotenv-vault/.env.vault"; } >"$out/dotenv_vault/rotation"

# armored_key: every test key, secret and public, and the demo key.
for k in "$fx"/dotsecenv/keys/*.asc; do cp "$k" "$out/armored_key/"; done
cp examples/demo/demo.key "$out/armored_key/demo.sec.asc"

du -sh "$out"/*
