#!/bin/sh
# Tests the kiln-spt tender: option and image errors, a truncation sweep,
# sandbox and devices with its own test guests, and the bindings' images.
# usage: test.sh [WORKDIR]   (default: a temporary directory, removed after)
# Needs cc, make, libseccomp-dev and coreutils. The tap test needs root and
# /dev/net/tun and is skipped otherwise.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
inc=$root/targets/solo5/src/main/c/include
if [ $# -ge 1 ]; then
    work=$1
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
work=$(cd "$work" && pwd)
tap=
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); echo "PASS $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1: $2"; }
skipped() { skip=$((skip + 1)); echo "SKIP $1: $2"; }

make -s -C "$root/targets/spt/src/main/c/tender" OUT="$work/bin" || exit 1
"$here/guest/build.sh" "$work/img" || exit 1
${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -I"$inc" -o "$work/craft" \
    "$here/craft.c" || exit 1
T=$work/bin/kiln-spt
G=$work/img/guest.spt
D=$work/img/guest-dev.spt

# run ARGS...: runs the tender under a timeout; sets rc, out and err files.
run() {
    # A subshell that cannot exec the tender: no "Bad system call" noise.
    ( (timeout 10 "$T" "$@" >"$work/out" 2>"$work/err"); exit $?) 2>/dev/null
    rc=$?
}

# expect_error NAME TEXT ARGS...: status 1, one stderr line "kiln-spt: ...TEXT..."
expect_error() {
    name=$1 text=$2
    shift 2
    run "$@"
    if [ "$rc" -eq 1 ] && [ "$(wc -l <"$work/err")" -eq 1 ] &&
        grep -q '^kiln-spt: ' "$work/err" && grep -qF -- "$text" "$work/err"; then
        ok "$name ($(cat "$work/err"))"
    else
        bad "$name" "status $rc, stderr: $(head -c 300 "$work/err")"
    fi
}

# expect_run NAME STATUS STDOUT-TEXT ARGS...: the guest's status and output
expect_run() {
    name=$1 status=$2 text=$3
    shift 3
    run "$@"
    if [ "$rc" -eq "$status" ] && [ ! -s "$work/err" ] &&
        { [ -z "$text" ] || grep -qF -- "$text" "$work/out"; }; then
        ok "$name (status $rc)"
    else
        bad "$name" "status $rc (want $status), stdout: $(head -c 300 "$work/out"), stderr: $(head -c 300 "$work/err")"
    fi
}

echo "== options"
expect_error no-image "no IMAGE given"
expect_error unknown-option "unknown option '--bogus'" --bogus "$G"
expect_error bad-mem "memory size must be" --mem=0 "$G"
expect_error bad-mem-text "memory size must be" --mem=12x "$G"
expect_error bad-name "letters or digits" --net:a_b=tap0 "$G"
expect_error bad-mac "MAC must be" --net-mac:x=01:02 "$G"
expect_error bad-sector-size "power of two" --block-sector-size:d=1000 "$G"
expect_error twice "attached twice" --net:n=@0 --net:n=@0 "$G"
expect_error kind-clash "also given as a net device" --net:n=@0 --block:n=f "$G"
expect_error mac-only "missing --net:x=" --net-mac:x=02:00:00:00:00:01 "$G"
long=$(head -c 8192 /dev/zero | tr '\0' x)
expect_error cmdline-too-long "command line too long" "$G" "$long"
expect_run cmdline-8191 0 "hello" "$G" "$(head -c 8191 /dev/zero | tr '\0' x)"
run --help
if [ "$rc" -eq 0 ] && grep -q '^usage: kiln-spt' "$work/out"; then ok help; else bad help "status $rc"; fi

echo "== bad images"
printf 'this is not an ELF file\n' >"$work/notelf"
expect_error not-elf "not an ELF file" "$work/notelf"
: >"$work/empty"
expect_error empty-file "not an ELF file" "$work/empty"
head -c 40 "$G" >"$work/trunc-header"
expect_error truncated-header "truncated ELF header" "$work/trunc-header"
head -c 100 "$G" >"$work/trunc-phdrs"
expect_error truncated-phdrs "program headers extend beyond" "$work/trunc-phdrs"
head -c 5000 "$G" >"$work/trunc-data"
expect_error truncated-data "extends beyond the end of the file" "$work/trunc-data"
expect_error directory "not a regular file" "$work"
expect_error missing-file "cannot open image" "$work/nonexistent"
expect_error wrong-abi-target-build "solo5-hvt target" "$work/img/guest-hvt.spt"
while read -r variant text; do
    "$work/craft" "$D" "$variant" "$work/bad-$variant" || exit 1
    expect_error "$variant" "$text" "$work/bad-$variant"
done <<'LIST'
machine built for machine 3, not x86_64
dyn need ET_EXEC
class32 not a 64-bit ELF
ehsize bad ELF header size
phnum0 no program headers
phoff program headers extend beyond
entry entry point 0x1000 is outside
abi-target image is for the solo5-hvt target
abi-version unsupported spt ABI version 1
abi-missing no Solo5 ABI note found
abi-descsz descriptor extends beyond
wx both writable and executable
below segment is below 0x100000
unaligned not aligned to 4 KiB
overlap overlaps or precedes
filesz p_filesz is larger than p_memsz
offset extends beyond the end of the file
memsz segment size overflows
note-small PT_NOTE is too small
note-offset note extends beyond the end
mft-missing no Solo5 manifest note found
mft-descsz manifest note has a bad size
mft-version unsupported manifest version 2
mft-entries manifest size does not match
mft-too-many at most 64
mft-reserved entry 0 is not the reserved entry
mft-name entry 2 has a name that is not NUL-terminated
mft-attached entry 2 ('disk') is already marked attached
LIST
expect_error too-little-memory "not enough guest memory" --mem=1 "$G"

echo "== truncation sweep"
# Every cut inside the headers, then every 61st: each must give one error
# line and status 1, or (once only section headers are cut) run normally.
size=$(wc -c <"$G")
n=0 crashes=0 tried=0
while [ "$n" -le "$size" ]; do
    head -c "$n" "$G" >"$work/cut"
    run "$work/cut"
    tried=$((tried + 1))
    first= second=
    { IFS= read -r first; IFS= read -r second; } <"$work/err"
    case "$rc:$first:$second" in
    "1:kiln-spt: "*:) ;;
    0::) ;;
    *)
        crashes=$((crashes + 1))
        echo "  length $n: status $rc: $first $second"
        ;;
    esac
    if [ "$n" -lt 400 ]; then n=$((n + 1)); else n=$((n + 61)); fi
done
if [ "$crashes" -eq 0 ]; then ok "truncation-sweep ($tried lengths of $size)"; else bad truncation-sweep "$crashes bad outcomes"; fi

echo "== guest runs and sandbox"
expect_run hello 0 "hello from the test guest" "$G"
expect_run exit-7 7 "" "$G" exit 7
expect_run exit-255 255 "" "$G" exit 255
expect_run boot-info 0 "mem_size=67108864 kernel_end_ok=1 layout_ok=1 data=43 cmdline=[info a  b]" --mem=64 "$G" info a " b"
expect_run seccomp-getpid 159 "" "$G" getpid
expect_run seccomp-write-stderr 159 "" "$G" stderr
expect_run seccomp-clock-args 159 "clocks ok" "$G" clocks
expect_run seccomp-arch-prctl-args 159 "set_fs ok" "$G" tls
expect_run text-read-only 139 "" "$G" wx
expect_run yield-timer 0 "yield ok" "$G" yield
expect_run data-not-executable 139 "" "$G" nx
# x86_64 kernels clear READ_IMPLIES_EXEC when they exec a 64-bit program,
# so the refusal can only be seen where the flag survives exec.
persona=$(setarch --read-implies-exec cat /proc/self/personality 2>/dev/null)
if [ -z "$persona" ] || [ $((0x$persona & 0x400000)) -eq 0 ]; then
    skipped read-implies-exec "this kernel drops READ_IMPLIES_EXEC on exec"
else
    ( (setarch --read-implies-exec "$T" "$G" >"$work/out" 2>"$work/err"); exit $?) 2>/dev/null
    rc=$?
    if [ "$rc" -eq 1 ] && grep -q '^kiln-spt: refusing to run with the READ_IMPLIES_EXEC' "$work/err"; then
        ok "read-implies-exec ($(cat "$work/err"))"
    else bad read-implies-exec "status $rc: $(cat "$work/err")"; fi
fi

echo "== devices"
printf 'FIRST...' >"$work/disk"
truncate -s 4096 "$work/disk"
printf 'LASTBLK!' | dd of="$work/disk" bs=1 seek=3584 conv=notrunc 2>/dev/null
rm -f "$work/fifo"
mkfifo "$work/fifo"
exec 6<>"$work/fifo"
devs="--net:net0=@6 --block:disk=$work/disk"
expect_error not-attached "device 'net0' (NET_BASIC) is declared in the manifest but not attached" "$D"
expect_error not-attached-block "device 'disk' (BLOCK_BASIC) is declared" --net:net0=@6 "$D"
expect_error undeclared "undeclared device 'foo'" $devs --block:foo=x "$D"
expect_error type-mismatch "declared as NET_BASIC, not BLOCK_BASIC" --block:net0=x --block:disk=x "$D"
expect_error bad-fd "file descriptor 9" --net:net0=@9 --block:disk="$work/disk" "$D"
expect_error missing-tap "does not exist" --net:net0=nosuchtap0 --block:disk="$work/disk" "$D"
expect_error block-missing "cannot open" --net:net0=@6 --block:disk="$work/none" "$D"
expect_error block-multiple "not a non-zero multiple of the block size 8192" $devs --block-sector-size:disk=8192 "$D"
: >"$work/empty-disk"
expect_error block-empty "(0 bytes) is not a non-zero multiple" --net:net0=@6 --block:disk="$work/empty-disk" "$D"
expect_run device-info 0 "net0 attached mtu=1500 mac=02:11:22:33:44:55" $devs --net-mac:net0=02:11:22:33:44:55 "$D" info
run $devs "$D" info
if grep -q 'disk attached capacity=4096 block_size=512' "$work/out" &&
    grep -Eq 'net0 attached mtu=1500 mac=.[26ae]:' "$work/out"; then
    ok "random-mac-and-block-info ($(tr '\n' ' ' <"$work/out"))"
else bad random-mac-and-block-info "$(cat "$work/out")"; fi
expect_run net-write 0 "net ok" $devs "$D" net
frame=$(timeout 2 dd bs=60 count=1 <&6 2>/dev/null | tail -c 46 | head -c 10)
if [ "$frame" = kiln-frame ]; then ok net-frame-arrived; else bad net-frame-arrived "got '$frame'"; fi
printf 'ping' >&6
expect_run net-read-event 0 "netread index=1 bytes=4" $devs "$D" netread
expect_run block-io 0 "last block starts with [LASTBLK!]" $devs "$D" block
if [ "$(head -c 8 "$work/disk")" = WRITTEN ]; then ok block-written; else bad block-written "$(head -c 8 "$work/disk")"; fi
expect_run block-out-of-range 159 "" $devs "$D" block oob
expect_run block-short-read 159 "" $devs "$D" block short
expect_run block-4k 0 "block ok" $devs --block-sector-size:disk=4096 "$D" block

echo "== tap"
if [ "$(id -u)" != 0 ] || [ ! -c /dev/net/tun ] || ! command -v ip >/dev/null; then
    skipped tap "needs root, /dev/net/tun and ip(8)"
elif ! ip tuntap add dev "kt$$" mode tap 2>/dev/null; then
    skipped tap "cannot create a tap interface here"
else
    tap=kt$$
    trap 'ip tuntap del dev "$tap" mode tap 2>/dev/null; [ $# -ge 1 ] || rm -rf "$work"' EXIT
    ip link set "$tap" mtu 1400 up
    expect_run tap-info 0 "net0 attached mtu=1400" --net:net0="$tap" --block:disk="$work/disk" "$D" info
    expect_run tap-write 0 "net ok" --net:net0="$tap" --block:disk="$work/disk" "$D" net
fi

echo "== bindings images (targets/spt/src/test/c)"
if [ ! -x "$root/targets/spt/src/test/c/build.sh" ]; then
    skipped bindings "targets/spt/src/test/c/build.sh not there yet"
elif ! "$root/targets/spt/src/test/c/build.sh" "$work/bindings" >"$work/bindings.log" 2>&1; then
    skipped bindings "their build failed: $(tail -n 3 "$work/bindings.log" | tr '\n' ' ')"
else
    B=$work/bindings
    truncate -s 65536 "$work/storage"
    expect_run bindings-hello 0 "Hello from C" "$B/test_hello.spt"
    expect_run bindings-exit-status 7 "exit_status: SUCCESS" "$B/test_exit_status.spt"
    expect_run bindings-forbidden 159 "forbidden: SUCCESS so far" "$B/test_forbidden.spt"
    expect_run bindings-block 0 "block: SUCCESS" --block:storage="$work/storage" "$B/test_block.spt"
    expect_run bindings-net 0 "net: SUCCESS" --net:service=@6 "$B/test_net.spt"
fi

echo "== $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
