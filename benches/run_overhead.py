#!/usr/bin/env python3
"""Whole-process cost of `dsenv run -- true` against a bare `env -i true`.

Both are timed in the same run, interleaved, so machine noise hits both;
the figure that matters is the difference and the ratio, not the absolute.
A benchmark, not a test: it never fails on time.

usage: benches/run_overhead.py [--runs N] DSENV_BINARY KEY VAULT...
"""
import argparse
import os
import statistics
import subprocess
import time


def timed(argv, env):
    """Wall time (s) and peak RSS (KiB) of one run of argv."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} exited {proc.returncode}")
    return wall, usage.ru_maxrss


def count_secrets(vault):
    with open(vault, encoding="utf-8") as f:
        return sum(1 for line in f if line.startswith('{"type":"secret"'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("dsenv")
    ap.add_argument("key")
    ap.add_argument("vaults", nargs="+")
    args = ap.parse_args()
    env = {"PATH": "/usr/bin:/bin"}
    baseline = ["env", "-i", "true"]
    print(f"{'vault':<28} {'secrets':>7} {'dsenv ms':>9} {'env -i ms':>9} {'diff ms':>8} {'ratio':>6} {'RSS MiB':>8}")
    for vault in args.vaults:
        cmd = [args.dsenv, "-s", "-v", vault, "--key-file", args.key, "run", "--", "true"]
        timed(cmd, env)  # warm the page cache
        ours, base, rss = [], [], []
        for _ in range(args.runs):
            w, r = timed(cmd, env)
            ours.append(w)
            rss.append(r)
            base.append(timed(baseline, env)[0])
        m_ours, m_base = statistics.median(ours) * 1e3, statistics.median(base) * 1e3
        print(f"{os.path.basename(os.path.dirname(vault)) + '/' + os.path.basename(vault):<28} "
              f"{count_secrets(vault):>7} {m_ours:>9.2f} {m_base:>9.2f} {m_ours - m_base:>8.2f} "
              f"{m_ours / m_base:>6.1f} {max(rss) / 1024:>8.1f}")


if __name__ == "__main__":
    main()
