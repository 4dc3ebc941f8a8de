#!/usr/bin/env bash
# TCP benchmark: Linux's TCP against Kiln's, echo.spt on a tap device, and the same against
# `java -jar echo.jar` on 127.0.0.1 when that jar was built.
# Usage (as root): bench/tcp.sh [MEGABYTES [SECONDS]]   (or BENCH_MB, BENCH_SECONDS;
# defaults 64 MiB and 5 s)
# A benchmark, not a test: it reports and states the aim, but never fails on a missed aim. It
# fails only if something cannot run or an echo comes back wrong.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mb=${1:-${BENCH_MB:-64}}
seconds=${2:-${BENCH_SECONDS:-5}}
need_positive MEGABYTES "$mb"
need_positive SECONDS "$seconds"

out=$root/bench/target/tcp
echo_spt=$root/examples/echo/target/echo.spt
echo_jar=${ECHO_JAR:-$root/examples/echo/target/echo.jar}
kiln=$root/tools/cli/bin/kiln
client=$root/bench/src/tcp_client.py
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
tap=kilnbench$(($$ % 100000))
host_ip=10.0.0.1
kiln_ip=10.0.0.2
jvm_port=17007
# Each client run and each boot is bounded.
client_timeout=$((120 + seconds))

need_root_and_tun "to create the tap device"
need_tools "" ip python3 timeout "$java"
need_built "$echo_spt"
need_built "$root/tools/cli/target/kiln.jar" tools/cli/target/kiln.jar
mkdir -p "$out"

# measure NAME HOST PORT: one untimed warm-up, then bulk and request/response; sets
# <NAME>_mbps, <NAME>_tps_1, <NAME>_tps_64.
measure() {
    local name=$1 host=$2 port=$3 line size
    timeout "$client_timeout" python3 "$client" bulk "$host" "$port" 4 >/dev/null ||
        die "$name: warm-up echo failed"
    line=$(timeout "$client_timeout" python3 "$client" bulk "$host" "$port" "$mb") ||
        die "$name: bulk echo failed: $line"
    printf -v "${name}_mbps" %s "$(echo "$line" | awk '{print $4}')"
    printf '  %-4s bulk  %4d MiB each way in %7.3f s: %8.1f Mbit/s one way\n' "$name" "$mb" \
        "$(echo "$line" | awk '{print $3}')" "$(echo "$line" | awk '{print $4}')"
    for size in 1 64; do
        line=$(timeout "$client_timeout" python3 "$client" rr "$host" "$port" "$size" "$seconds") ||
            die "$name: request/response failed: $line"
        printf -v "${name}_tps_${size}" %s "$(echo "$line" | awk '{print $5}')"
        printf '  %-4s rr   %3d-byte ping-pong for %d s: %8d transactions/s\n' "$name" "$size" \
            "$seconds" "$(echo "$line" | awk '{print $5}')"
    done
}

echo "tcp.sh: $mb MiB bulk, ${seconds} s request/response; $(nproc) CPUs, $(uname -r)"

# --- spt: echo.spt on a tap, 10.0.0.1 (Linux) <-> 10.0.0.2 (Kiln) ---
tap_up "$host_ip/24"
start_logged "$out/spt.log" "$kiln" run --net "service=$tap" "$echo_spt" -- "--ipv4=$kiln_ip/24"
spt_pid=$started_pid
await_or_die "$spt_pid" "$out/spt.log" "echo: listening" "echo.spt did not start listening"
echo "spt: $(grep 'echo: listening' "$out/spt.log") (tap $tap, kiln-spt)"
measure spt "$kiln_ip" 7
stop "$spt_pid"
pids=()
tap_down

# --- jvm: java -jar echo.jar on 127.0.0.1 ---
have_jvm=no
if [ -f "$echo_jar" ]; then
    start_logged "$out/jvm.log" "$java" -jar "$echo_jar" "--echo.port=$jvm_port" \
        "--jvm.tcp.bind-address=127.0.0.1"
    jvm_pid=$started_pid
    if await_line "$jvm_pid" "$out/jvm.log" "echo: listening"; then
        echo "jvm: $(grep 'echo: listening' "$out/jvm.log") (java -jar echo.jar, loopback)"
        measure jvm 127.0.0.1 "$jvm_port"
        have_jvm=yes
    else
        echo "jvm: echo.jar did not start listening; its output:"
        sed 's/^/  /' "$out/jvm.log"
    fi
    stop "$jvm_pid"
    pids=()
else
    echo "jvm: $echo_jar not built; no jvm comparison"
fi

echo
if [ "$have_jvm" = yes ]; then
    echo "ratios spt/jvm (same run; jvm is over loopback, spt over a tap):"
    echo "  bulk Mbit/s        $(ratio "$spt_mbps" "$jvm_mbps")"
    echo "  1-byte rr tps      $(ratio "$spt_tps_1" "$jvm_tps_1")"
    echo "  64-byte rr tps     $(ratio "$spt_tps_64" "$jvm_tps_64")"
fi
if awk -v m="$spt_mbps" 'BEGIN { exit !(m >= 1000) }'; then
    echo "aim: at least 1 Gbit/s on spt over tap: MET ($spt_mbps Mbit/s)"
else
    echo "aim: at least 1 Gbit/s on spt over tap: MISSED ($spt_mbps Mbit/s)"
fi
