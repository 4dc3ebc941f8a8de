#!/bin/sh
# Benchmark, not a test: hello.virtio under QEMU (TCG unless /dev/kvm is usable), medians over N runs
# of: QEMU start to the first console line, Kiln's own boot (first instruction of _start32 to
# solo5_app_main, read from the guest's TSC), QEMU start to exit.
# Usage: bench/virtio-boot.sh [RUNS]   (default 20; needs qemu-system-x86_64 and a built hello.virtio)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
image=$root/examples/hello/target/hello.virtio
runs=${1:-${BENCH_RUNS:-20}}
QEMU=${QEMU:-qemu-system-x86_64}
if [ ! -f "$image" ]; then
    echo "virtio-boot: $image is missing; run: mvn -q install -DskipTests" >&2
    exit 1
fi
command -v "$QEMU" >/dev/null || { echo "virtio-boot: $QEMU not found (apt-get install qemu-system-x86)" >&2; exit 1; }
accel=tcg
[ -r /dev/kvm ] && [ -w /dev/kvm ] && accel=kvm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    timeout 60 "$QEMU" -machine pc -accel "$accel" -m 64 -nodefaults -no-user-config \
        -display none -serial stdio -monitor none -no-reboot \
        -device isa-debug-exit,iobase=0x501,iosize=2 \
        -kernel "$image" -append --solo5:debug </dev/null |
        {
            IFS= read -r first || true
            first_ns=$(date +%s%N)
            rest=$(cat)
            end_ns=$(date +%s%N)
            guest=$(printf '%s\n' "$first" "$rest" | tr -d '\r' |
                sed -n 's/^Solo5: boot: \([0-9]*\) us.*/\1/p')
            printf '%s\n' "$rest" | grep -q "Hello, Kiln!" ||
                { echo "virtio-boot: run $i printed no greeting" >&2; exit 1; }
            echo "$(((first_ns - start) / 1000)) ${guest:-0} $(((end_ns - start) / 1000))"
        } >>"$work/runs"
    i=$((i + 1))
done

median() { # column
    cut -d' ' -f"$1" "$work/runs" | sort -n | awk '{v[NR]=$1} END {
        if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%.1f", m / 1000 }'
}
range() { # column
    cut -d' ' -f"$1" "$work/runs" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {
        printf "%.1f..%.1f", lo / 1000, hi / 1000 }'
}
echo "hello.virtio under QEMU ($accel), $runs runs, $(nproc) CPUs"
printf '%-44s %10s %16s\n' "" "median ms" "min..max ms"
printf '%-44s %10s %16s\n' "QEMU start to first console line" "$(median 1)" "$(range 1)"
printf '%-44s %10s %16s\n' "Kiln's boot (_start32 to solo5_app_main)" "$(median 2)" "$(range 2)"
printf '%-44s %10s %16s\n' "QEMU start to exit" "$(median 3)" "$(range 3)"
guest=$(median 2)
awk -v g="$guest" 'BEGIN { printf "aim \"Kiln'"'"'s own boot under 20 ms under TCG\": %s (%s ms)\n", (g < 20 ? "met" : "missed"), g }'
