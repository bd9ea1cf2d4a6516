# SPDX-License-Identifier: GPL-2.0
#
# Sourced by wg_bench.sh and wg_peers.sh in the VM: swapping wireguard.ko
# between arms in one boot. The caller sets dir (where ARM.ko lie) and
# defines run_arm ROUND ARM.

# wg_load_deps: the modules wireguard.ko needs, from the bench kernel's own
# tree; the in-tree wireguard.ko itself is unloaded again.
wg_load_deps() {
	modprobe -d "$dir/modroot" wireguard
	rmmod wireguard
}

# wg_unload SECONDS: rmmod wireguard, retried for up to SECONDS while the
# network namespaces that used it are dismantled, which is asynchronous.
wg_unload() {
	local i
	for ((i = 0; i < $1 * 5; i++)); do
		rmmod wireguard 2>/dev/null && return
		sleep 0.2
	done
	echo "wireguard.ko still in use $1 s after its last user went" >&2
	exit 1
}

# wg_rounds ROUNDS ARM...: run_arm for every arm in each round, in the
# given order on odd rounds and reversed on even ones (A B, B A, ...).
wg_rounds() {
	local rounds=$1 r i arm order reversed=()
	shift
	for ((i = $#; i >= 1; i--)); do
		reversed+=("${!i}")
	done
	for ((r = 1; r <= rounds; r++)); do
		if ((r % 2)); then order=("$@"); else order=("${reversed[@]}"); fi
		for arm in "${order[@]}"; do
			run_arm "$r" "$arm"
		done
	done
}
