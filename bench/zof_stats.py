#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Medians and spread of zof_bench runs, ratios per round of boots, then
RESULT lines.

Reads lines "KERNEL BOOT WORKLOAD MODE VALUE UNIT" (KERNEL: base, patched,
init_on_free; BOOT: the round of boots) on stdin. A ratio compares the
medians of two boots of the same round; its median over the rounds is the
RESULT, printed with its range.
"""
import statistics
import sys

CASES = [("base", "off"), ("patched", "off"), ("patched", "on"),
         ("init_on_free", "off")]

runs, units, boots = {}, {}, set()
for line in sys.stdin:
    kernel, boot, workload, mode, value, unit = line.split()
    runs.setdefault((workload, kernel, mode, boot), []).append(float(value))
    units[workload] = unit
    boots.add(boot)
boots = sorted(boots, key=int)


def median(workload, kernel, mode, boot=None):
    v = [x for b in ([boot] if boot else boots)
         for x in runs.get((workload, kernel, mode, b), [])]
    if not v:
        sys.exit(f"no runs of {workload} on {kernel}, option {mode}"
                 + (f", boot {boot}" if boot else ""))
    return statistics.median(v), v


print(f"{'workload':13} {'case':18} {'median':>9} {'min':>9} {'max':>9} {'spread':>7}")
for workload in units:
    for kernel, mode in CASES:
        med, v = median(workload, kernel, mode)
        print(f"{workload:13} {kernel + ', ' + mode:18} {med:9.1f} {min(v):9.1f} "
              f"{max(v):9.1f} {100 * (max(v) - min(v)) / med:6.1f}%  {units[workload]}")


def cost(workload, boot):
    """Share of what init_on_free=1 loses that the option loses"""
    off = median(workload, "patched", "off", boot)[0]
    lost_on = 1 - median(workload, "patched", "on", boot)[0] / off
    lost_iof = 1 - median(workload, "init_on_free", "off", boot)[0] / off
    return lost_on / lost_iof if lost_iof > 0 else None


print(f"\n{'ratio, per round of boots':45} {'median':>7}  range")
results = []
for workload in units:
    suffix = "" if workload == "tcp_stream" else "." + workload
    vs_base = [median(workload, "patched", "off", b)[0] /
               median(workload, "base", "off", b)[0] for b in boots]
    costs = [c for c in (cost(workload, b) for b in boots) if c is not None]
    for name, vals in ((f"zof.off.vs_base{suffix}", vs_base),
                       (f"zof.on.cost_vs_init_on_free{suffix}", costs)):
        if len(vals) < len(boots):
            print(f"{name:45} {'n/a':>7}  (init_on_free=1 lost nothing in a round)")
            results.append(f"RESULT {name}=n/a")
            continue
        med = statistics.median(vals)
        print(f"{name:45} {med:7.3f}  [{min(vals):.3f}-{max(vals):.3f}]")
        results.append(f"RESULT {name}={med:.3f}")
print()
print("\n".join(results))
