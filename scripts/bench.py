#!/usr/bin/env python3
"""Times, alternating in one run: `shangjia lint` over N generated applications, the Python
reference (../shared/bench/reference_lint.py) over the same folder, `cat` of every file (the
I/O floor) and scripts/bench_floor.c (the file work the spec requires, in C, on every core);
then one manifest against a Swift program that only starts Foundation and reads the same files.
Prints medians, ratios and peak RSS."""
import os, shutil, statistics, subprocess, sys, tempfile, time

binary, count, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reference = os.path.join(root, "..", "shared", "bench", "reference_lint.py")
work = tempfile.mkdtemp(prefix="shangjia-bench-")
apps = os.path.join(work, "apps")

template = os.path.join(root, "samples", "clean-both")
for index in range(count):
    target = os.path.join(apps, f"app{index:04d}")
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("expected.json"))
    path = os.path.join(target, "manifest.json")
    with open(path, encoding="utf-8") as handle:
        text = handle.read().replace('"hz_ybyjs"', f'"hz_app{index:04d}"')
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
files = sorted(os.path.join(d, f) for d, _, names in os.walk(apps) for f in names)

# The floor of the stack: a Swift executable that starts Foundation and reads the files of one app.
floor_source = os.path.join(work, "floor.swift")
with open(floor_source, "w") as handle:
    handle.write("import Foundation\nvar total = 0\nfor path in CommandLine.arguments.dropFirst() {\n"
                 "    total += FileManager.default.contents(atPath: path)?.count ?? 0\n}\nprint(total)\n")
floor_binary = os.path.join(work, "floor")
# Linked the same way as shangjia (static Swift runtime and Foundation), so the two start alike.
subprocess.run(["swiftc", "-O", "-static-stdlib", floor_source, "-o", floor_binary], check=True, capture_output=True)
# The floor under any linter that meets the spec: the file work alone, in C, on every core.
file_floor_binary = os.path.join(work, "file-floor")
subprocess.run(["cc", "-O2", os.path.join(root, "scripts", "bench_floor.c"), "-o", file_floor_binary, "-lz", "-lpthread"],
               check=True, capture_output=True)
one_app = os.path.join(apps, "app0000")
one_files = sorted(os.path.join(d, f) for d, _, names in os.walk(one_app) for f in names)

def run(command):
    start = time.perf_counter()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    return time.perf_counter() - start, code

def peak_rss(command):
    """MiB, from /usr/bin/time in a run of its own: a child's own rusage would also count the
    pages of this Python process it was forked from."""
    measured = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(measured.stderr.strip().splitlines()[-1]) / 1024

commands = {
    "shangjia": [binary, "lint", "--today", "2026-11-23", "--format", "json", apps],
    "reference": [sys.executable, reference, apps],
    "cat": ["cat"] + files,
    "file-floor": [file_floor_binary, apps, str(os.cpu_count())],
    "shangjia-one": [binary, "lint", "--today", "2026-11-23", "--format", "json", os.path.join(one_app, "manifest.json")],
    "swift-floor-one": [floor_binary] + one_files,
}
times = {name: [] for name in commands}
codes = {}
for _ in range(rounds):
    for name, command in commands.items():
        elapsed, code = run(command)
        times[name].append(elapsed)
        codes[name] = code
peaks = {name: peak_rss(command) for name, command in commands.items()}

median = {name: statistics.median(values) for name, values in times.items()}
print(f"{count} applications, {len(files)} files, {rounds} rounds, {os.cpu_count()} cores")
for name in commands:
    print(f"  {name:16s} median {median[name] * 1000:9.1f} ms   peak RSS {peaks[name]:7.1f} MiB   exit {codes[name]}")


def verdict(met):
    return "met" if met else "not met"

speedup = median["reference"] / median["shangjia"]
over_floor = median["shangjia"] / median["cat"]
one_over_floor = median["shangjia-one"] / median["swift-floor-one"]
print(f"reference / shangjia        = {speedup:.2f}x  (target >= 5)   {verdict(speedup >= 5)}")
print(f"shangjia / cat floor        = {over_floor:.2f}x  (target <= 3)   {verdict(over_floor <= 3)}")
# Even a linter that cost nothing but this file work could not be faster than the reference by more.
print(f"reference / file floor      = {median['reference'] / median['file-floor']:.2f}x  (the most any linter could reach)")
print(f"shangjia one / swift floor  = {one_over_floor:.2f}x  (target <= 2)   {verdict(one_over_floor <= 2)}")
print(f"shangjia peak RSS           = {peaks['shangjia']:.1f} MiB  (target < 64)  {verdict(peaks['shangjia'] < 64)}")
shutil.rmtree(work)
