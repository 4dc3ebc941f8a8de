# Shell functions shared by the benchmarks (tcp.sh, http.sh, kv.sh); sourced, never run.
# Sets root (the repository) and pids (what to stop at exit), and installs the exit cleanup:
# it stops every pid in pids (with its children) and removes the tap named by $tap, then runs
# cleanup_more if the benchmark defines it.

bench_name=${0##*/}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() { echo "$bench_name: $*" >&2; exit 1; }

# need_positive NAME VALUE: dies unless VALUE is a positive integer.
need_positive() {
    case $2 in '' | *[!0-9]* | 0) die "$1 must be a positive integer, got '$2'" ;; esac
}

# need_root_and_tun WHY: dies unless run as root (needed for WHY) with /dev/net/tun.
need_root_and_tun() {
    [ "$(id -u)" = 0 ] || die "needs root ($1)"
    [ -e /dev/net/tun ] || die "/dev/net/tun is not available"
}

# need_tools HINT TOOL...: dies unless every TOOL is on the PATH; HINT follows the message.
need_tools() {
    local hint=$1 tool
    shift
    for tool in "$@"; do
        command -v "$tool" >/dev/null || die "needs '$tool' on the PATH$hint"
    done
}

# need_built FILE [SHOWN]: dies unless FILE exists, naming it as SHOWN (default FILE).
need_built() {
    [ -f "$1" ] || die "missing ${2:-$1}
  build it first from $root:  mvn -q install -DskipTests"
}

# Cleanup on any exit: stop what we started (by pid, with its children), remove the tap.
pids=()
stop() {
    local pid child children i
    for pid in "$@"; do
        # The parent first: a parent such as nginx's master would start a new child for one
        # killed before it.
        children=$(pgrep -P "$pid" 2>/dev/null || true)
        kill -KILL "$pid" 2>/dev/null || true
        for child in $children; do
            kill -KILL "$child" 2>/dev/null || true
        done
        wait "$pid" 2>/dev/null || true
        # The children, orphaned, are reaped by init: wait (5 s at most) until they are gone.
        for child in $children; do
            for i in $(seq 50); do [ -d "/proc/$child" ] || break; sleep 0.1; done
            [ -d "/proc/$child" ] && echo "$bench_name: process $child is still there" >&2
        done
    done
    return 0
}
cleanup() {
    [ ${#pids[@]} -eq 0 ] || stop "${pids[@]}"
    [ -n "${tap:-}" ] && ip link show "$tap" >/dev/null 2>&1 && ip tuntap del "$tap" mode tap
    if declare -F cleanup_more >/dev/null; then cleanup_more; fi
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# tap_up ADDRESS: creates the tap $tap with ADDRESS (like 10.0.0.1/24) and brings it up.
tap_up() {
    ip tuntap add "$tap" mode tap
    ip addr add "$1" dev "$tap"
    ip link set "$tap" up
}

# tap_down: removes the tap $tap.
tap_down() {
    ip tuntap del "$tap" mode tap
}

# start_logged LOG COMMAND...: runs COMMAND in the background with its output in LOG, adds it to
# pids and sets started_pid.
start_logged() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 &
    started_pid=$!
    pids+=("$started_pid")
}

# Waits up to 60 s for a line in a log, while the process lives.
await_line() { # pid log pattern
    local i
    for i in $(seq 600); do
        grep -q "$3" "$2" 2>/dev/null && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# await_or_die PID LOG PATTERN FAILURE: waits for PATTERN in LOG; dies with FAILURE and the log
# if it does not come.
await_or_die() {
    await_line "$1" "$2" "$3" || die "$4; its output:
$(cat "$2")"
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
