#!/bin/sh
# Boots one hvt image in QEMU (TCG, no KVM) with gdb answering its hypercalls.
# Usage: run.sh IMAGE [CMDLINE]   (only images without devices)
# Prints the image's console output, then "hvt-halt: status=N ...", and
# exits with N as solo5-hvt would (125 if the guest never halted). This
# exercises what the user-space emulator cannot: _start, the CPU tables,
# and the trap path, all in ring 0. Guest time stops while gdb answers a
# hypercall, so solo5_yield never blocks here (test_clock cannot pass).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
image=$1
cmdline=${2:-}
work=$(mktemp -d)
qemu_pid=
trap 'kill "$qemu_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

gcc -m32 -c -o "$work/shim.o" "$here/shim.S"
ld -m elf_i386 -Ttext=0x30000 -e shim32 -o "$work/shim.elf" "$work/shim.o"

# Boot info (ABI §6.3) at 0x10000: 32 MiB, a 1 GHz TSC, the manifest a
# tender would attach for a device-less image, then the command line.
python3 - "$work/bootinfo.bin" "$cmdline" <<'PY'
import struct, sys
base, mem = 0x10000, 32 << 20
entry0 = bytes(68) + struct.pack("<I", 0x40000000) + bytes(32)
manifest = struct.pack("<II", 1, 1) + entry0
mft_at = base + 56
cmd_at = mft_at + len(manifest)
info = struct.pack("<QQQQQIIQ", mem, 0, 1000000000, cmd_at, mft_at, 0, 0, 0)
open(sys.argv[1], "wb").write(info + manifest + sys.argv[2].encode() + b"\0")
PY

entry=$(LC_ALL=C readelf -h "$image" | awk '/Entry point/ { print $4 }')
outs=$(objdump -d "$image" | awk '/\tout +%eax,\(%dx\)/ { sub(":", "", $1); print "0x" $1 }' | tr '\n' ' ')
port=$((20000 + $$ % 10000))

qemu-system-x86_64 -machine pc -accel tcg -m 64 -display none -serial none \
    -monitor none -no-reboot -S -gdb "tcp:localhost:$port" \
    -kernel "$work/shim.elf" \
    -device "loader,file=$image" \
    -device "loader,file=$work/bootinfo.bin,addr=0x1800000,force-raw=on" \
    -device "loader,addr=0x1801000,data=$entry,data-len=8" 2>/dev/null &
qemu_pid=$!
KILN_GDB_PORT=$port KILN_OUTS=$outs timeout 90 gdb -nx -batch \
    -x "$here/hypercalls.py" 3>"$work/out" >/dev/null 2>&1 || true
cat "$work/out"
status=$(sed -n 's/^hvt-halt: status=\([0-9]*\) .*/\1/p' "$work/out")
exit "${status:-125}"

