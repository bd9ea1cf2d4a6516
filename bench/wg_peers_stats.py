#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Paired ratios of wg_peers.sh runs, then RESULT lines.

Reads the lines "ROUND ARM STEP MS BYTES_PER_PEER THREADS NAPI RTNL_MS"
(the "wgpeers: " prefix removed) on stdin. The arm "base" is the
reference and "series" the whole series; other arms are stages between.
Prints each step's median time and rtnl stall per arm, then, per arm, the
paired ratios arm / base of each round (their median and range) of:

  add_s           the time to add every peer (step "add")
  del_s           the time of the ip link del that removes them ("delete")
  bytes_per_peer  the kernel memory per peer once they are added ("add")
  rtnl_stall      the longest rtnl stall of any step but "idle", which
                  shows the loop's own floor

and RESULT lines for "series".
"""
import statistics
import sys

runs = {}
steps, arms = [], []
for line in sys.stdin:
    rnd, arm, step, ms, bpp, _threads, _napi, rtnl = line.split()
    runs.setdefault((rnd, arm), {})[step] = (int(ms), int(bpp), int(rtnl))
    steps += [step] if step not in steps else []
    arms += [arm] if arm not in arms else []
rounds = sorted({r for r, _ in runs}, key=int)
if "base" not in arms or "series" not in arms:
    sys.exit("no runs of base and series in the input")
arms = ["base"] + [a for a in arms if a != "base"]
for r in rounds:
    for arm in arms:
        if "delete" not in runs.get((r, arm), {}):
            sys.exit(f"round {r}: no complete run of {arm}")

METRICS = {
    "add_s": lambda s: s["add"][0],
    "del_s": lambda s: s["delete"][0],
    "bytes_per_peer": lambda s: s["add"][1],
    "rtnl_stall": lambda s: max(v[2] for k, v in s.items() if k != "idle"),
}


def med(arm, step, i):
    return statistics.median(runs[r, arm][step][i] for r in rounds)


print(f"{len(rounds)} rounds; medians of each step's time and, in (), of "
      "its longest rtnl stall, in ms")
print(f"{'step':<9}" + "".join(f"{a:>22}" for a in arms))
for step in steps:
    print(f"{step:<9}" + "".join(f"{med(a, step, 0):>14.0f} ({med(a, step, 2):>5.0f})"
                                 for a in arms))
print()
results = []
for arm in arms[1:]:
    for name, get in METRICS.items():
        base = [get(runs[r, "base"]) for r in rounds]
        ratio = [get(runs[r, arm]) / b for r, b in zip(rounds, base)]
        m = statistics.median(ratio)
        print(f"{arm:<8} {name:<15} base median {statistics.median(base):>8.0f},"
              f" {arm} / base {m:.3f} [{min(ratio):.3f}-{max(ratio):.3f}]")
        if arm == "series":
            results.append(f"RESULT wgpeers.{name}.vs_base={m:.3f}")
print()
print("\n".join(results))
