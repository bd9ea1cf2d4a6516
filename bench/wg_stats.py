#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Paired ratios of wg_bench.sh runs, then RESULT lines.

Reads the lines "ROUND ARM TEST RATE UNIT PACKETS BUSY_TICKS CTXT WAKEUPS"
(the "wgbench: " prefix removed) on stdin. Arms: base, base_again (the
same module as base, loaded again: the A/A pair that shows the noise),
batching_only (the batched consumption's first patch alone), no_requeue
(then with workers not requeued while they consume), ptr_ring_batched (the
series on ptr_ring, with the NAPI poll's replay checks and timers batched),
mpmc_batched. Each arm is divided by base of the same round; the table shows the median of those ratios, their geometric mean
with its 95% confidence interval (Student's t on the logarithms, as the
ratios are multiplicative), and the lowest and highest.
"""
import math
import statistics
import sys

USER_HZ = 100
ARMS = ["base_again", "batching_only", "no_requeue", "ptr_ring_batched",
        "mpmc_batched"]
# Student's t, two-sided 95%, by degrees of freedom.
T95 = [None, 12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23,
       2.20, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11, 2.10, 2.09, 2.09]

runs = {}
units = {}
for line in sys.stdin:
    rnd, arm, test, rate, unit, pkts, busy, ctxt, wake = line.split()
    pkts = max(int(pkts), 1)
    units[test] = unit
    runs[rnd, arm, test] = {
        "rate": float(rate),
        "cpu_us": int(busy) * 1e6 / USER_HZ / pkts,
        "ctxt": int(ctxt) / pkts,
        "wakeups": int(wake) / pkts,
    }
rounds = sorted({r for r, _, _ in runs}, key=int)
tests = list(units)
if not rounds:
    sys.exit("no runs in the input")


def ratios(arm, test, metric, over="base"):
    out = []
    for r in rounds:
        a, b = runs.get((r, arm, test)), runs.get((r, over, test))
        if a is None or b is None:
            sys.exit(f"round {r}: no {test} run of {arm} or {over}")
        if b[metric] > 0:
            out.append(a[metric] / b[metric])
    return out


def summary(v):
    """Median, geometric mean, its 95% confidence interval, min, max."""
    logs = [math.log(x) for x in v]
    mean, half = statistics.mean(logs), 0.0
    if len(v) > 1:
        half = T95[min(len(v) - 1, len(T95) - 1)] * statistics.stdev(logs) / len(v) ** 0.5
    return (statistics.median(v), math.exp(mean), math.exp(mean - half),
            math.exp(mean + half), min(v), max(v))


METRICS = [("rate", "throughput"), ("cpu_us", "CPU us/packet"),
           ("ctxt", "switches/packet"), ("wakeups", "wakeups/packet")]

print(f"{len(rounds)} rounds; per arm and round, ratio to base of the same round")
print(f"{'test':6} {'metric':16} {'arm':17} {'base median':>12} {'median':>6} "
      f"{'geomean':>7} {'95% CI':>13} {'min':>6} {'max':>6}")
for test in tests:
    for metric, label in METRICS:
        base = statistics.median(runs[r, "base", test][metric] for r in rounds)
        if metric == "rate":
            label = units[test]
        for arm in ARMS:
            med, geo, lo, hi, mn, mx = summary(ratios(arm, test, metric))
            print(f"{test:6} {label:16} {arm:17} {base:12.3f} {med:6.3f} "
                  f"{geo:7.3f} {lo:6.3f}-{hi:6.3f} {mn:6.3f} {mx:6.3f}")

# Each later step against the one below it.
PAIRS = [("no_requeue", "batching_only"),
         ("ptr_ring_batched", "no_requeue"),
         ("mpmc_batched", "ptr_ring_batched")]
print("\nratio of one arm to another of the same round")
for test in tests:
    for metric, label in METRICS:
        if metric == "rate":
            label = units[test]
        for arm, over in PAIRS:
            med, geo, lo, hi, mn, mx = summary(ratios(arm, test, metric, over))
            print(f"{test:6} {label:16} {arm + '/' + over:34} {med:6.3f} "
                  f"{geo:7.3f} {lo:6.3f}-{hi:6.3f} {mn:6.3f} {mx:6.3f}")

# The series posts ptr_ring_batched (the MPMC ring is held back until it
# measures better): its RESULT lines are plain; the MPMC arm's carry its name,
# against the base and against ptr_ring_batched.
NAMES = [("udp64", "rate", "wg.udp64.pps"), ("tcp1", "rate", "wg.tcp1"),
         ("tcp4", "rate", "wg.tcp4"), ("udp64", "cpu_us", "wg.cpu_per_packet"),
         ("udp64", "wakeups", "wg.wakeups_per_packet")]
for test, metric, name in NAMES:
    print(f"RESULT {name}.vs_base="
          f"{summary(ratios('ptr_ring_batched', test, metric))[0]:.3f}")
    print(f"RESULT {name}.mpmc_batched.vs_base="
          f"{summary(ratios('mpmc_batched', test, metric))[0]:.3f}")
    print(f"RESULT {name}.mpmc_batched.vs_ptr_ring_batched="
          f"{summary(ratios('mpmc_batched', test, metric, 'ptr_ring_batched'))[0]:.3f}")
    for arm, over in PAIRS[:2]:
        print(f"RESULT {name}.{arm}.vs_{over}="
              f"{summary(ratios(arm, test, metric, over))[0]:.3f}")
    print(f"RESULT {name}.aa={summary(ratios('base_again', test, metric))[0]:.3f}")
