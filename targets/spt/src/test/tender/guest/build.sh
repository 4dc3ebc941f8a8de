#!/bin/sh
# Builds the tender's test guests into DIR: guest.spt (no devices),
# guest-dev.spt (net0 + disk) and guest-hvt.spt (ABI note for hvt).
set -eu
out=${1:?usage: build.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
inc=$(cd "$here/../../../../../solo5/src/main/c/include" && pwd)
mkdir -p "$out"
CC=${CC:-cc}
flags="-std=c11 -O2 -Wall -Wextra -Werror -ffreestanding -fno-stack-protector
 -fno-pie -no-pie -nostdlib -static -fno-asynchronous-unwind-tables
 -fno-builtin -I$inc -Wl,-T,$here/guest.lds -Wl,--build-id=none
 -Wl,-z,max-page-size=0x1000 -Wl,-z,noexecstack"
# shellcheck disable=SC2086
$CC $flags -o "$out/guest.spt" "$here/guest.c" "$here/notes.c" "$here/manifest_none.c"
# shellcheck disable=SC2086
$CC $flags -o "$out/guest-dev.spt" "$here/guest.c" "$here/notes.c" "$here/manifest_devices.c"
# shellcheck disable=SC2086
$CC $flags -DGUEST_ABI_TARGET=SOLO5_ABI_TARGET_HVT -o "$out/guest-hvt.spt" \
    "$here/guest.c" "$here/notes.c" "$here/manifest_none.c"
