#!/usr/bin/env python3
"""Licence and source check of every dependency, offline, against vendor/.

Reads `cargo metadata --offline --locked --all-features` (every package the
lockfile resolves, the gpg-agent feature's included) and fails if a package

- has no SPDX `license` expression, or one not satisfiable with the allowed
  licences of .ci/licenses.toml (plus that crate's reviewed exceptions), or
- comes from anywhere but crates.io (vendored), or is a path package outside
  this repository.

Then prints how many packages use each licence expression, and which crates
come in several versions (reported, not an error).

Why not cargo-deny: `cargo install cargo-deny --locked` builds ~200 crates
(gix, ring, ...) on every fresh CI machine, many minutes on two cores, to do
what these checks need; its advisories check would need the RustSec database,
a git repository that CI cannot reach (see the README). This script needs
only cargo and python3.
"""

import json
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tokens(expr):
    """SPDX tokens; the legacy `/` separator (`MIT/Apache-2.0`) means OR."""
    return re.findall(r"\(|\)|[^\s()/]+|/", expr.replace("/", " / "))


def satisfiable(expr, allowed):
    """Whether the SPDX expression can be met using only `allowed` licences.

    Grammar: or := and (("OR" | "/") and)*; and := atom ("AND" atom)*;
    atom := "(" or ")" | ID ["WITH" ID]. Raises ValueError on bad syntax.
    """
    toks = tokens(expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def atom():
        tok = peek()
        if tok is None or tok in (")", "/", "OR", "AND", "WITH"):
            raise ValueError(f"unexpected {tok!r} in {expr!r}")
        take()
        if tok == "(":
            value = any_of()
            if take_if(")") is None:
                raise ValueError(f"unbalanced parentheses in {expr!r}")
            return value
        if peek() == "WITH":
            take()
            tok = f"{tok} WITH {take()}"
        return tok in allowed

    def take_if(tok):
        return take() if peek() == tok else None

    def all_of():
        value = atom()
        while peek() == "AND":
            take()
            value = atom() and value
        return value

    def any_of():
        value = all_of()
        while peek() in ("OR", "/"):
            take()
            value = all_of() or value
        return value

    result = any_of()
    if peek() is not None:
        raise ValueError(f"trailing {peek()!r} in {expr!r}")
    return result


def main():
    with open(os.path.join(ROOT, ".ci", "licenses.toml"), "rb") as f:
        policy = tomllib.load(f)
    allow = set(policy["allow"])
    exceptions = policy.get("exceptions", {})
    registries = set(policy["sources"]["allow-registry"])

    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--offline", "--locked", "--all-features",
             "--format-version", "1"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    members = set(metadata["workspace_members"])

    errors = []
    by_licence = Counter()
    versions = defaultdict(set)
    used_exceptions = set()
    for p in metadata["packages"]:
        name = f"{p['name']} {p['version']}"
        versions[p["name"]].add(p["version"])
        source = p.get("source")
        if source is None:
            inside = os.path.realpath(p["manifest_path"]).startswith(ROOT + os.sep)
            if p["id"] not in members or not inside:
                errors.append(f"{name}: a path dependency outside this workspace")
        elif source not in registries:
            errors.append(f"{name}: from {source}, not crates.io (vendor/)")
        if p["id"] in members:
            continue  # ours; publish = false
        expr = p.get("license")
        if not expr:
            errors.append(f"{name}: no SPDX `license` field (license-file only)")
            continue
        by_licence[expr] += 1
        extra = set(exceptions.get(p["name"], []))
        try:
            if satisfiable(expr, allow):
                continue
            if satisfiable(expr, allow | extra):
                used_exceptions.add(p["name"])
                continue
            errors.append(f"{name}: licence {expr!r} is not allowed (.ci/licenses.toml)")
        except ValueError as e:
            errors.append(f"{name}: {e}")

    for stale in sorted(set(exceptions) - used_exceptions):
        errors.append(f"{stale}: exception in .ci/licenses.toml that no package needs")

    third_party = sum(by_licence.values())
    print(f"licences: {third_party} third-party packages, {len(members)} workspace members")
    for expr, n in sorted(by_licence.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4}  {expr}")
    dupes = {n: sorted(v) for n, v in versions.items() if len(v) > 1}
    if dupes:
        print("several versions (allowed): "
              + ", ".join(f"{n} {'/'.join(v)}" for n, v in sorted(dupes.items())))
    if errors:
        print(f"licences: FAILED, {len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print("licences: OK (every package from crates.io, every licence allowed)")
    return 0


def self_test():
    """The expression evaluator on the shapes found in Cargo.toml files."""
    allow = {"MIT", "Apache-2.0", "Unicode-3.0", "Apache-2.0 WITH LLVM-exception"}
    cases = {
        "MIT": True,
        "MIT/Apache-2.0": True,
        "GPL-3.0-only": False,
        "GPL-3.0-only OR MIT": True,
        "(MIT OR Apache-2.0) AND Unicode-3.0": True,
        "(MIT OR Apache-2.0) AND NCSA": False,
        "Apache-2.0 WITH LLVM-exception": True,
        "GPL-2.0 WITH Classpath-exception-2.0": False,
        "MIT AND (GPL-3.0-only OR LGPL-3.0-only)": False,
    }
    for expr, want in cases.items():
        got = satisfiable(expr, allow)
        assert got == want, f"{expr}: {got}, expected {want}"
    for bad in ["MIT OR", "(MIT", "MIT Apache-2.0", "AND MIT"]:
        try:
            satisfiable(bad, allow)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} should be a syntax error")


if __name__ == "__main__":
    self_test()
    sys.exit(main())
