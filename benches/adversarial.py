#!/usr/bin/env python3
"""What a hostile push costs `dsenv validate` and `dsenv run`: adversarial vaults.

Anyone who can push to the repository can make the vault as large and as
awkward as the size caps allow; every CI job then verifies it. This script
builds such vaults in a scratch directory and times `validate` and
`run -- true` on each with one or more dsenv binaries (a benchmark, not a
test: tests/adversarial.rs checks the refusals themselves at small sizes).

The vaults start from a real one made with dsenv itself (`identity create`,
`init vault`, `secret store`) and grow by text edits, the way an attacker
without any member's key would: junk that must be refused, not re-signed
entries.

  junk-identities  N identity entries copied from the root's, fingerprints
                   sharing 32 hex digits with the root's, `signed_by` the
                   root's fingerprint with its last digit changed (a near
                   miss for every prefix comparison), each indexed
  recipients       N junk identities as above and a new value of SECRET_0
                   (the real ciphertext) whose `available_to` lists all of
                   them and the root, sorted, indexed
  value-lines      N small value lines of SECRET_0 (short hex hash and
                   signature, one recipient), indexed: the most data lines
                   the line cap allows (1,000,000) fit in ~170 MiB
  orphan-lines     N junk lines no header index points at
  replays          the real value line of SECRET_0 copied N times, each
                   copy indexed (exact replays)
  identity-copies  the root's identity line copied N times, each copy
                   indexed under a junk fingerprint (a valid key, hash and
                   signature in every copy)
  statements       a chain of N junk identities (each `signed_by` the one
                   before it), then N removals and N certificate updates of
                   the deepest one signed by the top one, and N
                   checkpoints: dsenv's unindexed lines, every one junk

Every command must refuse (exit 6); any other exit code is reported. A
binary that has not finished after --timeout seconds is killed and the cell
reads `> T s`.

usage: benches/adversarial.py [--dsenv BIN]... [--workdir DIR] [--timeout S]
                              [--scale F] [--only NAME,...]
  --dsenv BIN     repeatable (default target/release/dsenv); the first is
                  also the one that makes the base vault
  --scale F       multiply every N (0.1 for a quick look)
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SIZES = {
    "junk-identities": 40_000,
    "recipients": 20_000,
    "value-lines": 999_990,
    "orphan-lines": 999_990,
    "replays": 100_000,
    "identity-copies": 40_000,
    "statements": 40_000,
}


def run_checked(argv, env, stdin=None):
    proc = subprocess.run(argv, env=env, input=stdin, capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"adversarial.py: {' '.join(argv)}: exit {proc.returncode}\n"
                 f"{proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode()


class Base:
    """A one-secret vault made by dsenv: its lines, header and root."""

    def __init__(self, wd, dsenv):
        self.env = dict(os.environ, HOME=wd, XDG_DATA_HOME=wd,
                        XDG_CONFIG_HOME=os.path.join(wd, "cfg"))
        for k in list(self.env):
            if k.startswith("DSENV_"):
                del self.env[k]
        self.key = os.path.join(wd, "root.asc")
        vault = os.path.join(wd, "base.vault")
        if not os.path.exists(vault):
            run_checked([dsenv, "identity", "create", "--no-passphrase", "--name", "Root", "--email",
                         "root@example.com", "--output", self.key], self.env)
            run_checked([dsenv, "-v", vault, "--key-file", self.key, "init", "vault"], self.env)
            run_checked([dsenv, "-v", vault, "--key-file", self.key, "secret", "store",
                         "SECRET_0"], self.env, stdin=b"the real value")
        with open(vault) as f:
            self.lines = f.read().splitlines()
        self.header = json.loads(self.lines[1])
        (self.root, _), = self.header["identities"].items()
        self.identity = json.loads(self.lines[3])
        self.value = json.loads(self.lines[5])

    def vault(self, extra_lines, header):
        return "\n".join(self.lines[:1] + [json.dumps(header, separators=(",", ":"))]
                         + self.lines[2:] + extra_lines) + "\n"


def near_fingerprint(root, i):
    """A fingerprint sharing 32 hex digits with `root`, never equal to it."""
    return root[:32] + "%08X" % (i + 1 if root[32:] == "%08X" % 0 else i)


def near_signer(root):
    """`root` with its last digit changed: equal up to the last byte."""
    return root[:-1] + ("0" if root[-1] != "0" else "1")


def junk_identities(base, n, first_line):
    lines, index = [], {}
    for i in range(n):
        fpr = near_fingerprint(base.root, i)
        entry = {"type": "identity",
                 "data": dict(base.identity["data"], fingerprint=fpr,
                              signed_by=near_signer(base.root))}
        lines.append(json.dumps(entry, separators=(",", ":")))
        index[fpr] = first_line + i
    return lines, index


def make_junk_identities(base, n):
    header = json.loads(json.dumps(base.header))
    lines, index = junk_identities(base, n, len(base.lines) + 1)
    header["identities"].update(index)
    return base.vault(lines, header)


def make_recipients(base, n):
    header = json.loads(json.dumps(base.header))
    lines, index = junk_identities(base, n, len(base.lines) + 1)
    header["identities"].update(index)
    recipients = sorted(list(index) + [base.root], key=lambda f: f.encode())
    value = json.loads(json.dumps(base.value))
    value["data"]["available_to"] = recipients
    lines.append(json.dumps(value, separators=(",", ":")))
    header["secrets"]["SECRET_0"]["values"].append(len(base.lines) + len(lines))
    return base.vault(lines, header)


def make_value_lines(base, n):
    header = json.loads(json.dumps(base.header))
    data = base.value["data"]
    first = len(base.lines) + 1
    template = ('{"type":"value","secret":"SECRET_0","data":{"added_at":"%s",'
                '"available_to":["%s"],"hash":"%%08x","signature":"00","signed_by":"%s",'
                '"value":"AAAA"}}') % (data["added_at"], base.root, base.root)
    lines = [template % i for i in range(n)]
    header["secrets"]["SECRET_0"]["values"].extend(range(first, first + n))
    return base.vault(lines, header)


def make_orphan_lines(base, n):
    return base.vault(['{"type":"value"}'] * n, base.header)


def make_replays(base, n):
    header = json.loads(json.dumps(base.header))
    first = len(base.lines) + 1
    header["secrets"]["SECRET_0"]["values"].extend(range(first, first + n))
    return base.vault([base.lines[5]] * n, header)


def make_identity_copies(base, n):
    header = json.loads(json.dumps(base.header))
    first = len(base.lines) + 1
    for i in range(n):
        header["identities"][near_fingerprint(base.root, i)] = first + i
    return base.vault([base.lines[3]] * n, header)


def make_statements(base, n):
    header = json.loads(json.dumps(base.header))
    first = len(base.lines) + 1
    lines = []
    previous = base.root
    for i in range(n):
        fpr = near_fingerprint(base.root, i)
        entry = {"type": "identity",
                 "data": dict(base.identity["data"], fingerprint=fpr, signed_by=previous)}
        lines.append(json.dumps(entry, separators=(",", ":")))
        header["identities"][fpr] = first + i
        previous = fpr
    top, deepest = near_fingerprint(base.root, 0), previous
    at = base.value["data"]["added_at"]
    for i in range(n):
        lines.append(json.dumps({"type": "removal", "data": {
            "added_at": at, "fingerprint": deepest, "hash": "%08x" % i,
            "signature": "00", "signed_by": top}}, separators=(",", ":")))
        lines.append(json.dumps({"type": "certificate", "data": {
            "added_at": at, "fingerprint": deepest, "hash": "%08x" % i,
            "public_key": base.identity["data"]["public_key"], "signature": "00",
            "signed_by": top}}, separators=(",", ":")))
        lines.append(json.dumps({"type": "checkpoint", "data": {
            "added_at": at, "digest": "00", "hash": "%08x" % i, "lines": i,
            "seq": i + 1, "signature": "00", "signed_by": top}}, separators=(",", ":")))
    return base.vault(lines, header)


MAKERS = {
    "junk-identities": make_junk_identities,
    "recipients": make_recipients,
    "value-lines": make_value_lines,
    "orphan-lines": make_orphan_lines,
    "replays": make_replays,
    "identity-copies": make_identity_copies,
    "statements": make_statements,
}


def time_command(argv, env, timeout):
    """(wall s, user+sys CPU s, exit code or None on timeout, stderr's first line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        code = None
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = err.decode(errors="replace").splitlines()
    return wall, cpu, code, (lines[-1] if lines else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dsenv", action="append")
    ap.add_argument("--workdir")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only")
    args = ap.parse_args()
    binaries = args.dsenv or [os.path.join(REPO, "target", "release", "dsenv")]
    wd = args.workdir or tempfile.mkdtemp(prefix="dsenv-adversarial-")
    os.makedirs(wd, exist_ok=True)
    base = Base(wd, binaries[0])
    names = args.only.split(",") if args.only else list(MAKERS)

    print(f"workdir {wd}; root {base.root}; timeout {args.timeout:.0f} s")
    print("| vault | N | MiB | command | " + " | ".join(binaries) + " |")
    print("|---|---|---|---|" + "---|" * len(binaries))
    for name in names:
        n = max(1, int(SIZES[name] * args.scale))
        path = os.path.join(wd, f"{name}-{n}.vault")
        if not os.path.exists(path):
            with open(path, "w") as f:
                f.write(MAKERS[name](base, n))
        mib = os.path.getsize(path) / 2**20
        for command in (["validate"], ["run", "--", "true"]):
            cells, last = [], ""
            for binary in binaries:
                # A pin from outside the vault, as in CI: no first-use record.
                argv = [binary, "-v", path, "--key-file", base.key,
                        "--trust-root", base.root] + command
                wall, cpu, code, last = time_command(argv, base.env, args.timeout)
                if code is None:
                    cells.append(f"> {args.timeout:.0f} s (killed)")
                else:
                    odd = "" if code == 6 else f" EXIT {code}"
                    cells.append(f"{wall:.2f} s wall, {cpu:.2f} s CPU{odd}")
            print(f"| {name} | {n} | {mib:.0f} | {command[0]} | " + " | ".join(cells) + " |")
            print(f"|   | | | last stderr line | {last[:160]} |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
