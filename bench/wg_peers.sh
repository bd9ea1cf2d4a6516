#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# In the VM of scripts/bench wireguard-peers: swap wireguard.ko between
# arms in one boot and run the many-peers selftest, peers.sh, on each.
#
#   wg_peers.sh ROUNDS PEERS ARM...
#     ARM is the name of DIR/ARM.ko beside this script. Each round runs
#     every arm once, the order reversed on even rounds (A B, B A, ...).
#
# Prints one line per arm, round and step of peers.sh:
#   wgpeers: ROUND ARM STEP MS BYTES_PER_PEER THREADS NAPI_THREADS RTNL_MS
set -euo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
rounds=$1 peers=$2
shift 2
arms=("$@")
. "$dir/wg_arms.sh"
wg_load_deps

run_arm() {
	local round=$1 arm=$2
	insmod "$dir/$arm.ko"
	WG_PEERS=$peers bash "$dir/peers.sh" >/tmp/peers.out 2>&1 || {
		cat /tmp/peers.out
		echo "wgpeers: peers.sh failed on $arm in round $round" >&2
		exit 1
	}
	# "peers: add 1234 ms 5678 B/peer 90 threads 12 napi rtnl max 34 ms"
	awk -v p="wgpeers: $round $arm" \
		'$1 == "peers:" && $4 == "ms" { print p, $2, $3, $5, $7, $9, $13 }' \
		/tmp/peers.out
	wg_unload 60
}

wg_rounds "$rounds" "${arms[@]}"
echo "wgpeers: done"
