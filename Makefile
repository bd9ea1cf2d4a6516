# SPDX-License-Identifier: GPL-2.0
# Thin entry points over scripts/ (see README).

.PHONY: all check check-all check-series bench apply export send

# Base tree, series applied, test kernels built.
all:
	scripts/all

# Static checks, KUnit (UML and the x86_64 VM), kselftests in the VM.
check: all
	scripts/test

# check, plus Coccinelle on the touched files, the KUnit suites on big-endian
# ppc64 and under KCSAN and lockdep, and SO_ZERO_ON_FREE's tests under KASAN.
check-all: all
	scripts/test --static --cocci --litmus --kunit --vm --be --kcsan --kasan --lockdep

# Static checks with both kernels built after every patch.
check-series: all
	scripts/check --series

# The benchmarks (scripts/bench); not part of check.
bench: all
	scripts/bench ring
	scripts/bench zero-on-free
	scripts/bench af-alg
	scripts/bench wireguard
	scripts/bench wireguard-model
	scripts/bench wireguard-peers

apply:
	scripts/apply

export:
	scripts/export

# Every posting of postings/ as mails, a dry run (scripts/send NAME sends one).
send:
	scripts/send --all
