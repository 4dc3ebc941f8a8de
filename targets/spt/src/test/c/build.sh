#!/bin/sh
# Builds the spt bindings object and the spt test images, reproducibly.
# Usage: build.sh [OUTDIR]   (default: targets/spt/target/test-images)
# Needs gcc and binutils (gcc drives ld; objcopy localises internal symbols).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
out=${1:-$root/targets/spt/target/test-images}
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
bindings=targets/spt/src/main/c/bindings
tests=targets/spt/src/test/c
shared=targets/solo5/src/test/c/images
lds=targets/spt/src/main/c/spt.lds

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
    $(ls "$bindings"/*.c | LC_ALL=C sort); do
    obj="$out/obj/$(basename "$(dirname "$src")")/$(basename "$src" .c).o"
    compile "$bindings_cflags" "$src" "$obj"
    objs="$objs $obj"
done
# One relocatable object; only the Solo5 API, _start and the SSP symbols
# stay global, so helpers like memcpy cannot clash with the application's.
# shellcheck disable=SC2086
"$CC" -r -nostdlib -Wl,--build-id=none -o "$out/obj/bindings-all.o" $objs
"$OBJCOPY" -w -G 'solo5_*' -G '_start*' -G __stack_chk_guard \
    -G __stack_chk_fail "$out/obj/bindings-all.o" "$out/kiln_spt_bindings.o"

compile "$common_cflags -I$shared/common" "$shared/common/testlib.c" \
    "$out/obj/common/testlib.o"
# An image's sources are the target's own when it has them, else the shared ones.
for name in hello block net forbidden exit_status clock tls ssp; do
    src=$shared/$name
    [ -d "$tests/$name" ] && src=$tests/$name
    compile "$common_cflags -I$shared/common" "$src/main.c" \
        "$out/obj/$name/main.o"
    compile "$common_cflags" "$src/manifest.c" \
        "$out/obj/$name/manifest.o"
    extra="$out/obj/common/testlib.o"
    [ "$name" = hello ] && extra=
    # shellcheck disable=SC2086
    "$CC" $ldflags -o "$out/test_$name.spt" "$out/kiln_spt_bindings.o" \
        "$out/obj/$name/main.o" "$out/obj/$name/manifest.o" $extra
done
echo "built: $(cd "$out" && ls test_*.spt | tr '\n' ' ')in $out"
