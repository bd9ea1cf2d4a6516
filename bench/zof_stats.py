#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Medians and spread of zof_bench runs, then RESULT lines.

Reads lines "KERNEL WORKLOAD MODE VALUE UNIT" (KERNEL: base, patched,
init_on_free) on stdin.
"""
import statistics
import sys

CASES = [("base", "off"), ("patched", "off"), ("patched", "on"),
         ("init_on_free", "off")]

runs, units = {}, {}
for line in sys.stdin:
    kernel, workload, mode, value, unit = line.split()
    runs.setdefault((workload, kernel, mode), []).append(float(value))
    units[workload] = unit

medians = {}
print(f"{'workload':12} {'case':18} {'median':>10} {'min':>10} {'max':>10} {'spread':>7}")
for workload in units:
    for kernel, mode in CASES:
        v = runs.get((workload, kernel, mode))
        if not v:
            sys.exit(f"no runs of {workload} on {kernel}, option {mode}")
        med = statistics.median(v)
        medians[workload, kernel, mode] = med
        print(f"{workload:12} {kernel + ', ' + mode:18} {med:10.1f} {min(v):10.1f} "
              f"{max(v):10.1f} {100 * (max(v) - min(v)) / med:6.1f}%  {units[workload]}")

for workload in units:
    off = medians[workload, "patched", "off"]
    lost_on = 1 - medians[workload, "patched", "on"] / off
    lost_iof = 1 - medians[workload, "init_on_free", "off"] / off
    suffix = "" if workload == "tcp_stream" else "." + workload
    print(f"RESULT zof.off.vs_base{suffix}={off / medians[workload, 'base', 'off']:.3f}")
    cost = f"{lost_on / lost_iof:.3f}" if lost_iof > 0 else "n/a"
    print(f"RESULT zof.on.cost_vs_init_on_free{suffix}={cost}")
