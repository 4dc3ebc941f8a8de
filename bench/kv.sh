#!/usr/bin/env bash
# Key-value benchmark: random 4 KiB puts and gets per second over HTTP against kv-service on spt
# (a tap, a file-backed block device) and the same service on the jvm target (loopback, the same
# kind of file), one run, and the ratios spt/jvm.
# Usage (as root): bench/kv.sh [SECONDS [KEYS]]   (or BENCH_SECONDS, BENCH_KEYS; defaults 10 s
# per phase and 1000 keys)
# A benchmark, not a test: it reports and never fails on a number. It fails only if something
# cannot run, a request fails, or a key that was put is missing.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds=${1:-${BENCH_SECONDS:-10}}
keys=${2:-${BENCH_KEYS:-1000}}
need_positive SECONDS "$seconds"
need_positive KEYS "$keys"

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

need_root_and_tun "to create the tap device"
need_tools " (wrk, curl: Debian's wrk, curl)" ip wrk curl timeout truncate "$java"
for file in "$kv_spt" "$kv_jar" "$root/tools/cli/target/kiln.jar"; do
    need_built "$file"
done
mkdir -p "$out"

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
tap_up "$host_ip/24"
new_disk "$out/spt.img"
start_logged "$out/spt.log" "$kiln" run --mem 128 --net "service=$tap" \
    --block "storage=$out/spt.img" "$kv_spt" -- "--ipv4=$kiln_ip/24"
spt_pid=$started_pid
await_or_die "$spt_pid" "$out/spt.log" "kv-service: serving" \
    "kv-service.spt did not start serving"
echo "spt: $(grep 'kv-service: serving' "$out/spt.log") (tap $tap, kiln-spt, $disk_mib MiB file)"
measure spt "http://$kiln_ip:80"
stop "$spt_pid"
pids=()
tap_down

# --- jvm: kv-service.jar on 127.0.0.1, a file as storage ---
new_disk "$out/jvm.img"
start_logged "$out/jvm.log" "$kiln" run --block "storage=$out/jvm.img" "$kv_jar" -- \
    "--http.port=$jvm_port" "--jvm.tcp.bind-address=127.0.0.1"
jvm_pid=$started_pid
await_or_die "$jvm_pid" "$out/jvm.log" "kv-service: serving" \
    "kv-service.jar did not start serving"
echo "jvm: $(grep 'kv-service: serving' "$out/jvm.log") (kiln run, loopback, $disk_mib MiB file)"
measure jvm "http://127.0.0.1:$jvm_port"
stop "$jvm_pid"
pids=()

echo
echo "ratios spt/jvm (same run; jvm is over loopback, spt over a tap; the jvm's file is written"
echo "synchronously (rwd), spt's through the tender's pwrite into the host's page cache):"
echo "  4 KiB puts/s   $(ratio "$spt_put_rps" "$jvm_put_rps")"
echo "  4 KiB gets/s   $(ratio "$spt_get_rps" "$jvm_get_rps")"
