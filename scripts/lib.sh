# SPDX-License-Identifier: GPL-2.0
# Shared helpers for the scripts in this directory; sourced, not run.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
LINUX=${LINUX:-$BUILD/linux}
LOGS=$BUILD/logs
BASE_BRANCH=zof-base
WORK_BRANCH=zof-series
# Debian's package of the base tree, and the Debian suite that carries it.
KPKG=linux-source-7.3
KSUITE=trixie-backports

mkdir -p "$LOGS"
T0=${T0:-$(date +%s)}
export T0

elapsed() { local s=$(($(date +%s) - T0)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
say() { printf '[%s] %s\n' "$(elapsed)" "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# run_logged NAME CMD...: run CMD with its output in $LOGS/NAME.log; on
# failure show the log's tail and stop.
run_logged() {
	local name=$1 log=$LOGS/$1.log
	shift
	say "$name: $* (log: $log)"
	if ! "$@" >"$log" 2>&1; then
		tail -n 40 "$log" >&2
		die "$name failed; full log: $log"
	fi
}

# need_pkgs PKG...: install the Debian packages that are missing, or name them.
need_pkgs() {
	local missing=() p
	for p in "$@"; do
		[[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == *"ok installed" ]] ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] ||
		die "missing packages: ${missing[*]}; run: sudo apt-get install --no-install-recommends ${missing[*]}"
	say "installing ${missing[*]}"
	run_logged apt-update apt-get update -q
	DEBIAN_FRONTEND=noninteractive run_logged apt-install \
		apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# debian_mirror: the first Debian mirror this machine's own apt sources use.
debian_mirror() {
	local m
	[ -z "${MIRROR:-}" ] || { echo "$MIRROR"; return; }
	m=$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
		grep -v '^[[:space:]]*#' |
		grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n 1 | tr -d ' ')
	[ -n "$m" ] || die "no Debian mirror in /etc/apt/sources.list*; set MIRROR=http://.../debian"
	echo "${m%/}"
}

# ccache through its compiler symlinks, so that kunit.py and cross
# builds use it too. Kbuild passes absolute paths with O=: base_dir makes
# them relative, so that a clone in another folder (CI's) hits the cache
# that this one filled.
if [ -d /usr/lib/ccache ]; then
	case ":$PATH:" in *:/usr/lib/ccache:*) ;; *) PATH=/usr/lib/ccache:$PATH ;; esac
	export PATH
	export CCACHE_BASEDIR=$TOP CCACHE_NOHASHDIR=1
fi

# kmake DIR ARGS...: make in the kernel tree with the output in DIR.
kmake() {
	local out=$1
	shift
	make -C "$LINUX" O="$out" -j"$(nproc)" "$@"
}

# Test results: one TAP line each, collected in $RESULTS for the summary.
RESULTS=${RESULTS:-$BUILD/results}
export RESULTS

# results_start: empty $RESULTS for a new run, which must be the only one
# in $BUILD: runs share its kernels, logs and VM share (the lock is held
# until the script ends).
results_start() {
	exec 9>"$BUILD/.test.lock"
	flock -n 9 || die "another test run uses $BUILD; wait for it, or give this one BUILD=dir"
	: >"$RESULTS"
}

# result ok|fail|skip NAME [DETAIL]
result() {
	local n
	echo "$1 $2" >>"$RESULTS"
	n=$(wc -l <"$RESULTS")
	case $1 in
	ok) echo "ok $n - $2" ;;
	skip) echo "ok $n - $2 # SKIP ${3:-}" ;;
	*) echo "not ok $n - $2${3:+ # $3}" ;;
	esac
}

# summary: the closing line; fails when a result did.
summary() {
	local pass fail skip
	pass=$(grep -c '^ok ' "$RESULTS" || true)
	fail=$(grep -c '^fail ' "$RESULTS" || true)
	skip=$(grep -c '^skip ' "$RESULTS" || true)
	echo "$pass passed, $fail failed, $skip skipped"
	[ "$fail" -eq 0 ]
}

# format_series DIR: the work branch as patch files in DIR (scripts/export).
# The output depends only on the commits: no commit ids, no version
# signature, no numbering in subjects, so that apply + export is the identity.
# Blank context lines are written empty, not as a lone space, so that no
# line of a patch file ends in whitespace (git am reads both forms).
format_series() {
	git -C "$LINUX" -c core.abbrev=12 -c diff.algorithm=myers -c diff.renames=true \
		-c diff.noprefix=false -c diff.mnemonicPrefix=false -c diff.relative=false \
		-c diff.orderFile=/dev/null -c diff.suppressBlankEmpty=true \
		format-patch -q --zero-commit --no-signature --no-numbered --no-cover-letter \
		--no-thread --no-base --no-notes -o "$1" "$BASE_BRANCH..$WORK_BRANCH"
}

# series_patches: the patch file names of series, in order.
series_patches() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/series"
}

# patches_hash: identifies the content of series and patches/.
patches_hash() {
	cat "$TOP/series" "$TOP"/patches/*.patch | sha256sum | cut -d' ' -f1
}
