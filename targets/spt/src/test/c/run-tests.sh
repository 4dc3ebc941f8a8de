#!/bin/sh
# Runs the spt test images under a tender and checks exit status and success line.
# Usage: run-tests.sh TENDER IMAGEDIR
# The net test needs a tap: set KILN_SPT_TAP=<existing tap>, or run with
# CAP_NET_ADMIN so a temporary one can be made; otherwise it is skipped.
set -u

tender=$1
images=$2
work=$(mktemp -d)
made_tap=
failures=0
trap 'rm -rf "$work"; [ -n "$made_tap" ] && ip tuntap del "$made_tap" mode tap' EXIT

# run NAME WANT_STATUS WANT_LINE [TENDER OPTIONS...]
run() {
    name=$1 want_status=$2 want_line=$3
    shift 3
    timeout 20 "$tender" --mem=16 "$@" "$images/test_$name.spt" \
        >"$work/$name.out" 2>&1
    got=$?
    if [ "$got" -eq "$want_status" ] && grep -q "$want_line" "$work/$name.out"; then
        echo "PASS $name (exit $got)"
    else
        echo "FAIL $name: exit $got (want $want_status), output:"
        sed 's/^/    /' "$work/$name.out"
        failures=$((failures + 1))
    fi
}

run hello 0 '^Hello from C$'
run exit_status 7 '^exit_status: SUCCESS'
run forbidden 159 '^forbidden: SUCCESS so far' # 128 + SIGSYS
run clock 0 '^clock: SUCCESS'
run tls 0 '^tls: SUCCESS'
run ssp 255 '^Solo5: stack corruption detected'
dd if=/dev/zero of="$work/disk.img" bs=4096 count=256 2>/dev/null
run block 0 '^block: SUCCESS' --block:storage="$work/disk.img"
run block 0 '^block: SUCCESS' --block:storage="$work/disk.img" \
    --block-sector-size:storage=4096

tap=${KILN_SPT_TAP:-}
if [ -z "$tap" ] && ip tuntap add kilnspt$$ mode tap 2>/dev/null; then
    made_tap=kilnspt$$
    tap=$made_tap
    ip link set "$tap" up
fi
if [ -n "$tap" ]; then
    run net 0 '^net: SUCCESS' --net:service="$tap"
else
    echo "SKIP net: no tap device (set KILN_SPT_TAP or run with CAP_NET_ADMIN)"
fi

[ "$failures" -eq 0 ] && echo "all spt image tests passed" && exit 0
echo "$failures spt image test(s) failed"
exit 1
