#!/bin/sh
# Measures virtio boot under QEMU TCG: QEMU start to the first console line, and _start32 to solo5_app_main.
# Usage: boot-time.sh IMAGEDIR [RUNS]   (QEMU=... picks the emulator binary)
# The guest figure comes from the bindings' own TSC reading (--solo5:debug).
set -eu

images=$(cd "$1" && pwd)
runs=${2:-5}
QEMU=${QEMU:-qemu-system-x86_64}
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    timeout 60 "$QEMU" -machine pc -accel tcg -m 64 -nodefaults \
        -display none -serial stdio -no-reboot \
        -device isa-debug-exit,iobase=0x501,iosize=2 \
        -kernel "$images/test_hello.virtio" -append --solo5:debug </dev/null |
        {
            IFS= read -r first || true
            first_ns=$(date +%s%N)
            guest=$(sed -n 's/^Solo5: boot: \([0-9]*\) us.*/\1/p' | tr -d '\r')
            end_ns=$(date +%s%N)
            echo "run $i: first line after $(((first_ns - start) / 1000000)) ms," \
                "exit after $(((end_ns - start) / 1000000)) ms," \
                "_start32 to solo5_app_main ${guest:-?} us"
        }
    i=$((i + 1))
done
