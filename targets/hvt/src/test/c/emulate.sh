#!/bin/sh
# Runs the hvt bindings under a user-space hypercall emulator (no KVM needed).
# Usage: emulate.sh BUILDDIR   (a directory build.sh has filled)
# The bindings run as an ordinary process; each hypercall's outl faults and
# the emulator answers it from the ABI tables. _start, the CPU tables and
# traps need ring 0, so only a real solo5-hvt exercises those.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
out=$(cd "$1" && pwd)
CC=${CC:-gcc}
OBJCOPY=${OBJCOPY:-objcopy}

cd "$root"
mkdir -p "$out/emulator"
# Keep the internals the scenario calls; hide _start and memcpy & co. from
# the C library they would otherwise clash with.
"$OBJCOPY" -w -G 'solo5_*' -G 'kiln_*' -G 'hvt_*' "$out/obj/bindings-all.o" \
    "$out/emulator/bindings.o"
cflags="-std=gnu11 -O2 -g -fno-pie -Wall -Wextra -Werror
  -Itargets/solo5/src/main/c/include"
# shellcheck disable=SC2086
"$CC" $cflags -no-pie -o "$out/emulator/emulator" \
    targets/hvt/src/test/c/emulator/emulator.c \
    targets/hvt/src/test/c/emulator/scenario.c "$out/emulator/bindings.o" \
    -Wl,--defsym=_stext=0 -Wl,--defsym=_erodata=0 -Wl,--defsym=_stdata=0 \
    -Wl,--defsym=_ltdata=0 -Wl,--defsym=_ltbss=0 \
    -Wl,--defsym=solo5_app_main=0
timeout 20 "$out/emulator/emulator"
