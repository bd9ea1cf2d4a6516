#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# In the VM of scripts/bench wireguard: swap wireguard.ko between arms in
# one boot and measure each through a tunnel between two network
# namespaces joined by veth.
#
#   wg_bench.sh ROUNDS SECONDS ARM...
#     ARM is the name of DIR/ARM.ko beside this script. The first arm is
#     the base. Each round runs every arm once, the order reversed on even
#     rounds (A B C, C B A, ...), after a warm-up run of the first arm that
#     is not reported.
#
# Prints one line per arm, round and test:
#   wgbench: ROUND ARM TEST RATE UNIT PACKETS BUSY_TICKS CTXT WAKEUPS
# PACKETS counts the packets both ends decrypted, BUSY_TICKS the CPU time
# of all CPUs in USER_HZ ticks, CTXT the context switches and WAKEUPS the
# task wake-ups (schedstat ttwu_count) over the test.
set -euo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
rounds=$1 secs=$2
shift 2
arms=("$@")
. "$dir/wg_arms.sh"
wg_load_deps
sysctl -qw kernel.sched_schedstats=1

ns() { ip netns exec "$@"; }

setup() {
	local k1 k2
	ip netns add ns1
	ip netns add ns2
	ip -n ns1 link set lo up
	ip -n ns2 link set lo up
	ip -n ns1 link add veth0 type veth peer name veth0 netns ns2
	ip -n ns1 addr add 192.168.0.1/24 dev veth0
	ip -n ns2 addr add 192.168.0.2/24 dev veth0
	ip -n ns1 link set veth0 up
	ip -n ns2 link set veth0 up
	k1=$(wg genkey)
	k2=$(wg genkey)
	echo "$k1" >/tmp/k1
	echo "$k2" >/tmp/k2
	ip -n ns1 link add wg0 type wireguard
	ip -n ns2 link add wg0 type wireguard
	ns ns1 wg set wg0 private-key /tmp/k1 listen-port 1 \
		peer "$(echo "$k2" | wg pubkey)" allowed-ips 10.0.0.2/32 endpoint 192.168.0.2:2
	ns ns2 wg set wg0 private-key /tmp/k2 listen-port 2 \
		peer "$(echo "$k1" | wg pubkey)" allowed-ips 10.0.0.1/32 endpoint 192.168.0.1:1
	ip -n ns1 addr add 10.0.0.1/24 dev wg0
	ip -n ns2 addr add 10.0.0.2/24 dev wg0
	ip -n ns1 link set wg0 up
	ip -n ns2 link set wg0 up
	ns ns1 ping -q -c 1 -W 10 10.0.0.2 >/dev/null
}

teardown() {
	ip netns del ns1
	ip netns del ns2
	wg_unload 20
}

# counters: decrypted packets, busy ticks, context switches, wake-ups.
counters() {
	local p1 p2
	p1=$(ns ns1 cat /sys/class/net/wg0/statistics/rx_packets)
	p2=$(ns ns2 cat /sys/class/net/wg0/statistics/rx_packets)
	echo $((p1 + p2)) \
		"$(awk '/^cpu /{b = $2 + $3 + $4 + $7 + $8} /^ctxt /{c = $2} END{print b, c}' /proc/stat)" \
		"$(awk '/^cpu[0-9]/{n += $6} END{print n}' /proc/schedstat)"
}

# measure ROUND ARM TEST UNIT CMD...: CMD prints the rate.
measure() {
	local round=$1 arm=$2 test=$3 unit=$4 before after rate
	shift 4
	read -r -a before <<<"$(counters)"
	rate=$("$@")
	read -r -a after <<<"$(counters)"
	[ "$round" = warmup ] && return
	echo "wgbench: $round $arm $test $rate $unit $((after[0] - before[0]))" \
		"$((after[1] - before[1])) $((after[2] - before[2])) $((after[3] - before[3]))"
}

udp64() {
	local sink
	ns ns2 "$dir/wg_udp" sink 10.0.0.2 5000 "$secs" >/tmp/sink &
	sink=$!
	sleep 0.5
	ns ns1 "$dir/wg_udp" flood 10.0.0.2 5000 $((secs + 1))
	wait "$sink"
	awk -v s="$secs" '{printf "%d\n", $1 / s}' /tmp/sink
}

# tcp STREAMS: iperf3's receiver throughput in Mbit/s.
tcp() {
	ns ns2 iperf3 -s -1 -D -I /tmp/iperf3.pid
	sleep 0.5
	ns ns1 iperf3 -c 10.0.0.2 -t "$secs" -P "$1" -f m |
		awk '/receiver/ {r = $(NF - 2)} END {print r}'
}

run_arm() {
	local round=$1 arm=$2
	insmod "$dir/$arm.ko"
	setup
	measure "$round" "$arm" udp64 pps udp64
	measure "$round" "$arm" tcp1 Mbit/s tcp 1
	measure "$round" "$arm" tcp4 Mbit/s tcp 4
	teardown
}

run_arm warmup "${arms[0]}"
wg_rounds "$rounds" "${arms[@]}"
echo "wgbench: done"
