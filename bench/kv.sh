#!/usr/bin/env bash
# Key-value benchmark: random 4 KiB puts and gets per second over HTTP against kv-service on spt
# (a tap, a file-backed block device) and the same service on the jvm target (loopback, the same
# kind of file), one run, and the ratios spt/jvm.
# Usage (as root): bench/kv.sh [SECONDS [KEYS]]   (or BENCH_SECONDS, BENCH_KEYS; defaults 10 s
# per phase and 1000 keys)
# A benchmark, not a test: it reports and never fails on a number. It fails only if something
# cannot run, a request fails, or a key that was put is missing.
set -euo pipefail

die() { echo "kv.sh: $*" >&2; exit 1; }

seconds=${1:-${BENCH_SECONDS:-10}}
keys=${2:-${BENCH_KEYS:-1000}}
case $seconds in '' | *[!0-9]* | 0) die "SECONDS must be a positive integer, got '$seconds'" ;; esac
case $keys in '' | *[!0-9]* | 0) die "KEYS must be a positive integer, got '$keys'" ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/target/kv
kv_spt=$root/examples/kv-service/target/kv-service.spt
kv_jar=$root/examples/kv-service/target/kv-service.jar
kiln=$root/tools/cli/bin/kiln
script=$root/bench/src/kv.lua
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
tap=kilnkvb$(($$ % 100000))
host_ip=10.0.0.1
kiln_ip=10.0.0.2
jvm_port=17080
threads=2
connections=8
disk_mib=256
# Each wrk run and each boot is bounded.
wrk_timeout=$((120 + seconds))

[ "$(id -u)" = 0 ] || die "needs root (to create the tap device)"
[ -e /dev/net/tun ] || die "/dev/net/tun is not available"
for tool in ip wrk curl timeout truncate "$java"; do
    command -v "$tool" >/dev/null || die "needs '$tool' on the PATH (wrk, curl: Debian's wrk, curl)"
done
for file in "$kv_spt" "$kv_jar" "$root/tools/cli/target/kiln.jar"; do
    [ -f "$file" ] || die "missing $file
  build it first from $root:  mvn -q install -DskipTests"
done
mkdir -p "$out"

# Cleanup on any exit: stop what we started (by pid, with its children), remove the tap.
pids=()
stop() {
    local pid child children i
    for pid in "$@"; do
        children=$(pgrep -P "$pid" 2>/dev/null || true)
        for child in $children; do
            kill -KILL "$child" 2>/dev/null || true
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        for child in $children; do
            for i in $(seq 50); do [ -d "/proc/$child" ] || break; sleep 0.1; done
            [ -d "/proc/$child" ] && echo "kv.sh: process $child is still there" >&2
        done
    done
    return 0
}
cleanup() {
    [ ${#pids[@]} -eq 0 ] || stop "${pids[@]}"
    ip link show "$tap" >/dev/null 2>&1 && ip tuntap del "$tap" mode tap
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

# A new blank device file: the service formats it at its first boot (kv-store.format=if-empty).
new_disk() { # file
    rm -f "$1"
    truncate -s "${disk_mib}M" "$1"
}

# wrk_phase NAME URL MODE: one wrk run of kv.lua; prints its result line, sets <NAME>_<MODE>_rps.
wrk_phase() {
    local name=$1 url=$2 mode=$3 result line
    result=$(timeout "$wrk_timeout" wrk -t"$threads" -c"$connections" -d"${seconds}s" \
        -s "$script" "$url" -- "$mode" "$keys") || die "$name: wrk $mode failed: $result"
    echo "$result" >"$out/$name-$mode.wrk"
    line=$(echo "$result" | grep '^kv: ') || die "$name: wrk $mode printed no result: $result"
    set -- $line
    # kv: MODE requests N seconds S rps R status-errors E socket-errors K p50-us A p99-us B
    [ "${10}" = 0 ] || die "$name: $mode: ${10} answers were 4xx or 5xx (a key missing?): $line"
    [ "${12}" = 0 ] || die "$name: $mode: ${12} socket errors: $line"
    printf -v "${name}_${mode}_rps" %s "$8"
    printf '  %-4s %-3s  %7d requests in %6.2f s: %9.1f /s   p50 %6.2f ms  p99 %7.2f ms\n' \
        "$name" "$mode" "$4" "$6" "$8" "$(awk -v u="${14}" 'BEGIN{print u/1000}')" \
        "$(awk -v u="${16}" 'BEGIN{print u/1000}')"
}

# measure NAME URL: fill every key once (untimed, one connection), then timed random puts, then
# timed random gets; then checks the service still lists every key.
measure() {
    local name=$1 url=$2 listed result
    result=$(timeout "$wrk_timeout" wrk -t1 -c1 -d"$((wrk_timeout - 10))s" -s "$script" "$url" -- \
        fill "$keys") || die "$name: filling the store failed: $result"
    echo "$result" | grep -q "^kv: fill answered $keys non2xx 0\$" ||
        die "$name: filling the store failed: $result"
    wrk_phase "$name" "$url" put
    wrk_phase "$name" "$url" get
    listed=$(curl -sf --max-time 60 "$url/kv/" | wc -l) || die "$name: GET /kv/ failed"
    [ "$listed" = "$keys" ] || die "$name: the store lists $listed keys, not $keys"
}

echo "kv.sh: ${seconds} s per phase, $keys keys of 4096 bytes, wrk -t$threads -c$connections;" \
    "$(nproc) CPUs, $(uname -r)"

# --- spt: kv-service.spt on a tap, 10.0.0.1 (Linux) <-> 10.0.0.2 (Kiln), a file as storage ---
ip tuntap add "$tap" mode tap
ip addr add "$host_ip/24" dev "$tap"
ip link set "$tap" up
new_disk "$out/spt.img"
"$kiln" run --mem 128 --net "service=$tap" --block "storage=$out/spt.img" "$kv_spt" -- \
    "--ipv4=$kiln_ip/24" >"$out/spt.log" 2>&1 &
spt_pid=$!
pids+=("$spt_pid")
await_line "$spt_pid" "$out/spt.log" "kv-service: serving" ||
    die "kv-service.spt did not start serving; its output:
$(cat "$out/spt.log")"
echo "spt: $(grep 'kv-service: serving' "$out/spt.log") (tap $tap, kiln-spt, $disk_mib MiB file)"
measure spt "http://$kiln_ip:80"
stop "$spt_pid"
pids=()
ip tuntap del "$tap" mode tap

# --- jvm: kv-service.jar on 127.0.0.1, a file as storage ---
new_disk "$out/jvm.img"
"$kiln" run --block "storage=$out/jvm.img" "$kv_jar" -- "--http.port=$jvm_port" \
    "--jvm.tcp.bind-address=127.0.0.1" >"$out/jvm.log" 2>&1 &
jvm_pid=$!
pids+=("$jvm_pid")
await_line "$jvm_pid" "$out/jvm.log" "kv-service: serving" ||
    die "kv-service.jar did not start serving; its output:
$(cat "$out/jvm.log")"
echo "jvm: $(grep 'kv-service: serving' "$out/jvm.log") (kiln run, loopback, $disk_mib MiB file)"
measure jvm "http://127.0.0.1:$jvm_port"
stop "$jvm_pid"
pids=()

echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratios spt/jvm (same run; jvm is over loopback, spt over a tap; the jvm's file is written"
echo "synchronously (rwd), spt's through the tender's pwrite into the host's page cache):"
echo "  4 KiB puts/s   $(ratio "$spt_put_rps" "$jvm_put_rps")"
echo "  4 KiB gets/s   $(ratio "$spt_get_rps" "$jvm_get_rps")"
