#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Medians and spread of afalg_bench runs, the option's ratio per run, then
RESULT lines.

Reads lines "RUN SIZE MODE MB/s" on stdin. Both modes of a run are
measured back to back in one boot, so a ratio is taken within a run; its
median over the runs is the RESULT, printed with its range.
"""
import statistics
import sys

runs = {}
for line in sys.stdin:
    run, size, mode, mbps = line.split()
    runs[(int(size), mode, run)] = float(mbps)
sizes = sorted({s for s, _, _ in runs})
ids = sorted({r for _, _, r in runs}, key=int)
if not ids:
    sys.exit("no afalg_bench runs")

print(f"{'request':>8} {'option':>6} {'median':>8} {'min':>8} {'max':>8} {'spread':>7}")
for size in sizes:
    for mode in ("off", "on"):
        v = [runs[(size, mode, r)] for r in ids]
        med = statistics.median(v)
        print(f"{size // 1024:>6} K {mode:>6} {med:8.1f} {min(v):8.1f} {max(v):8.1f} "
              f"{100 * (max(v) - min(v)) / med:6.1f}%  MB/s")

print(f"\n{'ratio on/off, per run':28} {'median':>7}  range")
results = []
for size in sizes:
    name = f"afalg.on.vs_off.{size // 1024}k"
    v = [runs[(size, "on", r)] / runs[(size, "off", r)] for r in ids]
    med = statistics.median(v)
    print(f"{name:28} {med:7.3f}  [{min(v):.3f}-{max(v):.3f}]")
    results.append(f"RESULT {name}={med:.3f}")
print()
print("\n".join(results))
