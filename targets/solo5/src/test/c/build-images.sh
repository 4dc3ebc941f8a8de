#!/bin/sh
# Builds a target's bindings object and its C test images, reproducibly; each target's
# build.sh calls this with its name and its images.
# Usage: build-images.sh TARGET OUTDIR IMAGE...
# An image's sources are the target's own (targets/TARGET/src/test/c/IMAGE) when it has
# them, else the shared ones (images/IMAGE here), else spt's (which use only solo5.h).
# Needs gcc and binutils (gcc drives ld; objcopy localises internal symbols).
set -eu

target=$1
out=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
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
bindings=targets/$target/src/main/c/bindings
own=targets/$target/src/test/c
shared=targets/solo5/src/test/c/images
spt_tests=targets/spt/src/test/c
lds=targets/$target/src/main/c/$target.lds

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
    $(ls "$bindings" | grep -E '\.(c|S)$' | LC_ALL=C sort | sed "s#^#$bindings/#"); do
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
    -G __stack_chk_fail "$out/obj/bindings-all.o" "$out/kiln_${target}_bindings.o"

compile "$common_cflags -I$shared/common" "$shared/common/testlib.c" \
    "$out/obj/common/testlib.o"
for name in "$@"; do
    src=$spt_tests/$name
    [ -d "$shared/$name" ] && src=$shared/$name
    [ -d "$own/$name" ] && src=$own/$name
    compile "$common_cflags -I$shared/common" "$src/main.c" "$out/obj/$name/main.o"
    compile "$common_cflags" "$src/manifest.c" "$out/obj/$name/manifest.o"
    extra="$out/obj/common/testlib.o"
    [ "$name" = hello ] && extra=
    # shellcheck disable=SC2086
    "$CC" $ldflags -o "$out/test_$name.$target" "$out/kiln_${target}_bindings.o" \
        "$out/obj/$name/main.o" "$out/obj/$name/manifest.o" $extra
done
echo "built: $(cd "$out" && ls test_*."$target" | tr '\n' ' ')in $out"
