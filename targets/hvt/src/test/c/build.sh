#!/bin/sh
# Builds the hvt bindings object and the hvt test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/hvt/target/test-images)
# Needs gcc and binutils (gcc drives ld; objcopy localises internal symbols).
# The images reuse the spt test programs, which only use solo5.h.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
out=${1:-$root/targets/hvt/target/test-images}
mkdir -p "$out"
out=$(cd "$out" && pwd)

CC=${CC:-gcc}
OBJCOPY=${OBJCOPY:-objcopy}
gccinc=$("$CC" -print-file-name=include)

# Every path is relative to the repository root, and the prefix maps hide
# the root and the compiler's header directory from the debug info. The
# test images have no libc, so GCC must not turn their loops into memset or
# memcpy calls (the bindings keep theirs local).
cd "$root"
common=targets/solo5/src/main/c/bindings-common
bindings=targets/hvt/src/main/c/bindings
spt_tests=targets/spt/src/test/c
shared=targets/solo5/src/test/c/images
hvt_tests=targets/hvt/src/test/c
lds=targets/hvt/src/main/c/hvt.lds

common_cflags="-std=c11 -O2 -g -ffreestanding -nostdinc -isystem $gccinc
  -fno-pie -fstack-protector-strong -mstack-protector-guard=global
  -fno-tree-loop-distribute-patterns -Wall -Wextra -Werror
  -ffile-prefix-map=$root=. -ffile-prefix-map=$gccinc=gcc-include
  -Itargets/solo5/src/main/c/include"
# The bindings never touch FPU/SIMD state and keep out of the red zone (ABI §2).
bindings_cflags="$common_cflags -mno-sse -mno-mmx -mno-aes -mno-avx
  -mno-red-zone -I$common -I$bindings"
ldflags="-nostdlib -static -no-pie -Wl,--build-id=none -z max-page-size=0x1000
  -Wl,-T,$lds"

compile() { # flags source object
    mkdir -p "$(dirname "$3")"
    # shellcheck disable=SC2086
    "$CC" $1 -c "$2" -o "$3"
}

# The shared bindings code first, then the target's own (as the image
# builder does); objects are named after their folder to keep them apart.
objs=
for src in $(ls "$common"/*.c | LC_ALL=C sort) \
    $(ls "$bindings"/*.c "$bindings"/*.S | LC_ALL=C sort); do
    base=$(basename "$src")
    obj="$out/obj/$(basename "$(dirname "$src")")/${base%.*}.o"
    compile "$bindings_cflags" "$src" "$obj"
    objs="$objs $obj"
done
# One relocatable object; only the Solo5 API, _start and the SSP symbols
# stay global, so helpers like memcpy cannot clash with the application's.
# shellcheck disable=SC2086
"$CC" -r -nostdlib -Wl,--build-id=none -o "$out/obj/bindings-all.o" $objs
"$OBJCOPY" -w -G 'solo5_*' -G '_start*' -G __stack_chk_guard \
    -G __stack_chk_fail "$out/obj/bindings-all.o" "$out/kiln_hvt_bindings.o"

compile "$common_cflags -I$shared/common" "$shared/common/testlib.c" \
    "$out/obj/common/testlib.o"
for name in hello block net exit_status clock tls ssp trap; do
    # hvt's own image, else a shared one, else spt's (net and clock use only the API).
    src=$spt_tests/$name
    [ -d "$shared/$name" ] && src=$shared/$name
    [ -d "$hvt_tests/$name" ] && src=$hvt_tests/$name
    compile "$common_cflags -I$shared/common" "$src/main.c" \
        "$out/obj/$name/main.o"
    compile "$common_cflags" "$src/manifest.c" "$out/obj/$name/manifest.o"
    extra="$out/obj/common/testlib.o"
    [ "$name" = hello ] && extra=
    # shellcheck disable=SC2086
    "$CC" $ldflags -o "$out/test_$name.hvt" "$out/kiln_hvt_bindings.o" \
        "$out/obj/$name/main.o" "$out/obj/$name/manifest.o" $extra
done
echo "built: $(cd "$out" && ls test_*.hvt | tr '\n' ' ')in $out"
