#!/usr/bin/env bash
# TCP benchmark: Linux's TCP against Kiln's, echo.spt on a tap device, and the same against
# `java -jar echo.jar` on 127.0.0.1 when that jar was built.
# Usage (as root): bench/tcp.sh [MEGABYTES [SECONDS]]   (or BENCH_MB, BENCH_SECONDS;
# defaults 64 MiB and 5 s)
# A benchmark, not a test: it reports and states the aim, but never fails on a missed aim. It
# fails only if something cannot run or an echo comes back wrong.
set -euo pipefail

die() { echo "tcp.sh: $*" >&2; exit 1; }

mb=${1:-${BENCH_MB:-64}}
seconds=${2:-${BENCH_SECONDS:-5}}
case $mb in '' | *[!0-9]* | 0) die "MEGABYTES must be a positive integer, got '$mb'" ;; esac
case $seconds in '' | *[!0-9]* | 0) die "SECONDS must be a positive integer, got '$seconds'" ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
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

[ "$(id -u)" = 0 ] || die "needs root (to create the tap device)"
[ -e /dev/net/tun ] || die "/dev/net/tun is not available"
for tool in ip python3 timeout "$java"; do
    command -v "$tool" >/dev/null || die "needs '$tool' on the PATH"
done
[ -f "$echo_spt" ] || die "missing $echo_spt
  build it first from $root:  mvn -q install -DskipTests"
[ -f "$root/tools/cli/target/kiln.jar" ] || die "missing tools/cli/target/kiln.jar
  build it first from $root:  mvn -q install -DskipTests"
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
        # The children, orphaned, are reaped by init: wait (5 s at most) until they are gone.
        for child in $children; do
            for i in $(seq 50); do [ -d "/proc/$child" ] || break; sleep 0.1; done
            [ -d "/proc/$child" ] && echo "tcp.sh: process $child is still there" >&2
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
ip tuntap add "$tap" mode tap
ip addr add "$host_ip/24" dev "$tap"
ip link set "$tap" up
"$kiln" run --net "service=$tap" "$echo_spt" -- "--ipv4=$kiln_ip/24" >"$out/spt.log" 2>&1 &
spt_pid=$!
pids+=("$spt_pid")
await_line "$spt_pid" "$out/spt.log" "echo: listening" ||
    die "echo.spt did not start listening; its output:
$(cat "$out/spt.log")"
echo "spt: $(grep 'echo: listening' "$out/spt.log") (tap $tap, kiln-spt)"
measure spt "$kiln_ip" 7
stop "$spt_pid"
pids=()
ip tuntap del "$tap" mode tap

# --- jvm: java -jar echo.jar on 127.0.0.1 ---
have_jvm=no
if [ -f "$echo_jar" ]; then
    "$java" -jar "$echo_jar" "--echo.port=$jvm_port" "--jvm.tcp.bind-address=127.0.0.1" \
        >"$out/jvm.log" 2>&1 &
    jvm_pid=$!
    pids+=("$jvm_pid")
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
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
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
