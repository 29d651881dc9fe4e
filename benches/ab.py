#!/usr/bin/env python3
"""Interleaved A/B timing of whole commands: the quick check behind a change.

Runs each command once per round, round after round, so that machine noise
hits all of them alike, and prints per command the median and minimum wall
time (fork to wait), its ratio to the first command's median, and the mean
user/system CPU and minor page faults of a run (getrusage of the children).
A benchmark, not a test: it fails only when a command exits non-zero.

usage: benches/ab.py ROUNDS CMD... [::: CMD...]...
  benches/ab.py 200 env -i true ::: ./old -v vault run -- true ::: ./new -v vault run -- true

Commands are separated by `:::` (`--` belongs to `dsenv run`). stdin, stdout
and stderr are /dev/null. The full table with the peers is benches/harness.py.
"""
import resource
import statistics
import subprocess
import sys
import time


def split_commands(args):
    commands, current = [], []
    for arg in args:
        if arg == ":::":
            commands.append(current)
            current = []
        else:
            current.append(arg)
    commands.append(current)
    if any(not c for c in commands):
        sys.exit("ab.py: an empty command (two `:::` in a row?)")
    return commands


def run_once(command):
    """Wall ms and the rusage delta of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"ab.py: exit {proc.returncode}: {' '.join(command)}")
    return wall, (after.ru_utime - before.ru_utime) * 1000, \
        (after.ru_stime - before.ru_stime) * 1000, after.ru_minflt - before.ru_minflt


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = split_commands(sys.argv[2:])
    samples = [[] for _ in commands]
    for _ in range(rounds):
        for i, command in enumerate(commands):
            samples[i].append(run_once(command))
    base = statistics.median(s[0] for s in samples[0])
    print(f"{rounds} interleaved rounds; ratio to the first command's median")
    print("median ms   min ms   ratio   user ms   sys ms   minflt  command")
    for command, runs in zip(commands, samples):
        walls = [r[0] for r in runs]
        median = statistics.median(walls)
        user, sys_, flt = (statistics.mean(r[k] for r in runs) for k in (1, 2, 3))
        print(f"{median:9.2f} {min(walls):8.2f} {median / base:7.2f} {user:9.2f} "
              f"{sys_:8.2f} {flt:8.0f}  {' '.join(command)[:80]}")


if __name__ == "__main__":
    main()
