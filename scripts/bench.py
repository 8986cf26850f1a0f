#!/usr/bin/env python3
"""Times, alternating in one run: `shangjia lint` over N generated applications, the Python
reference (../shared/bench/reference_lint.py) over the same folder and scripts/bench_floor.c
(the file work the spec requires, in C, on every core); counts the instructions of one
manifest against a static Swift program that only reads the same files, without Foundation
(callgrind); measures shangjia's peak RSS at N and at 10,000 applications. Prints medians,
ratios against the targets, and the peaks."""
import os, re, shutil, statistics, subprocess, sys, tempfile, time

binary, count, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reference = os.path.join(root, "..", "shared", "bench", "reference_lint.py")
work = tempfile.mkdtemp(prefix="shangjia-bench-")
template = os.path.join(root, "samples", "clean-both")
with open(os.path.join(template, "manifest.json"), encoding="utf-8") as handle:
    template_text = handle.read()


def portfolio(name, applications):
    """`applications` copies of the clean sample, each with its own 应用标识 (files hard-linked)."""
    folder = os.path.join(work, name)
    for index in range(applications):
        target = os.path.join(folder, f"app{index:05d}")
        shutil.copytree(template, target, ignore=shutil.ignore_patterns("expected.json", "manifest.json"), copy_function=os.link)
        with open(os.path.join(target, "manifest.json"), "w", encoding="utf-8") as handle:
            handle.write(template_text.replace('"hz_ybyjs"', f'"hz_app{index:05d}"'))
    return folder


apps = portfolio("apps", count)
files = sorted(os.path.join(d, f) for d, _, names in os.walk(apps) for f in names)

# The floor of the stack: a static Swift program, without Foundation, that reads the files of one app.
floor_source = os.path.join(work, "floor.swift")
with open(floor_source, "w") as handle:
    handle.write("#if canImport(Glibc)\nimport Glibc\n#else\nimport Darwin\n#endif\n"
                 "var buffer = [UInt8](repeating: 0, count: 1 << 16)\nvar total = 0\n"
                 "for path in CommandLine.arguments.dropFirst() {\n"
                 "    let fd = open(path, O_RDONLY)\n    guard fd >= 0 else { continue }\n"
                 "    total += buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }\n"
                 "    close(fd)\n}\nprint(total)\n")
floor_binary = os.path.join(work, "floor")
# Linked the same way as shangjia (static Swift runtime), so the two start alike.
subprocess.run(["swiftc", "-O", "-static-stdlib", floor_source, "-o", floor_binary], check=True, capture_output=True)
# The floor under any linter that meets the spec: the file work alone, in C, on every core.
file_floor_binary = os.path.join(work, "file-floor")
subprocess.run(["cc", "-O2", os.path.join(root, "scripts", "bench_floor.c"), "-o", file_floor_binary, "-lz", "-lpthread"],
               check=True, capture_output=True)
one_app = os.path.join(apps, "app00000")
one_files = sorted(os.path.join(d, f) for d, _, names in os.walk(one_app) for f in names)


def lint(folder):
    return [binary, "lint", "--today", "2026-11-23", "--format", "json", folder]


def run(command):
    start = time.perf_counter()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    return time.perf_counter() - start, code


def peak_rss(command):
    """MiB, from /usr/bin/time in a run of its own: a child's own rusage would also count the
    pages of this Python process it was forked from."""
    measured = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(measured.stderr.strip().splitlines()[-1]) / 1024


def instructions(command):
    """User-space instructions (callgrind), which do not depend on the machine's load."""
    measured = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(re.search(r"Collected : (\d+)", measured.stderr).group(1))


commands = {
    "shangjia": lint(apps),
    "reference": [sys.executable, reference, apps],
    "file-floor": [file_floor_binary, apps, str(os.cpu_count())],
}
times = {name: [] for name in commands}
codes = {}
for _ in range(rounds):
    for name, command in commands.items():
        elapsed, code = run(command)
        times[name].append(elapsed)
        codes[name] = code
median = {name: statistics.median(values) for name, values in times.items()}
one = {"shangjia": instructions(lint(os.path.join(one_app, "manifest.json"))), "swift-floor": instructions([floor_binary] + one_files)}
peaks = {count: peak_rss(lint(apps))}
shutil.rmtree(apps)
peaks[10_000] = peak_rss(lint(portfolio("apps-10000", 10_000)))

print(f"{count} applications, {len(files)} files, {rounds} rounds, {os.cpu_count()} cores")
for name in commands:
    print(f"  {name:12s} median {median[name] * 1000:9.1f} ms   exit {codes[name]}")
print(f"  one manifest: shangjia {one['shangjia']:,} instructions, Swift reader without Foundation {one['swift-floor']:,}")


def verdict(met):
    return "met" if met else "not met"


speedup = median["reference"] / median["shangjia"]
over_floor = median["shangjia"] / median["file-floor"]
one_over_floor = one["shangjia"] / one["swift-floor"]
print(f"reference / shangjia          = {speedup:.2f}x  (target >= 5)    {verdict(speedup >= 5)}")
print(f"shangjia / file floor         = {over_floor:.2f}x  (target <= 1.5)  {verdict(over_floor <= 1.5)}")
print(f"shangjia one / swift reader   = {one_over_floor:.2f}x  (target <= 2, instructions)  {verdict(one_over_floor <= 2)}")
for applications, peak in peaks.items():
    print(f"shangjia peak RSS at {applications:6,} = {peak:.1f} MiB  (target < 64)  {verdict(peak < 64)}")
shutil.rmtree(work)
