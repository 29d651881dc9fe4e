#!/usr/bin/env bash
# Bounded fuzzing: builds every target once, runs each for FUZZ_SECONDS
# (default 60) from the committed seed corpus, and prints the executions
# per target. Any crash, timeout, leak or allocation over the limits
# fails the script; libFuzzer leaves the input in fuzz/artifacts/<target>/.
#
#   bash fuzz/run.sh                    # CI: 60 s per target
#   FUZZ_SECONDS=600 bash fuzz/run.sh   # `just fuzz`
#   bash fuzz/run.sh dotenv             # some targets only
#
# Stable Rust: cargo-fuzz's default AddressSanitizer build passes
# `-Zsanitizer=address`, which stable rustc refuses ("the option `Z` is
# only accepted on the nightly compiler"). Its coverage instrumentation
# (-Cpasses=sancov-module, -Cllvm-args=-sanitizer-coverage-*, --cfg
# fuzzing) is stable, so the default here is `--sanitizer none`: panics,
# timeouts and memory over -rss_limit_mb are still caught, and dsenv's
# own code is `forbid(unsafe_code)`. FUZZ_SANITIZER=address adds ASan for
# the dependencies' unsafe code; it sets RUSTC_BOOTSTRAP=1 so that stable
# rustc accepts that one unstable flag.
#
# Builds offline from vendor/ (the repository's .cargo/config.toml),
# into target/; new corpus inputs go to target/fuzz-corpus/<target>/
# (not git); fold good ones into fuzz/corpus/ with `cargo fuzz cmin`.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
sanitizer=${FUZZ_SANITIZER:-none}
all_targets=(vault_parser dotenv dotenv_vault armored_key)
targets=("${@:-${all_targets[@]}}")
# The 1000-secret fixture vault is 1.4 MiB: real vaults must fit.
max_len=$((2 * 1024 * 1024))
# One input may take this long (a quadratic parser would exceed it).
timeout_s=${FUZZ_TIMEOUT:-30}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz (crates.io)"
  # From / so that this repository's offline, vendored-only cargo
  # configuration does not apply to the install.
  (cd / && cargo install cargo-fuzz --locked --version 0.13.2)
fi

[ "$sanitizer" = none ] || export RUSTC_BOOTSTRAP=1
# 16 codegen units and no LTO (the release profile's thin LTO would run
# once per target): a much faster build for a slightly slower binary.
export CARGO_PROFILE_RELEASE_LTO=false
build_flags=(--sanitizer "$sanitizer" --codegen-units 16)
echo "== cargo fuzz build (sanitizer: $sanitizer, offline from vendor/)"
start=$(date +%s)
cargo fuzz build "${build_flags[@]}"
echo "== built in $(($(date +%s) - start)) s"

logs=target/fuzz-logs
mkdir -p "$logs"
summary=()
status=0
for t in "${targets[@]}"; do
  corpus=target/fuzz-corpus/$t
  mkdir -p "$corpus"
  dict=()
  [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
  echo "== fuzz $t for ${seconds} s"
  # The scratch corpus comes first: libFuzzer writes new inputs there,
  # and only reads the committed seeds.
  if cargo fuzz run "${build_flags[@]}" "$t" "$corpus" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 \
    -malloc_limit_mb=1024 -timeout="$timeout_s" -print_final_stats=1 \
    "${dict[@]}" >"$logs/$t.log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    tail -n 60 "$logs/$t.log" >&2
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -1)
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$logs/$t.log" | tail -1 || true)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$logs/$t.log" | tail -1 || true)
  summary+=("$(printf '%-13s %-6s executions: %-9s %s | %s' "$t" "$result" "${execs:-?}" "$cov" "${done_line:-no Done line}")")
done

echo "== fuzz summary (${seconds} s per target; logs in $logs/)"
printf '%s\n' "${summary[@]}"
exit "$status"
