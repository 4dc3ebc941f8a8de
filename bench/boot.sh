#!/usr/bin/env bash
# Boot benchmark: image sizes and boot-to-exit wall time of the Java hello
# (hello.spt), the C-only hello (test_hello.spt) and `java -jar hello.jar`.
# Usage: bench/boot.sh [RUNS]   (or BENCH_RUNS=RUNS; default 30)
# A benchmark, not a test: it checks each run's exit status and greeting, and
# states the aims, but never fails on a missed aim.
set -euo pipefail

die() { echo "boot.sh: $*" >&2; exit 1; }

runs=${1:-${BENCH_RUNS:-30}}
case $runs in '' | *[!0-9]* | 0) die "RUNS must be a positive integer, got '$runs'" ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/target
hello_spt=$root/examples/hello/target/hello.spt
hello_jar=$root/examples/hello/target/hello.jar
c_hello=$out/images/test_hello.spt
tender=$out/tender/kiln-spt
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

for f in "$hello_spt" "$hello_jar"; do
    [ -f "$f" ] || die "missing $f
  build it first from $root:  mvn -q install -DskipTests"
done
for tool in gcc make objcopy size awk "$java"; do
    command -v "$tool" >/dev/null || die "needs '$tool' on the PATH"
done

# The tender's make is incremental; build.sh is not, so the C images are
# rebuilt only when a C source or build script is newer than test_hello.spt.
c_sources=("$root/targets/spt/src/main/c" "$root/targets/spt/src/test/c" "$root/targets/solo5/src/test/c/images"
    "$root/targets/solo5/src/main/c")
newer_than() { [ -n "$(find "${c_sources[@]}" -type f -newer "$1" -print -quit)" ]; }
mkdir -p "$out"
make -s -C "$root/targets/spt/src/main/c/tender" OUT="$out/tender" \
    >"$out/build.log" 2>&1 || die "building kiln-spt failed, see $out/build.log"
if [ ! -f "$c_hello" ] || newer_than "$c_hello"; then
    "$root/targets/spt/src/test/c/build.sh" "$out/images" >>"$out/build.log" 2>&1 ||
        die "building the C test images failed, see $out/build.log"
fi

# Each run is timed by bench/src/timeit.c: CLOCK_MONOTONIC (ns) around
# posix_spawn + waitpid, so no shell fork or `date` process lands in a time.
timeit=$out/timeit
if [ ! -x "$timeit" ] || [ "$root/bench/src/timeit.c" -nt "$timeit" ]; then
    gcc -std=c11 -O2 -Wall -Wextra -Werror -o "$timeit" "$root/bench/src/timeit.c" ||
        die "compiling bench/src/timeit.c failed"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- sizes -----------------------------------------------------------------
# hello.spt is stripped already but carries .kiln.report, a build report that
# is never loaded; test_hello.spt keeps its debug info. Column two strips both
# the same way; column three is what the tender loads from the file.
size_row() { # label image
    local bare=$tmp/bare.spt loaded
    objcopy --strip-all --remove-section=.kiln.report "$2" "$bare"
    loaded=$(size "$2" | awk 'NR == 2 { print $1 + $2 }')
    printf '%-16s %12d %22d %14d\n' "$1" "$(wc -c <"$2")" "$(wc -c <"$bare")" "$loaded"
}
spt_bare=$(objcopy --strip-all --remove-section=.kiln.report "$hello_spt" "$tmp/h.spt" &&
    wc -c <"$tmp/h.spt")
spt_file=$(wc -c <"$hello_spt")

echo "Kiln boot benchmark: $runs runs each, interleaved, after one warm-up"
echo "host: $(uname -sr), $(nproc) CPUs; $("$java" -version 2>&1 | head -1)"
# Both images must link the same bindings for the comparison to be fair.
if newer_than "$hello_spt"; then
    echo "note: C sources changed after hello.spt was built; for a like-for-like" \
        "comparison rerun mvn -q install -DskipTests"
fi
echo
printf '%-16s %12s %22s %14s\n' "size (bytes)" "file" "stripped, no report" "text+data"
size_row hello.spt "$hello_spt"
size_row test_hello.spt "$c_hello"
echo

# --- boot times ------------------------------------------------------------
# The last row is the floor: what spawning any process costs on this host.
names=(hello.spt test_hello.spt "java -jar" "spawn floor")
greetings=("Hello, Kiln!" "Hello from C" "Hello, Kiln!" "")
commands=("$tender --mem=16 $hello_spt"
    "$tender --mem=16 $c_hello"
    "$java -jar $hello_jar"
    "true")
launch() { # index; kept apart from the strings above so paths may hold spaces
    case $1 in
    0) "$timeit" "$tmp/run.out" "$tender" --mem=16 "$hello_spt" ;;
    1) "$timeit" "$tmp/run.out" "$tender" --mem=16 "$c_hello" ;;
    2) "$timeit" "$tmp/run.out" "$java" -jar "$hello_jar" ;;
    3) "$timeit" "$tmp/run.out" true ;;
    esac
}

run_once() { # index -> prints nanoseconds; aborts on a bad run
    local status ns
    read -r status ns < <(launch "$1") || die "timeit failed for ${names[$1]}"
    if [ "$status" -ne 0 ] ||
        { [ -n "${greetings[$1]}" ] && ! grep -qF "${greetings[$1]}" "$tmp/run.out"; }; then
        {
            if [ "$status" -ne 0 ]; then
                echo "boot.sh: ${names[$1]} exited with status $status, not 0; aborting"
            else
                echo "boot.sh: ${names[$1]} did not print '${greetings[$1]}'; aborting"
            fi
            echo "  command: ${commands[$1]}"
            sed 's/^/  | /' "$tmp/run.out"
        } >&2
        exit 1
    fi
    echo "$ns"
}

for i in 0 1 2 3; do run_once "$i" >/dev/null; done
for ((r = 0; r < runs; r++)); do
    # Rotate who goes first so no command always runs right after another.
    for k in 0 1 2 3; do
        i=$(((r + k) % 4))
        run_once "$i" >>"$tmp/times.$i"
    done
done

stats() { # file -> "median min max p90" in nanoseconds (p90: nearest rank)
    sort -n "$1" | awk '{ t[NR] = $1 }
        END { n = NR; m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
              p = int(0.9 * n + 0.999999); print m, t[1], t[n], t[p] }'
}
ms() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e6 }'; }

printf '%-16s %10s %10s %10s %10s\n' "boot-to-exit ms" median min p90 max
declare -a median
for i in 0 1 2 3; do
    read -r med lo hi p90 < <(stats "$tmp/times.$i")
    median[i]=$med
    printf '%-16s %10s %10s %10s %10s\n' "${names[i]}" "$(ms "$med")" "$(ms "$lo")" \
        "$(ms "$p90")" "$(ms "$hi")"
done
echo

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
spt_vs_c=$(ratio "${median[0]}" "${median[1]}")
jar_vs_spt=$(ratio "${median[2]}" "${median[0]}")
verdict() { [ "$1" = 1 ] && echo met || echo MISSED; }
printf 'ratio of medians: hello.spt / test_hello.spt = %sx, java -jar / hello.spt = %sx\n' \
    "$spt_vs_c" "$jar_vs_spt"
printf 'aim "hello.spt under 256 KB stripped": %s (%d bytes file, %d without report; limit 262144)\n' \
    "$(verdict "$((spt_file < 262144))")" "$spt_file" "$spt_bare"
printf 'aim "the Java hello within 1.5x of the C hello": %s (%sx)\n' \
    "$(verdict "$(awk -v r="$spt_vs_c" 'BEGIN { print (r <= 1.5) }')")" "$spt_vs_c"
