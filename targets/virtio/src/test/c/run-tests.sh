#!/bin/sh
# Runs the virtio test images under QEMU (TCG) and checks exit status and output.
# Usage: run-tests.sh IMAGEDIR   (QEMU=... picks the emulator binary)
# isa-debug-exit turns solo5_exit(s) into QEMU exit status 2s+1 for s < 128,
# 255 otherwise (see bindings/exit.c). The ping test needs root (a tap in a
# network namespace) and ping(8); otherwise it is skipped.
set -u

images=$(cd "$1" && pwd)
QEMU=${QEMU:-qemu-system-x86_64}
work=$(mktemp -d)
netns=
failures=0
trap 'rm -rf "$work"; [ -n "$netns" ] && ip netns del "$netns"' EXIT

if ! command -v "$QEMU" >/dev/null 2>&1; then
    echo "SKIP all virtio tests: $QEMU not found (apt-get install qemu-system-x86)"
    exit 0
fi

# qemu NAME APPEND [QEMU OPTIONS...]: runs test_NAME.virtio, output in
# $work/NAME.out with CRs removed, status in $got.
qemu() {
    name=$1 append=$2
    shift 2
    timeout 120 "$QEMU" -machine pc -accel tcg -m 64 -nodefaults \
        -display none -serial stdio -no-reboot "$@" \
        -kernel "$images/test_$name.virtio" -append "$append" \
        </dev/null >"$work/raw.out" 2>&1
    got=$?
    tr -d '\r' <"$work/raw.out" >"$work/$name.out"
}

# check LABEL NAME WANT_STATUS WANT_LINE
check() {
    if [ "$got" -eq "$3" ] && grep -q "$4" "$work/$2.out"; then
        echo "PASS $1 (qemu exit $got)"
    else
        echo "FAIL $1: qemu exit $got (want $3), output:"
        sed 's/^/    /' "$work/$2.out"
        failures=$((failures + 1))
    fi
}

if sh "$(dirname "$0")/check-layout.sh" "$images"/test_*.virtio \
    >"$work/layout.out" 2>&1; then
    echo "PASS layout (check-layout.sh)"
else
    echo "FAIL layout:"
    sed 's/^/    /' "$work/layout.out"
    failures=$((failures + 1))
fi

exitdev="-device isa-debug-exit,iobase=0x501,iosize=2"
# shellcheck disable=SC2086
{
qemu hello "--solo5:debug" $exitdev
check hello hello 1 '^Hello from C$'
sed -n 's/^Solo5: boot: /INFO guest boot: /p' "$work/hello.out"
qemu exit_status "" $exitdev
check exit_status exit_status 15 '^exit_status: SUCCESS'
qemu exit_status ""
check exit_status-acpi exit_status 0 '^exit_status: SUCCESS'
qemu clock "--solo5:warn clock args" $exitdev
check clock clock 1 '^clock: SUCCESS'
qemu tls "" $exitdev
check tls tls 1 '^tls: SUCCESS'
qemu ssp "" $exitdev
check ssp ssp 255 '^Solo5: stack corruption detected'
qemu trap "" $exitdev
check trap trap 255 '^Solo5: trap: type=#PF'
dd if=/dev/zero of="$work/disk.img" bs=4096 count=256 2>/dev/null
qemu block "" $exitdev -drive file="$work/disk.img",if=none,id=d0,format=raw \
    -device virtio-blk-pci,drive=d0,disable-modern=on,disable-legacy=off
check block block 1 '^block: SUCCESS'
qemu block "" $exitdev
check block-missing block 255 "declared but no virtio device"
qemu net 0 $exitdev -netdev user,id=n0 \
    -device virtio-net-pci,netdev=n0,disable-modern=on
check net-arp net 1 '^net: 10.0.2.2 is at'
# Devices bind to manifest entries in PCI order: a NIC first cannot be
# "storage".
qemu block "" $exitdev -netdev user,id=n0 \
    -device virtio-net-pci,netdev=n0,disable-modern=on \
    -drive file="$work/disk.img",if=none,id=d0,format=raw \
    -device virtio-blk-pci,drive=d0,disable-modern=on
check block-wrong-order block 255 "does not match manifest entry"
}

# Ping: QEMU on a tap in a fresh network namespace, the host side 10.0.2.2.
if [ "$(id -u)" -ne 0 ] || ! command -v ping >/dev/null 2>&1; then
    echo "SKIP net-ping: needs root (tap + netns) and ping"
elif ! ip netns add "kilnv$$" 2>/dev/null; then
    echo "SKIP net-ping: cannot create a network namespace"
else
    netns=kilnv$$
    ip netns exec "$netns" sh -c '
        ip link set lo up && ip tuntap add kilntap mode tap &&
        ip addr add 10.0.2.2/24 dev kilntap && ip link set kilntap up'
    # The pinger starts once the guest has had time to boot.
    qemu_ping() {
        # shellcheck disable=SC2086
        ip netns exec "$netns" sh -c '
            ( sleep 2; ping -c 3 -i 0.3 -W 5 10.0.2.15 >"$0/ping.out" 2>&1 ) &
            "$@"; rc=$?; wait; exit $rc' "$work" timeout 120 "$QEMU" -machine pc -accel tcg -m 64 \
            -nodefaults -display none -serial stdio -no-reboot $exitdev \
            -netdev tap,id=n0,ifname=kilntap,script=no,downscript=no \
            -device virtio-net-pci,netdev=n0,disable-modern=on \
            -kernel "$images/test_net.virtio" -append 3 \
            </dev/null >"$work/raw.out" 2>&1
        got=$?
        tr -d '\r' <"$work/raw.out" >"$work/net.out"
    }
    qemu_ping
    check net-ping net 1 '^net: answered ping 3'
    if grep -q ' 0% packet loss' "$work/ping.out"; then
        echo "PASS net-ping-host (3 replies seen by ping)"
    else
        echo "FAIL net-ping-host: ping output:"
        sed 's/^/    /' "$work/ping.out"
        failures=$((failures + 1))
    fi
fi

[ "$failures" -eq 0 ] && echo "all virtio image tests passed" && exit 0
echo "$failures virtio image test(s) failed"
exit 1
