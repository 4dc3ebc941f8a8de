#!/usr/bin/env bash
# HTTP benchmark: requests per second for a 1 KB file over keep-alive connections, measured with
# wrk against static-website.spt on a tap device, against the same application's jar on the JVM
# (127.0.0.1), and against Debian's nginx (one worker) serving the same files from a network
# namespace over a veth pair.
# Usage (as root): bench/http.sh [SECONDS [CONNECTIONS [ROUNDS]]]   (or BENCH_SECONDS,
# BENCH_CONNECTIONS, BENCH_ROUNDS; defaults 5 s, 16 connections, 5 rounds)
# All three servers run at once; each round measures each of them for SECONDS, rotating which goes
# first, so that noise from other work on the machine hits them alike; medians are reported.
# A benchmark, not a test: it reports and states the aims, but never fails on a missed aim. It
# fails only if something cannot run or a server answers the file wrong.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds=${1:-${BENCH_SECONDS:-5}}
connections=${2:-${BENCH_CONNECTIONS:-16}}
rounds=${3:-${BENCH_ROUNDS:-5}}
need_positive SECONDS "$seconds"
need_positive CONNECTIONS "$connections"
need_positive ROUNDS "$rounds"

out=$root/bench/target/http
site=$root/examples/static-website
assets=$site/src/main/kiln-assets
spt_image=$site/target/static-website.spt
jar=$site/target/static-website.jar
kiln=$root/tools/cli/bin/kiln
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
file=1k.txt
suffix=$(($$ % 100000))
tap=kilnhttp$suffix
netns=kilnhttp$suffix
veth_host=khttp${suffix}a
veth_ns=khttp${suffix}b
jvm_port=18080
# Subnets of their own, so a tap or veth of another benchmark or test does not share the route.
spt_host_ip=10.0.81.1
spt_ip=10.0.81.2
nginx_host_ip=10.0.82.1
nginx_ip=10.0.82.2
# Servers run on the last CPU, wrk on the first, so that each server has one core to itself.
cpus=$(nproc)
server_cpu=$((cpus - 1))
client_cpu=0
wrk_timeout=$((seconds + 60))

need_root_and_tun "to create the tap, the veth pair and the namespace"
need_tools " (see bench/README.md)" ip wrk nginx curl cmp taskset timeout strip "$java"
[ "$cpus" -ge 2 ] || die "needs at least 2 CPUs (one for the server, one for wrk)"
need_built "$spt_image"
need_built "$jar"
need_built "$root/tools/cli/target/kiln.jar" tools/cli/target/kiln.jar
[ "$(wc -c <"$assets/$file")" = 1024 ] || die "$assets/$file is not 1024 bytes"
rm -rf "$out"
mkdir -p "$out/nginx/tmp"

# At exit, after lib.sh's cleanup: remove the namespace (which takes its end of the veth pair, and
# so the pair, with it).
cleanup_more() {
    ip netns list 2>/dev/null | grep -qw "$netns" && ip netns delete "$netns"
    ip link show "$veth_host" >/dev/null 2>&1 && ip link delete "$veth_host"
    return 0
}

# Waits up to 60 s until a URL answers, while the process lives.
await_url() { # pid url
    local i
    for i in $(seq 600); do
        curl -s -o /dev/null --max-time 2 "$2" && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# check NAME URL: the server must send the file byte-identical before it is measured.
check() {
    curl -s --max-time 10 -o "$out/$1.$file" "$2" || die "$1: GET $2 failed"
    cmp -s "$out/$1.$file" "$assets/$file" || die "$1: GET $2 did not return $assets/$file"
}

# run_wrk NAME URL SECONDS LOG: one wrk run; prints its requests/s. Any socket error or non-2xx/3xx
# response aborts the benchmark.
run_wrk() {
    local name=$1 url=$2 duration=$3 log=$4 rps
    timeout "$wrk_timeout" taskset -c "$client_cpu" wrk -t1 -c"$connections" -d"${duration}s" \
        --latency "$url" >"$log" 2>&1 || die "$name: wrk failed: $(cat "$log")"
    if grep -q "Socket errors\|Non-2xx or 3xx" "$log"; then
        die "$name: wrk saw errors:
$(cat "$log")"
    fi
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$log")
    [ -n "$rps" ] || die "$name: no Requests/sec in wrk's output: $(cat "$log")"
    echo "$rps"
}

# median NUMBER...: the median (the mean of the middle two for an even count).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

echo "http.sh: GET /$file keep-alive, wrk -t1 -c$connections, $rounds rounds of ${seconds} s" \
    "per server on CPU $client_cpu; servers on CPU $server_cpu; $cpus CPUs, $(uname -r)"

# --- spt: static-website.spt on a tap, Linux <-> Kiln's TCP/IP and HTTP ---
tap_up "$spt_host_ip/24"
start_logged "$out/spt.log" taskset -c "$server_cpu" "$kiln" run --net "service=$tap" \
    "$spt_image" -- "--ipv4=$spt_ip/24"
spt_pid=$started_pid
await_or_die "$spt_pid" "$out/spt.log" "static-website: serving" \
    "static-website.spt did not start serving"
echo "spt:   $(grep 'static-website: serving' "$out/spt.log") (tap $tap, kiln-spt)"

# --- jvm: java -jar static-website.jar on 127.0.0.1 ---
start_logged "$out/jvm.log" taskset -c "$server_cpu" "$java" -jar "$jar" \
    "--http.port=$jvm_port" "--jvm.tcp.bind-address=127.0.0.1"
jvm_pid=$started_pid
await_or_die "$jvm_pid" "$out/jvm.log" "static-website: serving" \
    "static-website.jar did not start serving"
echo "jvm:   $(grep 'static-website: serving' "$out/jvm.log") (java -jar, loopback)"

# --- nginx: Debian's nginx, one worker, in a namespace behind a veth pair ---
ip netns add "$netns"
ip link add "$veth_host" type veth peer name "$veth_ns"
ip link set "$veth_ns" netns "$netns"
ip addr add "$nginx_host_ip/24" dev "$veth_host"
ip link set "$veth_host" up
ip netns exec "$netns" ip addr add "$nginx_ip/24" dev "$veth_ns"
ip netns exec "$netns" ip link set "$veth_ns" up
ip netns exec "$netns" ip link set lo up
# Like Kiln: keep-alive without a request limit, an access log line per request, ETags.
cat >"$out/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    access_log $out/nginx/access.log;
    client_body_temp_path $out/nginx/tmp/body;
    proxy_temp_path $out/nginx/tmp/proxy;
    fastcgi_temp_path $out/nginx/tmp/fastcgi;
    uwsgi_temp_path $out/nginx/tmp/uwsgi;
    scgi_temp_path $out/nginx/tmp/scgi;
    sendfile on;
    keepalive_requests 100000000;
    server {
        listen $nginx_ip:80;
        root $assets;
        index index.html;
    }
}
EOF
start_logged "$out/nginx.log" ip netns exec "$netns" taskset -c "$server_cpu" nginx \
    -p "$out/nginx" -c "$out/nginx/nginx.conf" -e "$out/nginx/error.log"
nginx_pid=$started_pid
await_url "$nginx_pid" "http://$nginx_ip/$file" ||
    die "nginx did not start serving; its output:
$(cat "$out/nginx.log" "$out/nginx/error.log" 2>/dev/null)"
echo "nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //'), worker_processes 1" \
    "(namespace $netns, veth $veth_host)"

# --- rounds: every server, rotating which goes first ---
names=(spt jvm nginx)
urls=("http://$spt_ip/$file" "http://127.0.0.1:$jvm_port/$file" "http://$nginx_ip/$file")
declare -A results
for i in 0 1 2; do
    check "${names[$i]}" "${urls[$i]}"
    run_wrk "${names[$i]}" "${urls[$i]}" 2 "$out/${names[$i]}.warmup.wrk" >/dev/null
done
for round in $(seq "$rounds"); do
    line="  round $round:"
    for k in 0 1 2; do
        i=$(((round + k) % 3))
        name=${names[$i]}
        rps=$(run_wrk "$name" "${urls[$i]}" "$seconds" "$out/$name.round$round.wrk")
        results[$name]="${results[$name]:-} $rps"
        results[$name.$round]=$rps
        line="$line $(printf '%s %.0f' "$name" "$rps")"
    done
    echo "$line"
done
for name in "${names[@]}"; do
    # shellcheck disable=SC2086 # the results are a list of numbers
    printf -v "${name}_rps" %s "$(median ${results[$name]})"
done
for i in 0 1 2; do
    name=${names[$i]}
    rps_var=${name}_rps
    # shellcheck disable=SC2086
    printf '  %-6s median %8.0f requests/s  (rounds: min %.0f, max %.0f; last round latency' \
        "$name" "${!rps_var}" "$(printf '%s\n' ${results[$name]} | sort -g | head -1)" \
        "$(printf '%s\n' ${results[$name]} | sort -g | tail -1)"
    printf ' avg %s, p99 %s)\n' \
        "$(awk '/^ +Latency / { print $2; exit }' "$out/$name.round$rounds.wrk")" \
        "$(awk '/^ +99%/ { print $2 }' "$out/$name.round$rounds.wrk")"
done
alive=yes
for pid in "$spt_pid" "$jvm_pid" "$nginx_pid"; do
    kill -0 "$pid" 2>/dev/null || alive=no
done
[ "$alive" = yes ] || die "a server ended during the benchmark; see $out/*.log"

echo
# Ratios within each round (the servers measured seconds apart), and their medians: steadier than
# ratios of medians when the machine's load changes between rounds.
ratios() { # A B: the per-round ratios A/B
    local round
    for round in $(seq "$rounds"); do
        ratio "${results[$1.$round]}" "${results[$2.$round]}"
        echo
    done
}
echo "ratios, median of the per-round ratios (spt crosses a tap and the tender, nginx a veth" \
    "pair, jvm loopback):"
for pair in "spt nginx" "spt jvm" "jvm nginx"; do
    set -- $pair
    # shellcheck disable=SC2046 # the ratios are a list of numbers
    printf '  %-5s / %-5s  %s   (rounds: %s)\n' "$1" "$2" "$(median $(ratios "$1" "$2"))" \
        "$(ratios "$1" "$2" | tr '\n' ' ' | sed 's/ $//')"
done
spt_to_nginx=$(median $(ratios spt nginx))
if awk -v r="$spt_to_nginx" 'BEGIN { exit !(r >= 1) }'; then
    echo "aim: static-website.spt at or above nginx's requests/s on one core: MET" \
        "(spt/nginx $spt_to_nginx)"
else
    echo "aim: static-website.spt at or above nginx's requests/s on one core: MISSED" \
        "(spt/nginx $spt_to_nginx)"
fi
strip -o "$out/static-website.spt.stripped" "$spt_image"
size=$(wc -c <"$out/static-website.spt.stripped")
if [ "$size" -lt 1500000 ]; then
    echo "aim: static-website.spt under 1.5 MB stripped: MET ($size bytes)"
else
    echo "aim: static-website.spt under 1.5 MB stripped: MISSED ($size bytes)"
fi
